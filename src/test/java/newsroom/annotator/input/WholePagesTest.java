package newsroom.annotator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * Whole pages, where the article sits among the site's chrome: each test is a kind of miss seen on real
 * pages, on that page's markup cut down to the few elements that matter (the source in a comment), and
 * checked end to end through the annotator.
 */
class WholePagesTest {

    private final Annotator annotator = Annotators.shared();

    private Annotation annotate(String page) {
        return annotator.annotate(annotator.html().read("page", page));
    }

    private static SpanType typeOf(Annotation annotation, String opening) {
        for (Span span : annotation.spans()) {
            if (annotation.text().startsWith(opening, span.start())) {
                return span.type();
            }
        }
        throw new AssertionError("no span opens with '" + opening + "' in " + annotation.text());
    }

    /** The text of the paragraph spans: the article's own prose. */
    private static String prose(Annotation annotation) {
        StringBuilder prose = new StringBuilder();
        for (Span span : annotation.spans()) {
            if (span.type() == SpanType.PARAGRAPH) {
                prose.append(annotation.text(), span.start(), span.end()).append('\n');
            }
        }
        return prose.toString();
    }

    private static List<String> quotations(Annotation annotation) {
        return annotation.quotes().stream().filter(q -> q.kind() != QuoteKind.POST).map(Quote::text).toList();
    }

    // mensagensreflexao.com.br, "Só quem se Ama…" (article-extraction benchmark, b3c19dd5): the story's
    // article, its breadcrumb trail, and the "Você pode gostar..." (you may like) box of other posts after it
    private static final String RELATED_POSTS = """
            <html><head><meta property="og:title" content="Só quem se Ama…"></head><body><div id="primary">
            <article class="fundo articlebox post hentry"><h1 class="entry-title" itemprop="headline"> Só quem se Ama…</h1>
            <p class="brand" id="breadcrumbs"><span><span><a href="/">Mensagens</a> » <span><a href="/autoestima">Mensagens de Autoestima</a> » <strong class="breadcrumb_last">Só quem se Ama…</strong></span></span></span></p>
            <p>Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida. Gostar é sentir com a alma, mas expressar os sentimentos depende das idéias de cada um. Condicionamos o amor às nossas necessidades neuróticas e acabamos com ele. Vivemos uma vida tentando fazer com que os outros se responsabilizem pelas nossas necessidades enquanto nós nos abandonamos irresponsavelmente. Cada um é o único responsável pelas suas próprias necessidades.</p>
            </article>
            <article class="fundo postbox post hentry"><h3 class="relatedpoststitle">Você pode gostar...</h3>
            <article class="fundo postbox post hentry"><p>A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer. O pessimismo só faz engessar o sorriso e travar as articulações, não deixa ninguém sair do lugar.</p></article>
            <article class="fundo postbox post hentry"><p>“Bem-aventurados os que trilham caminhos retos e andam na lei do Senhor. Bem-aventurados os que guardam os seus preceitos e o buscam de todo o coração.”</p></article>
            <article class="fundo postbox post hentry"><p>O que une uma família é o amor, o carinho, o querer bem. Família unida é força, é certeza de apoio, compreensão e alegria.</p></article>
            </article></div></body></html>
            """;

    @Test
    void otherPostsUnderARelatedHeadingAreNoProseAndTheirQuotationsNotTheArticles() {
        Annotation annotation = annotate(RELATED_POSTS);
        assertEquals(SpanType.PARAGRAPH, typeOf(annotation, "Viver uma verdadeira experiência"));
        assertEquals(SpanType.TITLE, typeOf(annotation, "Só quem se Ama…"));
        for (String other : List.of("A vida requer", "“Bem-aventurados", "O que une uma família")) {
            assertFalse(prose(annotation).contains(other), other);
        }
        assertEquals(List.of(), quotations(annotation));
    }

    @Test
    void aBreadcrumbTrailInsideTheStorysBlockTypesOnlyItself() {
        // the same page with its trail as an inline element of the story's block, as themes print it: the
        // trail's class must not make the whole block chrome
        String page = RELATED_POSTS.replace("<p class=\"brand\" id=\"breadcrumbs\">", "<div class=\"entry\"><span class=\"breadcrumbs\">")
                .replace("</span></span></span></p>\n<p>Viver", "</span></span></span></span> Viver")
                .replace("próprias necessidades.</p>", "próprias necessidades.</div>");
        Article article = annotator.html().read("page", page);
        List<Hint> boxes = article.hints().stream().filter(h -> h.kind() == Hint.Kind.BOILERPLATE).toList();
        assertTrue(boxes.stream().anyMatch(h -> article.text().substring(h.start(), h.end()).startsWith("Mensagens »")), boxes.toString());
        assertTrue(boxes.stream().noneMatch(h -> article.text().substring(h.start(), h.end()).contains("Viver")), boxes.toString());
    }

