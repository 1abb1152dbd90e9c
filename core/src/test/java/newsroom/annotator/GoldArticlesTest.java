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
        assertEquals(List.of(), spansDifferingIn("language", article));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGoldSpanHasItsType(Path article) throws Exception {
        assertEquals(List.of(), spansDifferingIn("type", article));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGoldPostIsFoundBoundedAndAttributed(Path article) throws Exception {
        JsonNode gold = JSON.readTree(TestArticles.read(TestArticles.gold(article)));
        JsonNode annotation = annotate(article);
        String text = annotation.get("text").asText();
        List<String> want = new ArrayList<>();
        for (JsonNode post : gold.get("quotes")) {
            if (post.get("kind").asText().equals("post")) {
                int start = text.indexOf(post.get("at").asText());
                String until = post.get("until").asText();
                int end = text.indexOf(until, start) + until.length();
                want.add(String.join(" | ", post.get("platform").asText(), post.get("name").asText(),
                        post.get("handle").asText(), post.get("date").asText(), post.get("language").asText(),
                        text.codePointCount(0, start) + "-" + text.codePointCount(0, end),
                        values(post.get("mentions")), values(post.get("hashtags")), values(post.get("urls"))));
            }
        }
        List<String> got = new ArrayList<>();
        for (JsonNode post : annotation.get("quotes")) {
            if (post.get("kind").asText().equals("post")) {
                JsonNode by = post.get("attribution");
                JsonNode entities = post.get("entities");
                got.add(String.join(" | ", post.get("platform").asText(), by.get("name").asText(),
                        by.get("handle").asText(), by.get("date").asText(), post.get("language").asText(),
                        post.get("start").asLong() + "-" + post.get("end").asLong(),
                        values(entities.get("mentions"), "handle"), values(entities.get("hashtags"), "tag"),
                        values(entities.get("urls"), "url")));
            }
        }
        assertEquals(want, got);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGoldQuotationIsFoundWithItsSpeakerCueAndHandle(Path article) throws Exception {
        JsonNode gold = JSON.readTree(TestArticles.read(TestArticles.gold(article)));
        JsonNode annotation = annotate(article);
        List<String> want = new ArrayList<>();
        for (JsonNode quote : gold.get("quotes")) {
            if (!quote.get("kind").asText().equals("post")) {
                want.add(String.join(" | ", quote.get("kind").asText(), quote.get("text").asText(),
                        quote.get("language").asText(), quote.get("name").asText(null), quote.get("handle").asText(null),
                        quote.get("cue").asText(null)));
            }
        }
        List<String> got = new ArrayList<>();
        for (JsonNode quote : annotation.get("quotes")) {
            if (!quote.get("kind").asText().equals("post")) {
                JsonNode by = quote.get("attribution");
                got.add(String.join(" | ", quote.get("kind").asText(), quote.get("text").asText(),
                        quote.get("language").asText(), by.get("name").asText(null), by.get("handle").asText(null),
                        by.get("cue").asText(null)));
            }
        }
        assertEquals(want, got);
    }

    private static String values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(",", values);
    }

    private static String values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asText()));
        return String.join(",", values);
    }

    /** The gold spans whose field differs in the annotation, each as "snippet: want X, got Y". */
    private static List<String> spansDifferingIn(String field, Path article) throws Exception {
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
            JsonNode span = GoldScorer.spanAt(annotation, text.codePointCount(0, found));
            String got = span == null ? null : span.get(field).asText(null);
            if (!goldSpan.get(field).asText().equals(got)) {
                wrong.add(at + ": want " + goldSpan.get(field).asText() + ", got " + got);
            }
        }
        return wrong;
    }
}
