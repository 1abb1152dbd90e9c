package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/** Lines whose capitals show no names. */
class CapitalisedWordsTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es"));

    /**
     * todofutbol.cl: a line that opens in capitals is a kicker ("ESTE ES UN RESUMEN de …"), whose "ES UN" names
     * nobody; a headline that opens with an acronym is not one ("GOP senators avoid …", axios.com).
     */
    @Test
    void aLineThatOpensInCapitalsShowsNoName() {
        assertTrue(opensInCapitals("ESTE ES UN RESUMEN de la conferencia de prensa completa de Mauricio Pellegrini"));
        assertFalse(opensInCapitals("GOP senators avoid discussing Trump's Buffalo protester tweet"));
    }

    /**
     * the42.ie, on Martin O’Neill: an apostrophe before a capital is the name's own, whichever way the page
     * types it ("Martin O'Neill" in the caption, "O’Neill" in the prose); a possessive's is not ("Ireland’s").
     */
    @Test
    void aNameWithAnApostropheIsOneWord() {
        CapitalisedWords words = new CapitalisedWords("Ireland’s manager Martin O'Neill reacts to a late missed chance.\n\n"
                + "O’Neill also refused to get too despondent.");
        assertTrue(words.endsAName("O’Neill"));
        assertTrue(words.endsAName("O'Neill"));
        assertFalse(words.endsAName("Neill"));
        assertTrue(new CapitalisedWords("the coach of Ireland’s team").insideASentence("Ireland"));
    }

    /**
     * Titles in every word's capital, not a sentence with names in it: "Labour MP Diane Abbott visited Leeds on
     * Monday." ends in a full stop.
     */
    @Test
    void aSentenceWithAFullStopIsNoTitle() {
        String headline = "The Mayor Requests Staff Study of Confederacy Statues";
        assertTrue(CapitalisedWords.titleCased(headline, CUES.view(headline).tokens(0, headline.length())));
        String sentence = "Labour MP Diane Abbott visited Leeds on Monday.";
        assertFalse(CapitalisedWords.titleCased(sentence, CUES.view(sentence).tokens(0, sentence.length())));
    }

    private static boolean opensInCapitals(String text) {
        return CapitalisedWords.opensInCapitals(text, CUES.view(text).tokens(0, text.length()));
    }
}
