package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word lists per language: read only for the configured languages; a language without lists still gets its quotations. */
class LanguageListsTest {

    /** zeelandnet.nl, "Premier staat stil bij jubileum wekelijkse persconferentie" (ANP). */
    private static final String DUTCH = "DEN HAAG (ANP) - Premier Rutte stond vrijdag even stil bij het jubileum van de "
            + "wekelijkse persconferentie door de minister-president. \"Een van de leukste momenten van de week, oprecht\", "
            + "zei Rutte over de persconferentie die hij en zijn collega's sinds vijftig jaar geven. \"Het ritme bevalt me.\"";

    @Test
    void aLanguageWithoutListsGetsItsQuotationsWithoutSpeakers() {
        Annotator annotator = Annotator.create(new AnnotatorSettings(List.of("en", "es", "nl"), Optional.empty()));
        Annotation annotation = annotator.annotate(annotator.plainText().read("nl", DUTCH));
        List<Quote> quotes = annotation.quotes().stream().filter(q -> q.kind() != QuoteKind.POST).toList();
        assertEquals("nl", annotation.spans().get(0).language().language());
        assertEquals(List.of("Een van de leukste momenten van de week, oprecht", "Het ritme bevalt me."),
                quotes.stream().map(Quote::text).toList());
        for (Quote quote : quotes) {
            assertNull(quote.attribution() == null ? null : quote.attribution().name(), quote.text());
        }
    }

    @Test
    void onlyTheConfiguredLanguagesListsAreRead() {
        // the packaged lists as a user's folder (../dictionaries: tests run in core/), so that the
        // annotator reports the files it never read
        Annotator annotator = Annotator.create(new AnnotatorSettings(List.of("en", "es"), Optional.of(Path.of("..", "dictionaries"))));
        annotator.annotate(annotator.plainText().read("warm-up", Annotator.warmUpArticle()));
        List<String> unread = annotator.unreadDictionaries();
        for (String language : List.of("fr", "de", "pt", "it")) {
            assertTrue(unread.contains(language + "/reporting-verbs.txt"), language + " lists were read: " + unread);
            assertTrue(unread.contains(language + "/roles.txt"), language);
        }
        assertTrue(unread.stream().noneMatch(file -> file.startsWith("en/reporting-verbs") || file.startsWith("es/reporting-verbs")));
    }

    @Test
    void onlyMisspelledFilesAreWarnedAboutNotTheListsOfLanguagesNotConfigured(@TempDir Path folder) throws IOException {
        // a user's copy of the folder holds the lists of every language, and one misspelled name
        Files.createDirectories(folder.resolve("en"));
        Files.createDirectories(folder.resolve("fr"));
        Files.writeString(folder.resolve("en/reportng-verbs.txt"), "said\n");
        Files.writeString(folder.resolve("fr/roles.txt"), "ministre\n");
        Annotator annotator = Annotator.create(new AnnotatorSettings(List.of("en", "es"), Optional.of(folder)));
        assertEquals(List.of("en/reportng-verbs.txt", "fr/roles.txt"), annotator.unreadDictionaries());
        assertEquals(List.of("en/reportng-verbs.txt"), annotator.misspelledDictionaries());
    }
}