    // vox.com, "The law that’s helping fuel Delhi’s deadly air pollution" (13 Nov 2019; article-extraction
    // benchmark, 16c30add): the hero (headline, standfirst in "c-entry-summary p-dek", byline) and the
    // article's first paragraphs; the hero set before the article element, as pages whose <article> holds
    // only the story's body have it
    private static final String STANDFIRST_OUTSIDE = """
            <html><head><meta property="og:title" content="The law that’s helping fuel Delhi’s deadly air pollution"></head>
            <body><main id="content" class="l-wrapper"><div class="c-entry-hero c-entry-hero--default">
            <div class="c-entry-hero__header-wrap"><h1 class="c-page-title">The law that’s helping fuel Delhi’s deadly air pollution</h1></div>
            <p class="c-entry-summary p-dek">A policy to conserve water led to the rise of a major source of air pollution, making breathing Delhi’s air as bad as smoking 50 cigarettes. </p>
            <div class="c-byline"><span class="c-byline-wrapper"> By <span class="c-byline__item"><a href="https://www.vox.com/authors/umair-irfan"><span class="c-byline__author-name">Umair Irfan</span></a></span></span></div></div>
            <article class="l-segment l-main-content"><div class="c-entry-content">
            <p>Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week, with forecasters warning that air pollution is likely to reach <a href="https://www.livemint.com/">“severe” or “emergency”</a> levels on Wednesday. The dangerous, dirty air is arising from a mix of weather conditions, urban emissions, and rural smoke converging over India’s capital region.</p>
            <p>It’s the latest wave of severe air pollution in recent weeks. Delhi’s Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city as a “gas chamber.”</p>
            </div></article></main></body></html>
            """;

    @Test
    void theStandfirstOutsideTheArticleElementIsKeptAsACaption() {
        Annotation annotation = annotate(STANDFIRST_OUTSIDE);
        assertEquals(SpanType.TITLE, annotation.spans().get(0).type());
        assertEquals(SpanType.CAPTION, typeOf(annotation, "A policy to conserve water"));
        assertEquals(SpanType.BYLINE, typeOf(annotation, "By Umair Irfan"));
        assertEquals(SpanType.PARAGRAPH, typeOf(annotation, "Another cloud of choking smoke"));
    }

    @Test
    void standfirstClassesMakeACaptionNotAParagraph() {
        for (String standfirst : List.of("excerpt", "dek", "standfirst", "article-summary", "lead")) {
            String page = STANDFIRST_OUTSIDE.replace("c-entry-summary p-dek", standfirst);
            assertEquals(SpanType.CAPTION, typeOf(annotate(page), "A policy to conserve water"), standfirst);
        }
    }

    // hosted.ap.org (The Berkshire Eagle), "Unpredictable Sondland faces questions about Trump, Ukraine"
    // (20 Nov 2019; article-extraction benchmark, 82b6d780): the headline an h2 under the story's date, the
    // site's logo in the page's only h1, the same title in og:title
    private static final String AP_STORY = """
            <html><head><meta property="twitter:title" content="Unpredictable Sondland faces questions about Trump, Ukraine">
            <meta property="og:title" content="Unpredictable Sondland faces questions about Trump, Ukraine"></head>
            <body><header role="banner" class="l-header"><ul class="title-area"><li class="name"><h1><a href="http://berkshireeagle.com"><img src="logo.png" alt="The Berkshire Eagle"></a></h1></li></ul></header>
            <main class="row l-main"><section class="block block-dfp billboard"><div id="dfp-ad-billboard-wrapper" class="dfp-tag-wrapper"></div></section></main>
            <main role="main" class="row l-main"><div class="ap-story small-12 medium-7 large-8 main columns">
            <div class="ap-story-timestamp">Nov. 20, 2019 5:52 AM EST</div>
            <h2 class="ap-story-headline">Unpredictable Sondland faces questions about Trump, Ukraine</h2>
            <div class="ap-story-byline"><div class="field field-name-field-byline-original">By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER</div><div class="field">Associated Press</div></div>
            <div class="ap-story-body"><p>WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the impeachment inquiry, is likely to be unpredictable when he faces questions about his evolving accounts of the Trump administration’s dealings with Ukraine and a newly revealed summertime phone call with President Donald Trump.</p>
            <p>The wealthy businessman and Trump donor will testify publicly Wednesday before the House Intelligence Committee, the first of nine witnesses this week.</p></div>
            </div></main></body></html>
            """;

    @Test
    void theHeadlineOnThePageIsTheTitleNotAMetadataCopyWrittenBeforeIt() {
        Annotation annotation = annotate(AP_STORY);
        List<Span> titles = annotation.spans().stream().filter(s -> s.type() == SpanType.TITLE).toList();
        assertEquals(1, titles.size(), annotation.text());
        assertTrue(annotation.text().startsWith("Unpredictable Sondland", titles.get(0).start()));
        assertEquals(1, annotation.text().split("Unpredictable Sondland faces questions", -1).length - 1,
                "the headline is written once, where the page shows it");
        assertEquals(SpanType.PARAGRAPH, typeOf(annotation, "WASHINGTON (AP) — Ambassador Gordon Sondland"));
    }

