package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How near two written surnames must be for one to be the other mistyped. */
class FullNamesTest {

    // kansan.com ("Roarke" for Ethan Roark), donegaldaily.com ("McLafferty" for Michael McClafferty), radioislam.org.za
    // ("Mningea" for Harry Mningwa): a letter more, less or other
    @Test
    void surnamesOneLetterApartAreOneEditApart() {
        assertTrue(FullNames.oneEditApart("roarke", "roark"));
        assertTrue(FullNames.oneEditApart("mclafferty", "mcclafferty"));
        assertTrue(FullNames.oneEditApart("mningea", "mningwa"));
        assertFalse(FullNames.oneEditApart("roark", "roark"));
        assertFalse(FullNames.oneEditApart("martinez", "martin"));
    }
}
