package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import newsroom.annotator.json.AnnotationWriter;
import org.junit.jupiter.api.Test;

/** The Java scorer agrees with the team's scorer on the shared examples, and notices what is missing. */
class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode annotation(Path article) throws Exception {
        return JSON.readTree(new AnnotationWriter().toJson(GoldCorpusTest.annotate(article)));
    }

    private static JsonNode gold(Path article) throws Exception {
        return JSON.readTree(TestArticles.gold(article).toFile());
    }

    @Test
    void examplesScoreOneOnEveryFigure() throws Exception {
        GoldScorer scorer = new GoldScorer();
        for (Path article : TestArticles.withGold()) {
            scorer.add(gold(article), annotation(article));
        }
        Map<String, Double> figures = scorer.figures();
        for (String figure : new String[] {"spans.type", "spans.language", "posts.f1", "posts.attribution",
                                           "quotes.f1", "quotes.speaker"}) {
            assertEquals(1.0, figures.get(figure), 1e-9, figure + " in " + figures);
        }
    }

    @Test
    void missingQuotesAndWrongTypesLowerTheFigures() throws Exception {
        Path tweets = TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt");
        ObjectNode annotation = (ObjectNode) annotation(tweets);
        annotation.putArray("quotes");
        ((ObjectNode) annotation.get("spans").get(2)).put("type", "paragraph");
        GoldScorer scorer = new GoldScorer();
        scorer.add(gold(tweets), annotation);
        Map<String, Double> figures = scorer.figures();
        assertEquals(0.0, figures.get("posts.recall"));
        assertEquals(0.0, figures.get("quotes.recall"));
        assertTrue(figures.get("spans.type.post") < 1.0);
    }

    @Test
    void namesMatchAsTheScorerMatchesThem() {
        assertTrue(GoldScorer.samePerson("Jesús Ramírez Cuevas", "Jesus Ramirez Cuevas"));
        assertTrue(GoldScorer.samePerson("Trump", "Donald J. Trump"));
        assertTrue(GoldScorer.samePerson("Ramírez", "Jesús Ramírez Cuevas"));
        assertFalse(GoldScorer.samePerson("Jesús", "Jesús Ramírez Cuevas"));
    }
}