    // thespacereview.com, "Seeking a bigger role for a big rocket" (Jeff Foust, 18 Nov 2019;
    // article-extraction benchmark, c00962aa): a pull quote set in a table cell beside the paragraph it repeats
    private static final String PULL_QUOTE = """
            <html><head><title>The Space Review: Seeking a bigger role for a big rocket</title></head><body>
            <h1 class="headline">Seeking a bigger role for a big rocket</h1> <h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span></h3>
            <p> Earlier this month, NASA announced the newest milestone in the development of its long-awaited (and long-delayed) Space Launch System. At the Michoud Assembly Facility in New Orleans, workers completed installation of the four RS-25 engines into the rocket’s core stage.</p>
            <table width="40%" align="right" cellpadding="4"><tbody><tr><td class="pullquote">“If NASA focuses on the investment in the ongoing SLS with the EUS, Orion, and ground system developments, there is a better chance of making an earlier date,” Cooke said.</td></tr></tbody></table>
            <p> “SLS is not being used for what it was designed to do, other than carry Orion,” he continued. “If NASA focuses on the investment in the ongoing SLS with the EUS, Orion, and ground system developments, there is a better chance of making an earlier date.” He said a lunar landing could be achieved with two SLS missions, one carrying Orion and the other an integrated lander.</p>
            </body></html>
            """;

    @Test
    void aPullQuoteIsBoilerplateAndItsSentenceOnlyTheBodysQuotation() {
        Annotation annotation = annotate(PULL_QUOTE);
        assertEquals(SpanType.BOILERPLATE, typeOf(annotation, "“If NASA focuses"));
        List<String> quoted = quotations(annotation);
        assertEquals(1, quoted.stream().filter(q -> q.startsWith("If NASA focuses")).count(), quoted.toString());
    }

    @Test
    void aBareLinkToThePostRightBeforeItsEmbedIsNoSecondPost() {
        // retailandpayments.com, 19 Nov 2023 (embeds/twitter-redsys.html), with the tweet's address pasted as a
        // paragraph before its embed code, as WordPress leaves a link that it also embedded
        String page = HtmlReaderTest.resource("/embeds/twitter-redsys.html").replace("<blockquote class=\"twitter-tweet\">",
                "<p>https://twitter.com/Redsys_es/status/1725878829703446946</p>\n<blockquote class=\"twitter-tweet\">");
        Annotation annotation = annotate(page);
        assertEquals(1, annotation.quotes().stream().filter(q -> q.kind() == QuoteKind.POST).count());
        assertFalse(annotation.text().startsWith("https://", annotation.quotes().get(0).start()));
    }

    @Test
    void anInstagramEmbedsDateIsTheDateItShows() {
        // Instagram's embed code of 2019 (version 12) for the post in gold/bestfit-janelle-monae-instagram.txt:
        // "A post shared by Janelle Monáe (@janellemonae) on Jan 25, 2019 at 12:51am PST"
        String page = "<p>Janelle Monáe shared a new photo with her fans on Instagram this week.</p>"
                + "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com/p/BtDNxW6hZvi/?utm_source=ig_embed\" "
                + "data-instgrm-version=\"12\"><div style=\"padding:8px;\"><p style=\"margin:8px 0 0 0;\"><a href=\"https://www.instagram.com/p/BtDNxW6hZvi/\" "
                + "target=\"_blank\">A post shared by Janelle Monáe (@janellemonae)</a> on <time style=\"font-family:Arial\" "
                + "datetime=\"2019-01-25T08:51:02+00:00\">Jan 25, 2019 at 12:51am PST</time></p></div></blockquote>";
        Hint post = annotator.html().read("t", page).hints().stream().filter(h -> h.kind() == Hint.Kind.EMBED).findFirst().orElseThrow();
        assertEquals("2019-01-25", post.attribute("date"));
        String late = page.replace("2019-01-25T08:51:02+00:00", "2021-03-04T02:05:47+00:00").replace("Jan 25, 2019 at 12:51am PST", "Mar 3, 2021 at 6:05pm PST");
        Hint evening = annotator.html().read("t", late).hints().stream().filter(h -> h.kind() == Hint.Kind.EMBED).findFirst().orElseThrow();
        assertEquals("2021-03-03", evening.attribute("date"), "the date written, in the poster's time zone, not UTC's");
    }

    @Test
    void scriptsAndStylesDoNotCountTowardsTheLimitButThePagesTextDoes() {
        String script = "<script>" + "var tracking = 1;".repeat(4000) + "</script>";
        HtmlReader small = new HtmlReader(Dictionaries.load(Optional.empty()), SizeLimit.text(2000));
        Article article = small.read("t", "<html><head>" + script + "<style>" + "p{}".repeat(4000) + "</style></head><body>"
                + STANDFIRST_OUTSIDE.substring(STANDFIRST_OUTSIDE.indexOf("<main")));
        assertTrue(article.text().contains("Another cloud of choking smoke"));
        String longer = STANDFIRST_OUTSIDE.replace("</div></article>", "<p>" + "More smoke is coming. ".repeat(100) + "</p></div></article>");
        BadInputException tooLarge = assertThrows(BadInputException.class, () -> small.read("t", longer));
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.getMessage().contains("text extracted from the page"), tooLarge.getMessage());
    }
}
