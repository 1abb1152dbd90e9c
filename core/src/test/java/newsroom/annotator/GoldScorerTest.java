package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsroom.annotator.json.AnnotationWriter;
import org.junit.jupiter.api.Test;

/**
 * The scorer's rules one at a time, on one real article of the fixture and its committed annotation
 * (TV Azteca, 19 July 2023, "AMLO propone nueva sección…": two quotations of López Obrador, two posts).
 */
class GoldScorerTest {

    private static final Path FIXTURE = GoldScorerFaithfulnessTest.FIXTURE;
    private static final String ARTICLE = "tvazteca-amlo-no-lo-digo-yo";

    private static ObjectNode gold() throws IOException {
        return (ObjectNode) GoldScorer.JSON.readTree(FIXTURE.resolve("gold/" + ARTICLE + ".gold.json").toFile());
    }

    private static ObjectNode annotation() throws IOException {
        for (String line : Files.readAllLines(GoldScorerFaithfulnessTest.PREDICTIONS)) {
            if (line.startsWith("{\"id\": \"" + ARTICLE + ".txt\"")) {
                return (ObjectNode) GoldScorer.JSON.readTree(line);
            }
        }
        throw new IllegalStateException(ARTICLE + " is not in the fixture");
    }

    private static GoldFigures score(JsonNode gold, JsonNode annotation) {
        GoldScorer scorer = new GoldScorer();
        scorer.add(gold, annotation);
        return scorer.figures();
    }

    private static List<ObjectNode> quotes(JsonNode annotation, boolean posts) {
        return java.util.stream.StreamSupport.stream(annotation.get("quotes").spliterator(), false)
                .filter(q -> q.get("kind").asText().equals("post") == posts).map(q -> (ObjectNode) q).toList();
    }

    private static double value(GoldFigures figures, String name) {
        return figures.value(name).orElseThrow(() -> new AssertionError(name + " is missing"));
    }

    @Test
    void theCommittedAnnotationFindsBothQuotationsAndBothPosts() throws IOException {
        GoldFigures figures = score(gold(), annotation());
        assertEquals("2/2", figures.get("quotes.recall").orElseThrow().counts());
        assertEquals(1.0, value(figures, "quotes.f1"));
        assertEquals(1.0, value(figures, "posts.f1"));
    }

    @Test
    void quotationsThatAreAllWrongGiveF1ZeroNotOne() throws IOException {
        ObjectNode annotation = annotation();
        quotes(annotation, false).forEach(q -> q.put("text", "palabras que nadie dijo"));
        GoldFigures figures = score(gold(), annotation);
        assertEquals(0.0, value(figures, "quotes.precision"));
        assertEquals(0.0, value(figures, "quotes.recall"));
        assertEquals(0.0, value(figures, "quotes.f1"));
    }

    @Test
    void withNoQuotationFoundPrecisionIsMissingAndF1IsZero() throws IOException {
        ObjectNode annotation = annotation();
        ArrayNode posts = annotation.arrayNode().addAll(quotes(annotation, true));
        annotation.set("quotes", posts);
        GoldFigures figures = score(gold(), annotation);
        assertEquals("0/0", figures.get("quotes.precision").orElseThrow().counts());
        assertEquals(Optional.empty(), figures.value("quotes.precision"));
        assertEquals("-", figures.get("quotes.precision").orElseThrow().printed());
        assertEquals(0.0, value(figures, "quotes.f1"));
    }

    @Test
    void anArticleWithoutPostsHasNoPostFiguresAndFailsAPostFloor() throws IOException {
        ObjectNode gold = gold();
        gold.set("quotes", gold.arrayNode().addAll(quotes(gold, false)));
        ObjectNode annotation = annotation();
        annotation.set("quotes", annotation.arrayNode().addAll(quotes(annotation, false)));
        GoldFigures figures = score(gold, annotation);
        assertEquals(Optional.empty(), figures.get("posts.recall"));
        assertEquals(Optional.empty(), figures.value("posts.precision"));
        assertEquals(0.0, value(figures, "posts.f1"));
        assertEquals(java.util.Set.of("posts.recall", "posts.attribution"), java.util.Set.copyOf(
                figures.below(Map.of("quotes.f1", 0.9, "posts.recall", 0.5, "posts.attribution", 0.5))));
    }

    @Test
    void aMissingAnnotationCountsEveryGoldItemAsMissed() throws IOException {
        GoldScorer scorer = new GoldScorer();
        assertEquals(List.of("no annotation"), scorer.add(gold(), null));
        GoldFigures figures = scorer.figures();
        assertEquals("0/1", figures.get("articles.annotated").orElseThrow().counts());
        assertEquals("0/7", figures.get("spans.type.micro").orElseThrow().counts());
        assertEquals("0/2", figures.get("posts.recall").orElseThrow().counts());
        assertEquals("0/2", figures.get("quotes.speaker").orElseThrow().counts());
        // as the scorer does: kinds, boundaries and precision are not counted for a missing annotation
        assertEquals(Optional.empty(), figures.get("quotes.kind"));
        assertEquals(Optional.empty(), figures.get("posts.precision"));
    }

