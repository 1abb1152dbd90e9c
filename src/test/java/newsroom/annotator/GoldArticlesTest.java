package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsroom.annotator.json.AnnotationWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks each test article against what an editor marked by hand in its gold file, in the shape the
 * shared scorer reads: every gold span found at its snippet, with the gold language.
 */
class GoldArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> articles() {
        return TestArticles.withGold().stream();
    }

    private static JsonNode annotate(Path article) throws Exception {
        Annotator annotator = Annotators.shared();
        String id = article.getFileName().toString();
        return JSON.readTree(new AnnotationWriter().toJson(
                annotator.annotate(annotator.plainText().read(id, TestArticles.read(article)))));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void dateAndLanguageOfTheArticleMatchGold(Path article) throws Exception {
        JsonNode gold = JSON.readTree(TestArticles.read(TestArticles.gold(article)));
        JsonNode annotation = annotate(article);
        assertEquals(gold.get("date").asText(null), annotation.get("date").asText(null));
        assertEquals(gold.get("language").asText(), annotation.get("language").asText());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGoldSpanHasItsLanguage(Path article) throws Exception {
        JsonNode gold = JSON.readTree(TestArticles.read(TestArticles.gold(article)));
        JsonNode annotation = annotate(article);
        String text = annotation.get("text").asText();
        List<String> wrong = new ArrayList<>();
        int cursor = 0;
        for (JsonNode goldSpan : gold.get("spans")) {
            String at = goldSpan.get("at").asText();
            int found = text.indexOf(at, cursor);
            assertTrue(found >= 0, "gold span not in the text: " + at);
            cursor = found + 1;
            long codePoint = text.codePointCount(0, found);
            JsonNode span = spanAt(annotation, codePoint);
            String language = span == null ? null : span.get("language").asText(null);
            if (!goldSpan.get("language").asText().equals(language)) {
                wrong.add(at + ": want " + goldSpan.get("language").asText() + ", got " + language);
            }
        }
        assertEquals(List.of(), wrong);
    }

    static JsonNode spanAt(JsonNode annotation, long codePoint) {
        for (JsonNode span : annotation.get("spans")) {
            if (span.get("start").asLong() <= codePoint && codePoint < span.get("end").asLong()) {
                return span;
            }
        }
        return null;
    }
}
