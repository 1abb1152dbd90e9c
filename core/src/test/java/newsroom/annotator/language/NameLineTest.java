package newsroom.annotator.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines of real pages (youtvrs.it's list of clubs under a match report, ruhrnachrichten.de's dateline, Quebec
 * weeklies' page controls): names alone are in no language; a word the page also writes in lower case, a
 * date or a count, and a shouted heading are.
 */
class NameLineTest {

    private static final NameLine PAGE = new NameLine("""
            Festa grande negli spogliatoi del Grottammare. Dall’altra parte Poggi va sul rigore.
            La recherche avance. Le journaliste a parlé.
            Appignanese
            Ascoli Calcio
            Vigor Castel Fidardo
            """);

    @Test
    void aLineOfNamesIsInNoLanguage() {
        assertTrue(PAGE.namesOnly("Appignanese"));
        assertTrue(PAGE.namesOnly("Ascoli Calcio"));
        assertTrue(PAGE.namesOnly("ASD Ginnastica Artistica Recanati"));
        assertTrue(PAGE.namesOnly("STADTLOHN"));
    }

    /** meteoweek.com and primadanoi.it: a match's result is the two clubs and a score, in no language either. */
    @Test
    void namesWithAMatchsScoreAreInNoLanguage() {
        assertTrue(PAGE.namesOnly("Sampdoria-Cagliari 1-2"));
        assertTrue(PAGE.namesOnly("L'AQUILA-GUBBIO 0-0"));
        assertTrue(PAGE.namesOnly("Westfalia Kinderhaus - Teuto Riesenbeck 2:1"));
        // telanon.info: "versus" between the sides; without a score "vs" is a word of a sentence's
        assertTrue(PAGE.namesOnly("Marrocos vs Líbia, 1-0"));
        assertTrue(PAGE.namesOnly("Cabo Verde vs São Tomé, 7-1"));
        assertFalse(PAGE.namesOnly("Marrocos vs Líbia"));
        // a date, a time or a count is no score
        assertFalse(PAGE.namesOnly("Samstag, 28.11.2020, 14:30"));
        assertFalse(PAGE.namesOnly("Sampdoria-Cagliari 1-2, 12.300 Zuschauer"));
        assertFalse(PAGE.namesOnly("Montag 14:30"));
    }

    @Test
    void wordsThePageWritesInLowerCaseDatesAndHeadingsAreText() {
        // "Recherche" is "la recherche" in the page's prose
        assertFalse(PAGE.namesOnly("Recherche"));
        assertFalse(PAGE.namesOnly("Journaliste"));
        assertFalse(PAGE.namesOnly("Samstag, 28.11.2020"));
        assertFalse(PAGE.namesOnly("0 Commentaires"));
        assertFalse(PAGE.namesOnly("MAYOR RESIGNS OVER TWEET"));
        assertFalse(PAGE.namesOnly("Festa grande negli spogliatoi"));
        // and such words are the page's own: the language of its prose
        assertTrue(PAGE.wordsOfThePage("Recherche"));
        assertTrue(PAGE.wordsOfThePage("Recherche avance"));
        assertFalse(PAGE.wordsOfThePage("Ascoli Calcio"));
        assertFalse(PAGE.wordsOfThePage("2 recherche"));
        // a name of five words or more is rare; such a line is more likely a heading
        assertFalse(PAGE.namesOnly("Associazione Sportiva Dilettantistica Vigor Castel Fidardo"));
    }
}
