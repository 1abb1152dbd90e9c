package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The hand-marked real articles of src/test/resources/gold, scored as the team's scorer does: no figure
 * may fall below its floor in floors.properties (raise a floor when a change lifts its figure).
 */
class GoldCorpusTest {

    private static final Path GOLD = TestArticles.GOLD;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noFigureFallsBelowItsFloor() throws Exception {
        GoldScorer scorer = new GoldScorer();
        int articles = 0;
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path goldFile : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                Path article = GOLD.resolve(gold.get("file").asText());
                scorer.add(gold, JSON.readTree(new AnnotationWriter().toJson(annotate(article))));
                articles++;
            }
        }
        Map<String, Double> figures = scorer.figures();
        List<String> below = new ArrayList<>();
        Properties floors = floors();
        for (String name : floors.stringPropertyNames()) {
            double floor = Double.parseDouble(floors.getProperty(name));
            double figure = figures.getOrDefault(name, 1.0);
            if (figure + 1e-9 < floor) {
                below.add(name + " " + String.format("%.3f", figure) + " < " + floor);
            }
        }
        System.out.println("gold corpus: " + articles + " articles, " + figures);
        assertTrue(articles > 0 || floors.isEmpty(), "floors without articles");
        assertEquals(List.of(), below, "figures below their floors on " + articles + " articles: " + figures);
    }

    static Annotation annotate(Path article) {
        Annotator annotator = Annotators.shared();
        String id = article.getFileName().toString();
        String content = TestArticles.read(article);
        Article input = id.endsWith(".html") ? annotator.html().read(id, content)
                : id.endsWith(".json") ? annotator.requests().read(content).withId(id)
                : annotator.plainText().read(id, content);
        return annotator.annotate(input);
    }

    private static Properties floors() throws IOException {
        Properties floors = new Properties();
        Path file = GOLD.resolve("floors.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                floors.load(reader);
            }
        }
        return floors;
    }
}
