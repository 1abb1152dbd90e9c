package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.posts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Entity;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/** Posts that the page's markup names: an EMBED hint is a post of its platform, whatever its text shows. */
class EmbedHintTest {

    // kaspth/oaken README: a Bluesky embed between two paragraphs of the README's prose
    private static final String BEFORE = "However, you can grab some of the most shared records and shave off some significant runtime on your test suite.\n\n";
    private static final String EMBED = "It's @erikaxel.bsky.social's team! They shaved 5.5 minutes off their test suite.\n\n"
            + "And that's just the first batch integrating Oaken!\n\n"
            + "[image or embed]— Kasper Timm Hansen (@kaspth.bsky.social) January 8, 2025 at 11:00 PM";
    private static final String AFTER = "\n\nSet Oaken up for your tests like the setup section mentions, and then only add a setup directory and scenarios around the root-level model like an Account.";

    private static Annotation annotate(String text, Hint hint) {
        return Annotators.shared().annotate(new Article("hinted", text, 0, null, null, null, List.of(), List.of(hint)));
    }

    @Test
    void hintedRegionIsOnePostWhoseSignatureStillNamesTheAuthor() {
        String text = BEFORE + EMBED + AFTER;
        int start = BEFORE.length();
        Hint hint = new Hint(start, start + EMBED.length(), Hint.Kind.EMBED, Map.of(
                "platform", "bluesky",
                "url", "https://bsky.app/profile/did:plc:ps3ygxhsn4khcrxeutdosdqk/post/3lfb5zdb3p22z",
                "lang", "en"));
        Annotation annotation = annotate(text, hint);
        Quote post = posts(annotation).get(0);
        assertEquals(start, post.start());
        assertEquals(start + EMBED.length(), post.end());
        assertEquals("bluesky", post.platform());
        assertTrue(post.text().startsWith("It's @erikaxel.bsky.social's team!"));
        assertTrue(post.text().endsWith("[image or embed]"));
        assertEquals("Kasper Timm Hansen", post.attribution().name());
        assertEquals("kaspth.bsky.social", post.attribution().handle());
        assertEquals(LocalDate.of(2025, 1, 8), post.attribution().date());
        assertEquals("January 8, 2025 at 11:00 PM", post.attribution().dateText());
        assertEquals("https://bsky.app/profile/did:plc:ps3ygxhsn4khcrxeutdosdqk/post/3lfb5zdb3p22z", post.attribution().url());
        assertEquals(List.of("erikaxel.bsky.social"), post.entities().mentions().stream().map(Entity::value).toList());
        List<Span> spans = Articles.spansOf(annotation, post);
        assertEquals(3, spans.size());
        assertEquals(SpanType.PARAGRAPH, Articles.spanStarting(annotation, "However, you can grab").type());
        assertEquals(SpanType.PARAGRAPH, Articles.spanStarting(annotation, "Set Oaken up").type());
    }

    @Test
    void hintAttributesFillWhatTheTextLacks() {
        // Threads' embed shows no words and no author; the markup's permalink and attributes do
        String text = "Then RoboMobo appeared in Hong Kong.\n\nView on Threads\n\nRoboMobo checks in from Kwun Tong, Hong Kong.";
        int start = text.indexOf("View on Threads");
        Hint hint = new Hint(start, start + "View on Threads".length(), Hint.Kind.EMBED, Map.of(
                "platform", "threads",
                "url", "https://www.threads.com/@robot.taylor/post/Db99uRjGwe1",
                "date", "2025-05-02T10:00:00Z",
                "name", "Robert Taylor"));
        Quote post = posts(annotate(text, hint)).get(0);
        assertEquals("threads", post.platform());
        assertEquals("robot.taylor", post.attribution().handle());
        assertEquals("Robert Taylor", post.attribution().name());
        assertEquals(LocalDate.of(2025, 5, 2), post.attribution().date());
        assertEquals("https://www.threads.com/@robot.taylor/post/Db99uRjGwe1", post.attribution().url());
    }

    @Test
    void hintCanStartAndEndInsideALine() {
        // the teaser line of noticiasponce.com's article, the tweet hinted inside it
        String text = "Gobernadora desmiente que ordenará un “lockdown” Al momento, es totalmente falso una información malintencionada que ha circulado, sobre un alegado lockdown. ¡Protégete! — Wanda Vázquez Garced (@wandavazquezg) November 23, 2020 “Al momento, es totalmente falso una información […]";
        int start = text.indexOf("Al momento");
        int end = text.indexOf("2020") + 4;
        Hint hint = new Hint(start, end, Hint.Kind.EMBED, Map.of("platform", "twitter"));
        Annotation annotation = annotate(text, hint);
        Quote post = posts(annotation).get(0);
        assertEquals(start, post.start());
        assertEquals(end, post.end());
        assertEquals("wandavazquezg", post.attribution().handle());
        assertEquals(3, annotation.spans().size());
        assertEquals(SpanType.TITLE, annotation.spans().get(0).type(), "the article's headline, cut off the post");
        assertEquals(SpanType.POST, annotation.spans().get(1).type());
        assertEquals(SpanType.PARAGRAPH, annotation.spans().get(2).type());
    }

    @Test
    void hintOutsideTheTextOrWithoutAKnownPlatformBreaksNothing() {
        String text = "Then RoboMobo appeared in Hong Kong.";
        Annotation annotation = annotate(text, new Hint(5, 500, Hint.Kind.EMBED, Map.of("platform", "myspace")));
        assertTrue(posts(annotation).isEmpty());
        Annotation other = annotate(text, new Hint(0, 4, Hint.Kind.CAPTION, Map.of()));
        assertTrue(posts(other).isEmpty());
    }
}
