package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.TextRange;
import org.junit.jupiter.api.Test;

/** Where a person's name starts where every noun has a capital, on words of real German articles. */
class FirstNameStartTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("de", "en"));

    private static String person(String text, String name, String language) {
        int start = text.indexOf(name);
        TextRange range = new FirstNameStart(CUES.view(text), CUES, at -> language).person(new TextRange(start, start + name.length()));
        return range == null ? null : text.substring(range.start(), range.end());
    }

    @Test
    void aNounBeforeTheFirstNameIsNoPartOfTheName() {
        String text = "„Die zerstören hier eine wilde Natur“, sagt Anwohner Reinhard Bauer wütend.";
        assertEquals("Reinhard Bauer", person(text, "Anwohner Reinhard Bauer", "de"));
        assertEquals("Reinhard Bauer", person(text, "Reinhard Bauer", "de"));
    }

    @Test
    void aDoubleFirstNameOpensTheName() {
        String text = "Auf Anfeindungen platzt dem Polit-Profi Jörg-Uwe Hahn (FDP) schon der Kragen.";
        assertEquals("Jörg-Uwe Hahn", person(text, "Polit-Profi Jörg-Uwe Hahn", "de"));
    }

    @Test
    void wordsNoFirstNameOpensAreNobodysName() {
        String text = "Zum anderen sind weitere Flächen, auch im Ortsteil Dorfmark, längst aus dem Rennen.";
        assertNull(person(text, "Ortsteil Dorfmark", "de"));
    }

    @Test
    void oneWordAndLanguagesThatCapitaliseOnlyNamesAreLeftAsTheyAre() {
        String german = "„Das war genau das Spiel, das wir erwartet haben“, sagte Kühbauer.";
        assertEquals("Kühbauer", person(german, "Kühbauer", "de"));
        String english = "“We got a couple of runners!” said Deputy Sheriff Evans.";
        assertEquals("Deputy Sheriff Evans", person(english, "Deputy Sheriff Evans", "en"));
    }

    @Test
    void oneWordIsANameWhereTheArticleWritesItAfterAFirstName() {
        String text = "Gegen Meisterfavorit Pipinsried verlor Landshut. Freude bei Christoph Mitterhofer (STF). Mitterhofer lacht.";
        FirstNameStart names = new FirstNameStart(CUES.view(text), CUES, at -> "de");
        assertEquals(true, names.writtenAsName(word(text, "Mitterhofer lacht")));
        assertEquals(true, names.writtenAsName(word(text, "Christoph")));
        assertEquals(false, names.writtenAsName(word(text, "Pipinsried")));
        assertEquals(false, names.writtenAsName(word(text, "Freude")));
    }

    private static Token word(String text, String from) {
        int start = text.indexOf(from);
        return CUES.view(text).tokens(start, text.length()).get(0);
    }
}
