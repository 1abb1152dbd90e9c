package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-marked real articles of src/test/resources/gold, scored as the team's scorer scores them: no
 * figure may fall below its floor in floors.properties (raise a floor when a change lifts its figure),
 * and a figure with a floor must be there. Where python3 is at hand, the team's scorer itself gives the
 * same figures on the same annotations.
 */
class GoldCorpusTest {

    private static final Path GOLD = TestArticles.GOLD;
    /** The corpus annotated once, one NDJSON line an article as bin/annotate writes it (kept to rescore by hand). */
    private static final Path ANNOTATIONS = Path.of("target/gold-corpus.ndjson");

    @BeforeAll
    static void annotateTheCorpus() throws IOException {
        annotateAll(GOLD, Annotators.shared(), ANNOTATIONS);
    }

    /** Every article of a gold folder annotated, one NDJSON line each, into {@code annotations}. */
    static void annotateAll(Path gold, Annotator annotator, Path annotations) throws IOException {
        Files.createDirectories(annotations.getParent());
        try (Writer out = Files.newBufferedWriter(annotations, StandardCharsets.UTF_8)) {
            for (var entry : GoldScorer.readGolds(gold).values()) {
                Path article = gold.resolve(entry.get("file").asText());
                out.write(GoldScorer.JSON.readTree(new AnnotationWriter().toJson(annotate(annotator, article))).toString());
                out.write('\n');
            }
        }
    }

    @Test
    void noFigureFallsBelowItsFloor() throws IOException {
        assertNoFigureBelowItsFloor(GOLD, ANNOTATIONS);
    }

    /** The folder's figures against its floors.properties: every floor met, every article annotated. */
    static void assertNoFigureBelowItsFloor(Path gold, Path annotations) throws IOException {
        GoldScorer.Report report = GoldScorer.score(gold, annotations, false);
        GoldFigures figures = report.figures();
        Map<String, Double> floors = floors(gold);
        List<String> below = new ArrayList<>();
        floors.forEach((name, floor) -> {
            Optional<Double> figure = figures.value(name);
            if (figure.isEmpty()) {
                below.add(name + " missing (no such figure, or nothing to count it on), floor " + floor);
            } else if (figure.get() < floor) { // as `score --min`
                below.add(name + " " + GoldFigures.format(figure.get()) + " < " + floor);
            }
        });
        System.out.println("gold corpus " + gold + ":\n" + String.join("\n", report.lines()));
        int articles = GoldScorer.readGolds(gold).size();
        assertEquals(articles + "/" + articles, figures.get("articles.annotated").orElseThrow().counts(),
                "every gold article annotated");
        assertEquals(List.of(), below, "figures below their floors on " + articles + " articles");
    }

    @Test
    void theTeamsScorerGivesTheSameFiguresOnTheWholeCorpus() throws IOException {
        Optional<ReferenceScorer> reference = ReferenceScorer.find();
        assumeTrue(reference.isPresent(), "python3 and ../shared/eval/score are not both here");
        GoldFigures python = GoldFigures.parse(reference.get().score(GOLD, ANNOTATIONS));
        assertEquals(List.of(), GoldScorer.score(GOLD, ANNOTATIONS, false).figures().differencesFrom(python));
    }

    static Annotation annotate(Path article) {
        return annotate(Annotators.shared(), article);
    }

    static Annotation annotate(Annotator annotator, Path article) {
        return TestArticles.annotate(annotator, article);
    }

    private static Map<String, Double> floors(Path gold) throws IOException {
        Properties floors = new Properties();
        Path file = gold.resolve("floors.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                floors.load(reader);
            }
        }
        Map<String, Double> byName = new TreeMap<>();
        floors.stringPropertyNames().forEach(name -> byName.put(name, Double.valueOf(floors.getProperty(name))));
        return byName;
    }
}
