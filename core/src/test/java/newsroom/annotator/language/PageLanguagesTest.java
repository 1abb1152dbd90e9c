package newsroom.annotator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.Annotators;
import newsroom.annotator.TestArticles;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Span;
import org.junit.jupiter.api.Test;

/**
 * With many languages configured, a short line's evidence is spread over all of them; inside a page it is
 * decided among the languages of the page's long spans. Four languages (English, Spanish, French, German)
 * show the effect that all 75 show, without loading 1.5 GB of models in a unit test.
 */
class PageLanguagesTest {

    private static final Annotator FOUR = Annotator.create(new AnnotatorSettings(List.of("en", "es", "fr", "de"), Optional.empty()));

    private static String languageOf(Annotation annotation, String line) {
        for (Span span : annotation.spans()) {
            if (annotation.text().substring(span.start(), span.end()).equals(line)) {
                return span.language().language();
            }
        }
        throw new AssertionError("no span '" + line + "' in " + annotation.text());
    }

    @Test
    void shortLinesOfAnEnglishPageAreEnglishThoughAloneTheyNameNoLanguage() throws Exception {
        // Al Jazeera, 11 June 2026 (gold/aljazeera-malawians-flee.html): a subheading of the story and the
        // section label over its headline are too short to tell English from French, German and Spanish alone
        Annotation page = FOUR.annotate(FOUR.html().read("aljazeera", Files.readString(TestArticles.GOLD.resolve("aljazeera-malawians-flee.html"))));
        assertEquals("en", page.language());
        for (String line : List.of("Waves of xenophobic violence", "News|Migration")) {
            Annotation alone = FOUR.annotate(FOUR.plainText().read("alone", line));
            assertNull(alone.spans().get(0).language().language(), line + " alone");
            assertEquals("en", languageOf(page, line), line + " in the page");
        }
    }

    @Test
    void aLineOfNamesOnlyIsInNoLanguageEvenInsideAPage() throws Exception {
        // Ruhr Nachrichten, 7 September 2016 (gold-languages/dev/ruhrnachrichten-…): the dateline's place alone
        // names no language; the line with the date and "Lesedauer" is German, as the page is
        String text = Files.readString(TestArticles.RESOURCES.resolve("gold-languages/dev/ruhrnachrichten-hemsing-nienhaus-windpark-stadtlohn.txt"));
        Annotation page = FOUR.annotate(FOUR.plainText().read("ruhrnachrichten", text));
        assertEquals("de", page.language());
        assertNull(languageOf(page, "STADTLOHN"));
        assertEquals("de", languageOf(page, "Nachbarn erwägen Klage gegen geplanten Windpark"));
    }

    @Test
    void aShortLineLeaningToANeighbourLanguageIsThePagesWhenThePagesComesNext() throws Exception {
        // L'essentiel, Luxembourg (gold-languages/dev/lessentiel-…): headings of two communes' names joined by "et" lean
        // German by their names; on a French page, with French next likeliest, they are French
        String text = Files.readString(TestArticles.RESOURCES.resolve("gold-languages/dev/lessentiel-fusions-communes-luxembourg.txt"));
        Annotation page = FOUR.annotate(FOUR.plainText().read("lessentiel", text));
        assertEquals("fr", page.language());
        assertEquals("fr", languageOf(page, "Wahl et Grosbous"));
        assertEquals("fr", languageOf(page, "Waldbredimus et Bous"));
    }

    @Test
    void aShortPhraseOfThePagesWordsIsThePagesAndOneLeaningClearlyElsewhereIsInThatLanguage() throws Exception {
        // Radio Scoop (gold-languages/dev/radioscoop-…): a crosshead of the page's words around a figure, whose few
        // letters lean to no language among six; Verona-In (gold-languages/dev/veronain-…): the site's English search
        // prompt over an Italian page
        Annotation scoop = Annotators.annotateInAllLanguages("radioscoop", Files.readString(TestArticles.RESOURCES.resolve(
                "gold-languages/dev/radioscoop-soulier-proces-prefecture-puy-en-velay.txt")));
        assertEquals("fr", languageOf(scoop, "Jusqu'à 10 ans de prison"));
        Annotation verona = Annotators.annotateInAllLanguages("veronain", Files.readString(TestArticles.RESOURCES.resolve(
                "gold-languages/dev/veronain-gasparri-pighi-rumore-veronetta.txt")));
        assertEquals("it", verona.language());
        assertEquals("en", languageOf(verona, "Hi, what are you looking for?"));
    }
}
