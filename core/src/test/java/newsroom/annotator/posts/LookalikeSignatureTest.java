package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.posts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/** Text that looks like a signature and is not one breaks nothing and makes no post. */
class LookalikeSignatureTest {

    private static void noPost(String text) {
        Annotation annotation = Annotators.annotate(text);
        assertTrue(posts(annotation).isEmpty(), "posts in: " + text);
        assertTrue(annotation.spans().stream().noneMatch(s -> s.type() == SpanType.POST), text);
    }

    @Test
    void signatureShapesWithoutADateAreNoPost() {
        noPost("Mexico’s president — Andrés Manuel López Obrador (@lopezobrador_) — said he would offer asylum.");
        noPost("The spokesman - Jesús Ramírez Cuevas (@JesusRCuevas) - wrote on Monday that Assange deserved a pardon.");
    }

    @Test
    void signatureShapesWithAnImpossibleDateOrHandleAreNoPost() {
        noPost("— Stephanie Palacios (@novalick) February 30, 2021");
        noPost("— Stephanie Palacios (@) January 4, 2021");
        noPost("— Stephanie Palacios (@this_handle_is_far_too_long_for_twitter) January 4, 2021");
    }

    @Test
    void chromeWordsInsideProseAreNoPost() {
        noPost("Readers who clicked “View on Threads” found nothing, and the post was posted by nobody on Monday.");
        noPost("The band’s page said the clip was posted by a fan on the night of the concert.");
        noPost("Fans shared a photo posted by Selena Gomez (@selenagomez) on Instagram within minutes.");
    }

    @Test
    void signatureAloneAtTheStartOrEndOfTheTextIsAPostWithoutWords() {
        Annotation annotation = Annotators.annotate("— Stephanie Palacios (@novalick) January 4, 2021");
        List<Quote> posts = posts(annotation);
        assertEquals(1, posts.size());
        assertEquals("", posts.get(0).text());
        assertEquals("novalick", posts.get(0).attribution().handle());
    }

    @Test
    void randomMixturesOfChromeBreakNothing() {
        String[] pieces = {"— ", "&mdash; ", " - ", "--", "(@", "@novalick", ")", " January 4, 2021", " 4 de enero de 2021",
            "\n", "\n\n", "View on Threads", "♬ ", "sonido original - ", "Posted by ", " on ", "Publicado por ",
            "A post shared by ", "Ver esta publicación en Instagram", "pic.twitter.com/WXsbvraER9", "#mañanera ",
            "El presidente de México anunció que ofrecerá asilo político. ", "The move comes soon after. ",
            "https://twitter.com/novalick/status/1346", "https://youtu.be/", "😁", "Stephanie Palacios", "(", " "};
        Random random = new Random(20210104L);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("x");
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Annotation annotation = Annotators.annotate(text.toString());
            int last = 0;
            for (Span span : annotation.spans()) {
                assertTrue(span.start() >= last && span.start() < span.end(), "spans overlap in: " + text);
                last = span.end();
            }
            for (Quote post : posts(annotation)) {
                assertTrue(0 <= post.start() && post.start() <= post.end() && post.end() <= text.length(), text.toString());
                for (Span span : Articles.spansOf(annotation, post)) {
                    assertTrue(post.start() <= span.start() && span.end() <= post.end(), "span outside its post in: " + text);
                }
            }
        }
    }
}
