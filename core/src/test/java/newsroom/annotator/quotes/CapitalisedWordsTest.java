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

    private static boolean opensInCapitals(String text) {
        return CapitalisedWords.opensInCapitals(text, CUES.view(text).tokens(0, text.length()));
    }
}
