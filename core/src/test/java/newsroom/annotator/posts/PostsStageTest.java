package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.annotate;
import static newsroom.annotator.posts.Articles.covered;
import static newsroom.annotator.posts.Articles.posts;
import static newsroom.annotator.posts.Articles.spanStarting;
import static newsroom.annotator.posts.Articles.spansOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Entity;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/** The posts stage on real articles (sources in src/test/resources/articles/README.md). */
class PostsStageTest {

    private static List<String> values(List<Entity> entities) {
        return entities.stream().map(Entity::value).toList();
    }

    @Test
    void brokenTweetOverTwoParagraphsIsOnePost() {
        Annotation annotation = annotate("breitbart-asylum-tweets.txt");
        Quote post = posts(annotation).get(1);
        assertTrue(covered(annotation, post).startsWith("El trabajo de Julian Assange ha mostrado"));
        assertTrue(covered(annotation, post).endsWith("(@JesusRCuevas) January 4, 2021"));
        List<Span> spans = spansOf(annotation, post);
        assertEquals(2, spans.size());
        spans.forEach(s -> assertEquals(SpanType.POST, s.type()));
        spans.forEach(s -> assertEquals("es", s.language().language()));
        assertEquals("Jesús Ramírez Cuevas", post.attribution().name());
        assertEquals("JesusRCuevas", post.attribution().handle());
        assertEquals(LocalDate.of(2021, 1, 4), post.attribution().date());
        assertEquals("January 4, 2021", post.attribution().dateText());
        // the English prose before and after stays the article's
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "AMLO’s spokesman Jesus Ramirez Cuevas").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "The announcement came soon after").type());
    }

    @Test
    void aReplyThatOpensWithTheAccountItAnswersIsThePostItsSignatureCloses() {
        // cjme.com, Moose Jaw police's tweet: readers' replies open with @MJPolice, as a TikTok caption opens with its author
        Annotation annotation = Annotators.annotate("The tweet was sent out on Thursday night, but Police Chief Rick Bourassa says "
                + "it came to his attention on Friday.\n\n@MJPolice I truly hope the person manning your social media feeds gets "
                + "some sort of sensitivity training…that was inexcusable!\n\n— Syanne Fay (@Syannesays) October 31, 2015\n\n"
                + "“It just doesn’t reflect the values that we have,” he said, regarding the tweet.");
        List<Quote> posts = posts(annotation);
        assertEquals(1, posts.size());
        Quote post = posts.get(0);
        assertEquals("twitter", post.platform());
        assertTrue(covered(annotation, post).startsWith("@MJPolice I truly hope"), covered(annotation, post));
        assertTrue(covered(annotation, post).endsWith("(@Syannesays) October 31, 2015"));
        assertEquals("Syannesays", post.attribution().handle());
        assertEquals(List.of("MJPolice"), values(post.entities().mentions()));
        assertEquals(SpanType.POST, spanStarting(annotation, "@MJPolice I truly hope").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "The tweet was sent out").type());
    }

    @Test
    void aPostKeptOnlyAsItsAddressIsThatAccountsPostWithNoWords() {
        // eldinamo.cl, Karol Cariola's tweet on the minister's flight: the page kept nothing of it but its address
        String link = "https://twitter.com/KarolCariola/status/995317805707939846?s=03";
        Annotation annotation = Annotators.annotate("“¿Qué viene ahora amigos de la derecha? ¿La culpa es del avión por "
                + "cobrarle el pasaje al ministro Larraín?” , dijo la parlamentaria.\n\n" + link + "\n\nEl Estado (de las cosas)");
        List<Quote> posts = posts(annotation);
        assertEquals(1, posts.size());
        Quote post = posts.get(0);
        assertEquals(link, covered(annotation, post));
        assertEquals("", post.text(), "none of the post's words are left");
        assertEquals(link, post.attribution().url());
        assertEquals("KarolCariola", post.attribution().handle(), "the account the address names");
        assertNull(post.attribution().name());
        assertTrue(post.entities().urls().isEmpty(), "the address is the post's link, not a link in its words");
    }

    @Test
    void spanishTweetInAnEnglishArticleKeepsItsLanguageEntitiesAndSignature() {
        Annotation annotation = annotate("breitbart-asylum-tweets.txt");
        assertEquals("en", annotation.language());
        Quote post = posts(annotation).get(0);
        assertEquals("twitter", post.platform());
        assertEquals("es", post.language().language());
        assertTrue(post.text().startsWith("El presidente de México @lopezobrador_"));
        assertTrue(post.text().endsWith("pic.twitter.com/WXsbvraER9"), "the signature is not the post's words");
        assertEquals(List.of("lopezobrador_"), values(post.entities().mentions()));
        assertEquals(List.of("Assange", "mañanera"), values(post.entities().hashtags()));
        assertEquals(List.of("pic.twitter.com/WXsbvraER9"), values(post.entities().urls()));
        Entity mention = post.entities().mentions().get(0);
        assertEquals("@lopezobrador_", annotation.text().substring(mention.start(), mention.end()));
        assertEquals("Stephanie Palacios",
                annotation.text().substring(post.attribution().nameAt().start(), post.attribution().nameAt().end()));
    }

    @Test
    void spanishArticleEmbeddingASpanishTweetWithItsSignatureOnItsOwnLine() {
        Annotation annotation = annotate("quehacerpolitico-amlo-feliz-2021.txt");
        assertEquals("es", annotation.language());
        List<Quote> posts = posts(annotation);
        assertEquals(1, posts.size());
        Quote post = posts.get(0);
        assertEquals("es", post.language().language());
        assertTrue(post.text().startsWith("Nuestra familia les desea un feliz año 2021."));
        assertTrue(covered(annotation, post).endsWith("— Andrés Manuel (@lopezobrador_) December 31, 2020"));
        assertEquals("lopezobrador_", post.attribution().handle());
        assertEquals(LocalDate.of(2020, 12, 31), post.attribution().date());
        assertEquals(List.of("COVID19"), values(post.entities().hashtags()));
        // the Spanish prose around it shares the post's language and stays the article's
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Desde un jardín en Palacio Nacional").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Y estamos sembrando este árbol").type());
    }

    @Test
    void englishTweetInASpanishArticleStopsAtTheSpanishProse() {
        Annotation annotation = annotate("atomix-musk-twitter-hq.txt");
        assertEquals("es", annotation.language());
        Quote post = posts(annotation).get(0);
        assertEquals("en", post.language().language());
        assertEquals("Entering Twitter HQ – let that sink in! pic.twitter.com/D68z4K2wq7", post.text());
        assertEquals("elonmusk", post.attribution().handle());
        assertEquals(LocalDate.of(2022, 10, 26), post.attribution().date());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Es por eso que compré Twitter.").type());
    }

    @Test
    void englishTweetWithASpanishDateOpeningASpanishArticle() {
        Annotation annotation = annotate("zocalo-musk-luna.txt");
        Quote post = posts(annotation).get(0);
        assertEquals(0, post.start());
        assertEquals("Trump's warped everyone's brain. The moon isn't mars.", post.text());
        assertEquals("en", post.language().language());
        assertEquals("David Oakley", post.attribution().name());
        assertEquals("24 de junio de 2019", post.attribution().dateText());
        assertEquals(LocalDate.of(2019, 6, 24), post.attribution().date());
        // the prose that quotes the tweet afterwards is no post
        assertEquals(1, posts(annotation).size());
    }

    @Test
    void sameLanguageProseBeforeATweetIsNotSwallowed() {
        Annotation annotation = annotate("netnewsledger-trump-inauguration.txt");
        List<Quote> posts = posts(annotation);
        assertEquals(3, posts.size());
        Quote safety = posts.get(0);
        assertEquals("TwitterSafety", safety.attribution().handle());
        assertTrue(safety.text().startsWith("After close review of recent Tweets"));
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Twitter has permanently banned Donald Trump.").type());
        Quote inauguration = posts.get(1);
        assertEquals("To all of those who have asked, I will not be going to the Inauguration on January 20th.",
                inauguration.text());
        assertEquals("Donald J. Trump", inauguration.attribution().name());
    }

    @Test
    void proseThatReportsThePostIsNotItsWords() {
        // the third tweet was a video: its words never reached the page, and the paragraph above its
        // signature is the article telling of it
        Annotation annotation = annotate("netnewsledger-trump-inauguration.txt");
        Quote video = posts(annotation).get(2);
        assertEquals("", video.text());
        assertEquals("— Donald J. Trump (@realDonaldTrump) January 8, 2021", covered(annotation, video));
        assertEquals("realDonaldTrump", video.attribution().handle());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Last night, Trump posted a video").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "The announcement comes via Twitter.").type());
    }

    @Test
    void signatureWithProseAfterItOnTheSameLineSplitsTheLine() {
        Annotation annotation = annotate("noticiasponce-gobernadora-lockdown.txt");
        Quote teaser = posts(annotation).get(0);
        String text = annotation.text();
        assertTrue(covered(annotation, teaser).endsWith("(@wandavazquezg) November 23, 2020"));
        List<Span> postSpans = spansOf(annotation, teaser);
        assertEquals(1, postSpans.size());
        assertEquals(teaser.start(), postSpans.get(0).start());
        assertEquals(teaser.end(), postSpans.get(0).end());
        Span after = annotation.spans().stream().filter(s -> s.start() >= teaser.end()).findFirst().orElseThrow();
        assertEquals("“Al momento, es totalmente falso una información […]", text.substring(after.start(), after.end()));
        assertEquals(SpanType.PARAGRAPH, after.type());
        assertEquals("es", after.language().language());
        assertTrue(after.sentences().stream().allMatch(s -> s.start() >= after.start() && s.end() <= after.end()));
        // the headline above the teaser stays the article's: its title, under the section's label
        assertEquals(SpanType.TITLE, spanStarting(annotation, "Gobernadora desmiente").type());
    }

    @Test
    void proseThatQuotesATweetIsNoPost() {
        Annotation annotation = annotate("noticiasponce-gobernadora-lockdown.txt");
        assertEquals(2, posts(annotation).size());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "“Al momento, es totalmente falso una información malintencionada").type());
        Annotation metro = annotate("metro-gobernadora-comercios.txt");
        assertEquals(1, posts(metro).size());
        assertEquals(SpanType.PARAGRAPH, spanStarting(metro, "\"Si los comercios no ayudan").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(metro, "\"Es un asunto serio").type());
        assertTrue(posts(metro).get(0).text().startsWith("✅Si los comercios"));
    }

    @Test
    void plainArticleWithoutEmbedsHasNoPost() {
        // Breitbart's article as scraped without its embeds (the team's shared example)
        Annotation annotation = Annotators.annotate("""
                Mexican President Offers Political Asylum to Julian Assange

                AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to Assange’s “torture” and for his release.

                Ildefonso Ortiz is an award-winning journalist with Breitbart Texas. He co-founded Breitbart Texas’ Cartel Chronicles project with Brandon Darby and senior Breitbart management. You can follow him on Twitter and on Facebook. He can be contacted at
                """);
        assertTrue(posts(annotation).isEmpty());
        assertTrue(annotation.spans().stream().noneMatch(s -> s.type() == SpanType.POST));
    }

    @Test
    void proseMentioningSomeoneOnADateIsNoPost() {
        // Twitter's blog, "Permanent suspension of @realDonaldTrump" (January 8, 2021), as quoted on iidb.org
        Annotation annotation = Annotators.annotate("""
                On January 8, 2021, President Donald J. Trump tweeted:
                “The 75,000,000 great American Patriots who voted for me, AMERICA FIRST, and MAKE AMERICA GREAT AGAIN, will have a GIANT VOICE long into the future. They will not be disrespected or treated unfairly in any way, shape or form!!!”
                Shortly thereafter, the President tweeted:
                “To all of those who have asked, I will not be going to the Inauguration on January 20th.”
                After assessing the language in these Tweets against our Glorification of Violence policy, we have determined that these Tweets are in violation of the Glorification of Violence Policy and the user @realDonaldTrump should be immediately permanently suspended from the service.
                """);
        assertTrue(posts(annotation).isEmpty());
        assertTrue(annotation.spans().stream().allMatch(s -> s.type() == SpanType.PARAGRAPH));
    }

    @Test
    void aPostWithoutWordsHasNoLanguage() {
        Quote video = posts(annotate("netnewsledger-trump-inauguration.txt")).get(2);
        assertNull(video.language().language());
    }
}
