package newsroom.annotator.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsroom.annotator.Annotators;
import newsroom.annotator.json.AnnotationWriter;
import org.junit.jupiter.api.Test;

/** A post full of emoji, as JSON: every offset counts code points, as the contract says. */
class PostOffsetsTest {

    // the Bluesky embed closing https://bagrounds.org/ai-blog/2026-03-31-4-broken-links-and-blind-posting
    private static final String ARTICLE = """
            🦋 Bluesky

            2026-03-31 | 🔗 Broken Links and Blind Posting 🚫

            #AI Q: 🔗 Ever caught yourself sharing a broken link?

            🐛 Bug Fixes | 🔗 Link Validation | 🤖 Code Porting | 📚 System Resilience
            https://bagrounds.org/ai-blog/2026-03-31-4-broken-links-and-blind-posting— Bryan Grounds (@bagrounds.bsky.social) 2026-04-01T03:14:06.000Z
            """;

    /** text[start, end) with both offsets in code points, as any JSON consumer reads them. */
    private static String byCodePoints(String text, JsonNode node) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, node.get("start").asInt(), node.get("end").asInt() - node.get("start").asInt());
    }

    @Test
    void postWithEmojiHasCodePointOffsetsInJson() throws Exception {
        String json = new AnnotationWriter().toJson(Annotators.annotate(ARTICLE));
        JsonNode annotation = new ObjectMapper().readTree(json);
        String text = annotation.get("text").asText();
        JsonNode post = annotation.get("quotes").get(0);
        String covered = byCodePoints(text, post);
        assertEquals(true, covered.startsWith("2026-03-31 | 🔗 Broken Links"), covered);
        assertEquals(true, covered.endsWith("(@bagrounds.bsky.social) 2026-04-01T03:14:06.000Z"), covered);
        assertEquals(text.codePointCount(0, text.indexOf("2026-03-31 |")), post.get("start").asInt());
        JsonNode hashtag = post.get("entities").get("hashtags").get(0);
        assertEquals("AI", hashtag.get("tag").asText());
        assertEquals("#AI", byCodePoints(text, hashtag));
        JsonNode url = post.get("entities").get("urls").get(0);
        assertEquals("https://bagrounds.org/ai-blog/2026-03-31-4-broken-links-and-blind-posting", byCodePoints(text, url));
        JsonNode name = post.get("attribution");
        assertEquals("Bryan Grounds", byCodePoints(text, name));
        for (JsonNode span : annotation.get("spans")) {
            if (span.has("quote")) {
                assertEquals("post", span.get("type").asText());
                assertEquals(true, covered.contains(byCodePoints(text, span)));
            }
        }
    }
}
