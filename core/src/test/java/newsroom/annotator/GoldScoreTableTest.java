package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/score's table, on the scorer's fixture (src/test/resources/scorer) scored by the Java port. */
class GoldScoreTableTest {

    private static final Path FIXTURE = GoldScorerFaithfulnessTest.FIXTURE;
    private static final Path PREDICTIONS = GoldScorerFaithfulnessTest.PREDICTIONS;
    private static final GoldScoreTable.Scorer PORT = (gold, annotations) -> GoldScorer.score(gold, annotations, false).figures();

    @TempDir
    Path scratch;

    @Test
    void eachLanguageIsScoredOnItsOwnArticlesAsTheReferenceScorerScoresThem() throws IOException {
        GoldScoreTable.Column dev = GoldScoreTable.column(new GoldScoreTable.GoldSet("dev", FIXTURE.resolve("gold"), PREDICTIONS),
                PORT, scratch);
        assertEquals(Set.of("en", "es"), dev.byLanguage().keySet());
        assertEquals(116, dev.articles());
        for (String language : List.of("en", "es")) {
            // score-en.out, score-es.out: the reference scorer on a folder of the fixture's gold files of that language
            GoldFigures reference = GoldFigures.parse(Files.readAllLines(FIXTURE.resolve("score-" + language + ".out")));
            assertEquals(List.of(), dev.byLanguage().get(language).figures().differencesFrom(reference), language);
        }
    }

    @Test
    void theTableShowsEachSetsFiguresSideBySideAndADashWhereASetHasNone() throws IOException {
        Path spanishOnly = Files.createDirectories(scratch.resolve("es-only"));
        Files.copy(FIXTURE.resolve("gold/tvazteca-amlo-no-lo-digo-yo.gold.json"),
                spanishOnly.resolve("tvazteca-amlo-no-lo-digo-yo.gold.json"));
        GoldScoreTable.Column dev = GoldScoreTable.column(new GoldScoreTable.GoldSet("dev", FIXTURE.resolve("gold"), PREDICTIONS),
                PORT, scratch.resolve("a"));
        GoldScoreTable.Column noPosts = GoldScoreTable.column(new GoldScoreTable.GoldSet("no-posts", FIXTURE.resolve("no-posts"),
                PREDICTIONS), PORT, scratch.resolve("b"));
        GoldScoreTable.Column es = GoldScoreTable.column(new GoldScoreTable.GoldSet("es-only", spanishOnly, PREDICTIONS),
                PORT, scratch.resolve("c"));
        List<String> table = GoldScoreTable.render(List.of(dev, noPosts, es));

        assertEquals(List.of("dev", "no-posts", "es-only"), cells(table, ""));
        assertEquals(List.of("116", "4", "1"), cells(table, "articles"));
        for (String figure : GoldScoreTable.ROWS) {
            assertEquals(List.of(printed(dev, figure), printed(noPosts, figure), printed(es, figure)), cells(table, figure));
        }
        assertEquals("-", cells(table, "posts.attribution").get(1), "no post in the set: no figure");
        assertEquals(List.of("53", "1", "-"), cells(table, "en articles"));
        assertEquals(printed(dev.byLanguage().get("es"), "quotes.speaker"), cells(table, "es quotes.speaker").get(0));
        assertEquals("-", cells(table, "en quotes.f1").get(2), "no English article in the set");
    }

    @Test
    void aFolderIsAnnotatedWithItsArticlesLanguagesBeyondEnglishAndSpanish() throws IOException {
        assertEquals("", GoldScoreTable.annotationLanguages(FIXTURE.resolve("gold")), "the annotator's default");
        ObjectNode gold = (ObjectNode) GoldScorer.JSON.readTree(FIXTURE.resolve("gold/tvazteca-amlo-no-lo-digo-yo.gold.json").toFile());
        Files.writeString(scratch.resolve("tvazteca-amlo-no-lo-digo-yo.gold.json"), gold.put("language", "pt").toString());
        Files.writeString(scratch.resolve("tvazteca-amlo-no-lo-digo-yo-fr.gold.json"), gold.put("language", "fr").toString());
        assertEquals("en,es,fr,pt", GoldScoreTable.annotationLanguages(scratch));
    }

    private static String printed(GoldScoreTable.Column column, String figure) {
        return column.figures().get(figure).map(GoldFigures.Figure::printed).orElse("-");
    }

    /** The cells of the table's row with that label (the header's label is blank). */
    private static List<String> cells(List<String> table, String label) {
        for (String line : table) {
            List<String> words = List.of(line.trim().split(" {2,}"));
            if (label.isEmpty() && line.startsWith(" ")) {
                return words;
            }
            if (!label.isEmpty() && line.startsWith(label + " ")) {
                return words.subList(1, words.size());
            }
        }
        throw new AssertionError("no row " + label + " in\n" + String.join("\n", table));
    }
}
