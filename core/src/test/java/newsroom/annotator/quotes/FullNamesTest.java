package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.TextRange;
import org.junit.jupiter.api.Test;

/** Full names: how near two written surnames must be for one to be the other mistyped, and what completes a short name. */
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

    // macommune.info: "Raphaël B., un lecteur de maCommune.info", then "Raphaël déplore que …": a first name and the
    // initial the article gives for a surname are a full name, which the first name alone later is
    @Test
    void aFirstNameIsCompletedByTheInitialOfItsSurname() {
        ReportingCues cues = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("fr", "en"));
        String text = "C'est ce que raconte Raphaël B., un lecteur de maCommune.info, travailleur frontalier depuis plus de 25 ans. "
                + "Raphaël déplore que rien ne se fait au sujet des routes.";
        FullNames names = new FullNames(cues.view(text), cues, new SpeakerParser(cues), new QuotationIndex(List.of()));
        int at = text.indexOf("Raphaël déplore");
        Speaker first = Speaker.at(text, new TextRange(at, at + "Raphaël".length()), Set.of());
        assertEquals("Raphaël B.", names.complete(first, at).name());
    }
}