    @Test
    void aQuotationNeedsFourFifthsOfTheGoldText() throws IOException {
        ObjectNode gold = gold();
        String want = GoldScorer.squeeze(gold.get("quotes").get(1).get("text"));
        int fourFifths = (int) Math.ceil(0.8 * Py.len(want));
        for (int length : new int[] {fourFifths, fourFifths - 1}) {
            ObjectNode annotation = annotation();
            // the quotation's end (its start would be cut after a space, which squeezing drops)
            quotes(annotation, false).get(1).put("text", want.substring(want.offsetByCodePoints(0, Py.len(want) - length)));
            GoldFigures figures = score(gold, annotation);
            assertEquals(length == fourFifths ? "2/2" : "1/2", figures.get("quotes.recall").orElseThrow().counts(),
                    length + " of " + Py.len(want) + " code points");
        }
    }

    @Test
    void aPredictedPostCountsForOneGoldPostOnly() throws IOException {
        ObjectNode annotation = annotation();
        List<ObjectNode> posts = quotes(annotation, true);
        ObjectNode both = posts.get(0).put("end", posts.get(1).get("end").asLong()); // one post over both
        annotation.set("quotes", annotation.arrayNode().add(both));
        GoldFigures figures = score(gold(), annotation);
        assertEquals("1/2", figures.get("posts.recall").orElseThrow().counts());
        assertEquals("1/1", figures.get("posts.precision").orElseThrow().counts());
        assertEquals("0/2", figures.get("posts.boundary").orElseThrow().counts(), "too long for one, not found for the other");
    }

    @Test
    void aPostNeedsNineTenthsOfTheGoldPostsExtentForItsBoundary() throws IOException {
        JsonNode goldPost = gold().get("quotes").get(2);
        for (double share : new double[] {0.91, 0.89}) {
            ObjectNode annotation = annotation();
            String text = annotation.get("text").asText();
            int start = Py.find(text, goldPost.get("at").asText(), 0);
            int end = Py.find(text, goldPost.get("until").asText(), start) + Py.len(goldPost.get("until").asText());
            quotes(annotation, true).get(0).put("start", start).put("end", start + Math.round(share * (end - start)));
            GoldFigures figures = score(gold(), annotation);
            assertEquals(share > 0.9 ? "2/2" : "1/2", figures.get("posts.boundary").orElseThrow().counts(), "share " + share);
        }
    }

    @Test
    void namesMatchAsTheScorerMatchesThem() {
        assertTrue(GoldScorer.samePerson("Jesús Ramírez Cuevas", "Jesus Ramirez Cuevas"));
        assertTrue(GoldScorer.samePerson("Trump", "Donald J. Trump"));
        assertTrue(GoldScorer.samePerson("Ramírez", "Jesús Ramírez Cuevas"));
        assertTrue(GoldScorer.samePerson("ANDRÉS MANUEL LÓPEZ OBRADOR", "Andrés Manuel López Obrador"));
        assertTrue(GoldScorer.samePerson("Strauss", "Johann Strauß"), "full case folding: ß is ss");
        assertTrue(GoldScorer.samePerson("Tim. Kaine.", "Tim Kaine"));
        assertFalse(GoldScorer.samePerson("Jesús", "Jesús Ramírez Cuevas"));
        assertFalse(GoldScorer.samePerson("", "Jesús Ramírez Cuevas"));
    }

    @Test
    void figuresPrintAsPythonRoundsThem() {
        assertEquals("0.062", GoldFigures.format(1.0 / 16), "half to even, where Java's %.3f gives 0.063");
        assertEquals("0.188", GoldFigures.format(3.0 / 16));
        assertEquals("0.678", GoldFigures.format(0.6785), "0.6785 is a little under it as a double");
        assertEquals("0.667", GoldFigures.format(2.0 / 3));
    }

    @Test
    void offsetsCountCodePointsAndWhiteSpaceIsPythons() {
        assertEquals(3, Py.find("😀a😀b", "b", 0));
        assertEquals(-1, Py.find("ab", "", 3), "Python finds nothing past the end");
        assertEquals(2, Py.find("ab", "", 2));
        assertEquals(List.of("a", "b", "c"), Py.split("a\u00a0b\u2028 c\u001f"));
        assertEquals("x", Py.strip("\u3000x\u0085"));
        assertEquals("no break", GoldScorer.squeeze(com.fasterxml.jackson.databind.node.TextNode.valueOf(" no \u00a0break ")));
    }

    @Test
    void theSharedExamplesScoreOneOnEveryHeadlineFigure() throws Exception {
        GoldScorer scorer = new GoldScorer();
        for (Path article : TestArticles.withGold()) {
            scorer.add(GoldScorer.JSON.readTree(TestArticles.gold(article).toFile()),
                    GoldScorer.JSON.readTree(new AnnotationWriter().toJson(GoldCorpusTest.annotate(article))));
        }
        GoldFigures figures = scorer.figures();
        for (String figure : GoldFigures.HEADLINE) {
            assertEquals(Optional.of(1.0), figures.value(figure), figure + " in " + figures.lines());
        }
    }
}
