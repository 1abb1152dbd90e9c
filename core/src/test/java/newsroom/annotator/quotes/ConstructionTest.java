package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.quotes.Construction.Element;
import newsroom.annotator.quotes.Construction.Kind;
import org.junit.jupiter.api.Test;

/** A line of reporting-constructions.txt read into its elements on either side of the quotation. */
class ConstructionTest {

    @Test
    void elementsBeforeTheQuotationAreKeptNearestFirst() {
        Construction construction = Construction.parse("en", "as-put-it\tas {SPEAKER} put it [,] {QUOTE}");
        assertEquals("as-put-it", construction.name());
        assertEquals(List.of(new Element(Kind.MARK, ",", true), new Element(Kind.WORD, "it", false),
                new Element(Kind.WORD, "put", false), new Element(Kind.SPEAKER, "{speaker}", false),
                new Element(Kind.WORD, "as", false)), construction.before());
        assertTrue(construction.after().isEmpty());
    }

    @Test
    void elementsAfterTheQuotationKeepTheirOrder() {
        Construction construction = Construction.parse("es", "por-su-parte\t{QUOTE} [,] {VERB} Por su parte {SPEAKER}");
        assertEquals(List.of(Kind.MARK, Kind.VERB, Kind.WORD, Kind.WORD, Kind.WORD, Kind.SPEAKER),
                construction.after().stream().map(Element::kind).toList());
        assertEquals("por", construction.after().get(2).text());
    }

    @Test
    void aPatternNeedsOneQuotationAndOneSpeaker() {
        assertThrows(IllegalArgumentException.class, () -> Construction.parse("en", "x\tas {SPEAKER} put it"));
        assertThrows(IllegalArgumentException.class, () -> Construction.parse("en", "x\t{QUOTE} {QUOTE} {SPEAKER}"));
        assertThrows(IllegalArgumentException.class, () -> Construction.parse("en", "x\t{QUOTE} , {SPEAKR} said"));
        assertThrows(IllegalArgumentException.class, () -> Construction.parse("en", "no tab {QUOTE} {SPEAKER}"));
    }

    @Test
    void aWordMayBeOneOfSeveral() {
        Construction construction = Construction.parse("es", "fue-de\t{QUOTE} [,] fue … de|del {SPEAKER}");
        Element of = construction.after().get(3);
        assertTrue(of.matches("de"));
        assertTrue(of.matches("del"));
        assertFalse(of.matches("dela"));
        assertFalse(construction.after().get(1).matches("fuera"));
    }
}
