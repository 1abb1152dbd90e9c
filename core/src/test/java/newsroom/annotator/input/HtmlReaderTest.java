package newsroom.annotator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/** HTML pages and fragments into text and hints; the embeds are real embed codes, each naming its source. */
class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    static String resource(String path) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hint> hints(Article article, Hint.Kind kind) {
        return article.hints().stream().filter(h -> h.kind() == kind).toList();
    }

    private static Hint onlyEmbed(Article article) {
        List<Hint> embeds = hints(article, Hint.Kind.EMBED);
        assertEquals(1, embeds.size(), "embeds in " + article.text());
        return embeds.get(0);
    }

    private static String textOf(Article article, Hint hint) {
        return article.text().substring(hint.start(), hint.end());
    }

    @Test
    void tweetIsOneLineWithItsSignatureAndAHintWithLanguageLinkDateAndAuthor() {
        Article article = reader.read("t", resource("/embeds/twitter-redsys.html"));
        Hint tweet = onlyEmbed(article);
        assertEquals("Informamos que están solventadas las degradaciones de servicio de pagos de la última hora, "
                + "exclusivamente vinculadas a las líneas de comunicación interna. — Redsys (@Redsys_es) November 18, 2023",
                textOf(article, tweet));
        assertEquals(Map.of("platform", "twitter", "url", "https://twitter.com/Redsys_es/status/1725878829703446946",
                "lang", "es", "date", "2023-11-18", "name", "Redsys", "handle", "Redsys_es"), tweet.attributes());
        assertEquals(3, article.text().split("\n\n").length, "paragraph, tweet, paragraph");
        assertFalse(article.text().contains("widgets.js"));
    }

    @Test
    void lineBreaksInATweetStayLinesAndTwoOfThemMakeABlankLine() {
        Article article = reader.read("t", resource("/embeds/twitter-lines.html"));
        Hint tweet = onlyEmbed(article);
        assertEquals("CHAVALES este año se viene a TwF1 un super UPGRADE:\nUNA WEB SENCILLA para hacer LA PORRA DE LA CARRERA\n"
                + "Te registras con tu usuario de Twitter, metes resultados y ves la clasificación general de puntos\n\n"
                + "Pronto os diré más 👀👀👀\nSe agradece difusión para llegar a más gente 🙏 — Manu 😉 (@manueljerez7_) February 11, 2022",
                textOf(article, tweet));
        assertEquals("Manu 😉", tweet.attribute("name"));
        assertEquals("manueljerez7_", tweet.attribute("handle"));
        assertEquals("2022-02-11", tweet.attribute("date"));
    }

    @Test
    void instagramEmbedKeepsItsSharedByLineAndDropsThePlaceholder() {
        Article article = reader.read("t", resource("/embeds/instagram-manfred.html"));
        Hint post = onlyEmbed(article);
        assertEquals("Una publicación compartida de Manfred Reyes Villa (@manfred_oficial)", textOf(article, post));
        assertEquals(Map.of("platform", "instagram", "url", "https://www.instagram.com/reel/C4l4oqmr7Fp/",
                "name", "Manfred Reyes Villa", "handle", "manfred_oficial"), post.attributes());
        assertFalse(article.text().contains("Ver esta publicación"));
    }

    @Test
    void tiktokEmbedGivesItsCaptionHandleAndLink() {
        Article article = reader.read("t", resource("/embeds/tiktok-manfred.html"));
        Hint video = onlyEmbed(article);
        assertTrue(textOf(article, video).startsWith(
                "@manfredbolivia Llegamos a la Ciudad Blanca para invitar a nuestros hermanos chuquisaqueños a participar de la #FEXCO2024"),
                textOf(article, video));
        assertEquals(Map.of("platform", "tiktok", "url", "https://www.tiktok.com/@manfredbolivia/video/7349562902812085509",
                "handle", "manfredbolivia"), video.attributes());
    }

    @Test
    void blueskyEmbedGivesLanguageDateNameAndHandleWithDots() {
        Article article = reader.read("t", resource("/embeds/bluesky-emilyliu.html"));
        Hint post = onlyEmbed(article);
        assertTrue(textOf(article, post).endsWith(
                "reply below\n\n[image or embed] — Emily Liu (@emilyliu.me) November 25, 2024 at 12:58 AM"), textOf(article, post));
        assertEquals(Map.of("platform", "bluesky",
                "url", "https://bsky.app/profile/did:plc:vjug55kidv6sye7ykr5faxxn/post/3lbq7mxsiek2v",
                "lang", "en", "date", "2024-11-25", "name", "Emily Liu", "handle", "emilyliu.me"), post.attributes());
    }

    @Test
    void threadsEmbedWithoutThePostsWordsIsItsAuthorLine() {
        Article article = reader.read("t", resource("/embeds/threads-popey.html"));
        Hint post = onlyEmbed(article);
        assertEquals("Post by @popey", textOf(article, post));
        assertEquals(Map.of("platform", "threads", "url", "https://www.threads.net/@popey/post/C-GMXpGM4KR",
                "handle", "popey"), post.attributes());
        assertFalse(article.text().contains("View on Threads"));
    }

    @Test
    void youtubeIframeGetsItsAddressAsItsLineWhenItsTitleIsTheDefault() {
        Article article = reader.read("t", resource("/embeds/youtube-kubernetes.html"));
        Hint video = onlyEmbed(article);
        assertEquals("https://www.youtube.com/watch?v=1uFVr15xDGg", textOf(article, video));
        assertEquals(Map.of("platform", "youtube", "url", "https://www.youtube.com/watch?v=1uFVr15xDGg"), video.attributes());
        assertEquals("Videos\n\nhttps://www.youtube.com/watch?v=1uFVr15xDGg", article.text());
    }

    @Test
    void youtubeIframeWithARealTitleIsThatTitle() {
        Article article = reader.read("t", "<p>Durante mi investigación encontré este video.</p>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/m_3K_0vjUhk?start=10\" title=\"Delphi 1 on Windows 3.11\"></iframe>");
        Hint video = onlyEmbed(article);
        assertEquals("Delphi 1 on Windows 3.11", textOf(article, video));
        assertEquals("https://www.youtube.com/watch?v=m_3K_0vjUhk", video.attribute("url"));
    }

    @Test
    void facebookIframesGiveThePostsAddressDecoded() {
        Article article = reader.read("t", resource("/embeds/facebook-manfred.html"));
        List<Hint> embeds = hints(article, Hint.Kind.EMBED);
        assertEquals(2, embeds.size());
        assertEquals("https://www.facebook.com/ManfredReyesVillaOficial/videos/7256796947731652/", embeds.get(0).attribute("url"));
        assertEquals("facebook", embeds.get(0).attribute("platform"));
        assertEquals(embeds.get(0).attribute("url"), textOf(article, embeds.get(0)));
        assertTrue(embeds.get(1).attribute("url").startsWith("https://www.facebook.com/ManfredReyesVillaOficial/posts/pfbid0yiQ"));
    }

    @Test
    void facebookPluginMarkupGivesTheWordsTheAuthorAndTheDateInEitherLanguage() {
        Article article = reader.read("t", resource("/embeds/facebook-xfbml.html"));
        List<Hint> posts = hints(article, Hint.Kind.EMBED);
        assertEquals(2, posts.size());
        assertEquals(Map.of("platform", "facebook", "url", "https://www.facebook.com/colegiogoldameir/posts/3498133363610358",
                "name", "Colegio Golda Meir", "date", "2020-11-12"), posts.get(0).attributes());
        assertTrue(textOf(article, posts.get(0)).startsWith("Esta información es importante para usted."));
        assertEquals("Joseph Romm", posts.get(1).attribute("name"));
        assertEquals("2016-09-12", posts.get(1).attribute("date"));
        assertEquals("Humanity is on very thin ice.... Posted by Joseph Romm on\u00a0Monday, September 12, 2016",
                textOf(article, posts.get(1)));
    }

    @Test
    void mastodonIframeGetsTheTootsAddressAsItsLine() {
        // Alan Pope, "Windows 3.11 on QEMU 5.2.0" (popey.com, 6 Sep 2024): Mastodon's embed code
        Article article = reader.read("t", "<p>When I saw Thom's toot, I couldn't resist.</p><center>"
                + "<iframe src=\"https://mastodon.social/@popey/113079171241665414/embed\" class=\"mastodon-embed\" "
                + "style=\"max-width: 100%; border: 0\" width=\"540\" allowfullscreen=\"allowfullscreen\"></iframe>"
                + "<script src=\"https://mastodon.social/embed.js\" async=\"async\"></script></center>");
        Hint toot = onlyEmbed(article);
        assertEquals(Map.of("platform", "mastodon", "url", "https://mastodon.social/@popey/113079171241665414",
                "handle", "popey"), toot.attributes());
        assertEquals("https://mastodon.social/@popey/113079171241665414", textOf(article, toot));
    }

    @Test
    void realArticlePageGivesTitleDateAddressAndBlocksWithoutScriptsOrNavigation() {
        Article article = reader.read("redsys", resource("/articles/retailandpayments-redsys.html"));
        assertEquals("Cómo solucionar la caída de Redsys del 18", article.title());
        assertEquals(LocalDate.of(2023, 11, 19), article.date());
        assertEquals("https://retailandpayments.com/backups-caida-de-redsys-del-18-11/", article.url());
        assertTrue(article.text().startsWith("Cómo solucionar la caída de Redsys del 18\n\nLa caída de Redsys del 18 de noviembre"));
        assertEquals(List.of(new Hint(0, 41, Hint.Kind.TITLE, Map.of())), hints(article, Hint.Kind.TITLE));
        assertTrue(article.text().contains("\n\n\"En medio de la dificultad, reside la oportunidad.\"\nAlbert Einstein.\n\n"));
        assertTrue(article.text().contains("\n\nBanco Emisor\n\nPasarela de pago\n\n"));
        assertTrue(article.text().endsWith("gracias por tu tiempo."));
        for (String chrome : List.of("Inicio", "dataLayer", "Buy me a coffee", "buymeacoffee", "©", "Payments & Fintech")) {
            assertFalse(article.text().contains(chrome), chrome);
        }
        assertEquals("twitter", onlyEmbed(article).attribute("platform"));
    }

    @Test
    void realArticlePageIsTypedAsTitleAndParagraphs() {
        Article article = reader.read("redsys", resource("/articles/retailandpayments-redsys.html"));
        Annotation annotation = Annotators.shared().annotate(article);
        assertEquals(SpanType.TITLE, annotation.spans().get(0).type());
        Span last = annotation.spans().get(annotation.spans().size() - 1);
        assertEquals(SpanType.PARAGRAPH, last.type());
        assertEquals("es", annotation.language());
    }

    @Test
    void pageWithoutMetadataHasNoTitleNoDateAndStartsWithItsProse() {
        String paragraph = "La caída de Redsys provocó reacciones de todo tipo en redes sociales y en los principales medios de prensa del país.";
        Article article = reader.read("t", "<p>" + paragraph + "</p>");
        assertEquals(paragraph, article.text());
        assertNull(article.title());
        assertNull(article.date());
        assertNull(article.url());
        assertEquals(List.of(), article.hints());
    }

    @Test
    void ogTitleIsTheTitleWhenThePageHasNoHeadline() {
        Article article = reader.read("t", "<html><head><meta property=\"og:title\" content=\"López Obrador ofrece asilo político a Assange en México\">"
                + "</head><body><p>El presidente de México, Andrés Manuel López Obrador, ha anunciado que su Gobierno ofrecerá asilo político.</p></body></html>");
        assertEquals("López Obrador ofrece asilo político a Assange en México", article.title());
        assertTrue(article.text().startsWith("López Obrador ofrece asilo político a Assange en México\n\nEl presidente"));
        assertEquals(Hint.Kind.TITLE, article.hints().get(0).kind());
    }

    @Test
    void brokenMarkupStillGivesItsTextAndItsEmbed() {
        Article article = reader.read("t", "<div><p>La caída de Redsys, según nos comentan, tuvo que ver con <b>líneas de comunicación interna:"
                + "</div></span><blockquote class=\"twitter-tweet\"><p lang=\"es\">Informamos que están solventadas las degradaciones"
                + "<p>Siempre, siempre tiene que ver con problemas de comunicaciones");
        assertTrue(article.text().startsWith("La caída de Redsys, según nos comentan, tuvo que ver con líneas de comunicación interna:"));
        Hint tweet = onlyEmbed(article);
        assertEquals("es", tweet.attribute("lang"));
        assertNull(tweet.attribute("url"));
        assertNull(tweet.attribute("date"));
        assertTrue(textOf(article, tweet).startsWith("Informamos que están solventadas"));
    }

    @Test
    void scriptsStylesNavigationCommentsAndReaderCommentsAreDropped() {
        Article article = reader.read("t", "<html><head><style>p { color: red }</style></head><body>"
                + "<nav><ul><li>Portada</li><li>Nacional</li></ul></nav>"
                + "<script>document.write('<p>inyectado</p>')</script><noscript>Activa JavaScript</noscript>"
                + "<!-- publicidad -->"
                + "<p>El presidente @lopezobrador_ demanda que ya no sea torturado y sea liberado.</p>"
                + "<div id=\"comments\"><p>Comentario de un lector</p></div></body></html>");
        assertEquals("El presidente @lopezobrador_ demanda que ya no sea torturado y sea liberado.", article.text());
    }

    @Test
    void jsonLdDatePublishedIsThePublicationDateAndBrokenJsonLdIsNone() {
        String body = "<p>El presidente de México anunció que ofrecerá asilo político a Assange.</p>";
        Article dated = reader.read("t", "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
                + "[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-01-04T12:43:00-06:00\"}]}</script>" + body);
        assertEquals(LocalDate.of(2021, 1, 4), dated.date());
        Article broken = reader.read("t", "<script type=\"application/ld+json\">{\"datePublished\": \"2021-01-04\",</script>" + body);
        assertNull(broken.date());
        assertEquals("El presidente de México anunció que ofrecerá asilo político a Assange.", broken.text());
    }

    @Test
    void timeDatetimeIsThePublicationDateButAnEmbedsTimeIsNot() {
        Article article = reader.read("t", "<blockquote class=\"instagram-media\"><p>A post shared by Manfred (@manfred_oficial) on "
                + "<time datetime=\"2024-03-17T20:00:00+00:00\">Mar 17, 2024</time></p></blockquote>"
                + "<p><time datetime=\"2024-03-18\">18 de marzo</time> Visitamos Tarija para presentar la Feria.</p>");
        assertEquals(LocalDate.of(2024, 3, 18), article.date());
        assertEquals("2024-03-17", onlyEmbed(article).attribute("date"));
    }

    @Test
    void captionBylineAndBoxMarkupBecomeHintsThatTypeTheirSpans() {
        // ABC (Spain), 5 Jan 2021, in the markup a CMS gives such a page
        String page = "<article><h1>López Obrador ofrece asilo político a Assange en México</h1>"
                + "<figure><img src=\"assange.jpg\"><figcaption>Pancartas con el rostro del fundador de WikiLeaks, Julian Assange"
                + " <span class=\"credit\">Reuters</span></figcaption></figure>"
                + "<p class=\"byline\">Por <a rel=\"author\" href=\"/autor/ep\">EP</a></p>"
                + "<p>El presidente de México, Andrés Manuel López Obrador, ha anunciado que su Gobierno ofrecerá asilo político al fundador de Wikileaks, Julian Assange.</p>"
                + "<p>Para López Obrador, la decisión tomada este lunes por una jueza de Londres supone «protección» para Assange.</p>"
                + "<aside class=\"related-news\"><p>López Obrador: Assange es un periodista y merece una oportunidad</p></aside>"
                + "<p>Las autoridades norteamericanas le acusan de espionaje por la filtración de documentos confidenciales.</p></article>";
        Article article = reader.read("t", page);
        assertEquals("Pancartas con el rostro del fundador de WikiLeaks, Julian Assange Reuters",
                textOf(article, hints(article, Hint.Kind.CAPTION).get(0)));
        assertEquals("Por EP", textOf(article, hints(article, Hint.Kind.BYLINE).get(0)));
        assertEquals("López Obrador: Assange es un periodista y merece una oportunidad",
                textOf(article, hints(article, Hint.Kind.BOILERPLATE).get(0)));

        Annotation annotation = Annotators.shared().annotate(article);
        List<SpanType> types = annotation.spans().stream().map(Span::type).toList();
        assertEquals(List.of(SpanType.TITLE, SpanType.CAPTION, SpanType.BYLINE, SpanType.PARAGRAPH, SpanType.PARAGRAPH,
                SpanType.BOILERPLATE, SpanType.PARAGRAPH), types);
    }

    // Al Jazeera, 11 June 2026 (src/test/resources/gold/aljazeera-malawians-flee.html, an excerpt of the page)
    @Test
    void theHeadlineStandsWhereThePageSetsItAfterItsSectionLabelAndItsTeaserIsACaption() {
        Article article = reader.read("t", resource("/gold/aljazeera-malawians-flee.html"));
        assertTrue(article.text().startsWith("News|Migration\n\nMalawians and Nigerians flee South Africa amid xenophobic "
                + "threats\n\nNigeria repatriated 260 nationals on Thursday."), article.text());
        assertEquals("Malawians and Nigerians flee South Africa amid xenophobic threats",
                textOf(article, hints(article, Hint.Kind.TITLE).get(0)));
        assertEquals("Nigeria repatriated 260 nationals on Thursday. Ghana, Mozambique and Malawi have carried out "
                + "similar operations.", textOf(article, hints(article, Hint.Kind.CAPTION).get(0)));
        Annotation annotation = Annotators.shared().annotate(article);
        assertEquals(SpanType.BOILERPLATE, annotation.spans().get(0).type(), "the section label above the headline");
        assertEquals(SpanType.TITLE, annotation.spans().get(1).type());
    }

    @Test
    void textForScreenReadersOnlyIsDroppedAndAListOfLinksIsBoilerplate() {
        Article article = reader.read("t", resource("/gold/aljazeera-malawians-flee.html"));
        for (String unseen : List.of("list of 3 items", "list 1 of 3", "end of list", "Published On")) {
            assertFalse(article.text().contains(unseen), unseen);
        }
        String links = "Recommended Stories\n\nFearful foreign nationals in South Africa forced out of their homes\n\nWhy are "
                + "Nigeria-South Africa tensions rising amid xenophobic attacks?\n\nNigerian migrants flee South Africa "
                + "after spike in xenophobic protests";
        assertTrue(hints(article, Hint.Kind.BOILERPLATE).stream().anyMatch(h -> textOf(article, h).equals(links)),
                article.hints().toString());
    }

    @Test
    void proseWithLinksInItIsNoListOfLinks() {
        // Al Jazeera, 11 June 2026: three paragraphs of the article and their three links, in one block among others
        String others = "<p>For weeks, groups armed with sticks, whips and shields have marched through parts of South Africa "
                + "demanding that foreigners with no papers leave by June 30.</p><p>Sayiba John, 33, a Malawian who fled "
                + "Nazareth township with her husband and three children, told the AFP news agency her daughter, a Grade 2 "
                + "pupil, was forced to abandon her exams.</p><p>Ellen Mwamulima, a 45-year-old widow, mother of three and "
                + "former domestic worker in Mossel Bay in the Western Cape, fled a mob who nearly caught up with her and had "
                + "to hide out in the bush for two weeks.</p><p>About 150 additional migrants from Burundi, Ethiopia and "
                + "Zimbabwe are sheltering at a government office not far from the Durban park.</p>";
        Article article = reader.read("t", "<article>" + others + "<section><p>More than 3,000 Malawians, including hundreds of children, are staying "
                + "in an open field in South Africa’s port city of Durban, after fleeing escalating <a href=\"/a\">anti-immigrant "
                + "threats</a> and attacks.</p><p>The unrest is pushing thousands to seek an escape. <a href=\"/b\">Ghana</a>, "
                + "Mozambique and Malawi have carried out similar operations in recent weeks.</p><p>The violence has spread "
                + "well beyond KwaZulu-Natal. <a href=\"/c\">Five Mozambicans have been killed in Mossel Bay</a> and more than "
                + "150 Malawians were bussed out of the Western Cape province over the weekend.</p></section>" + others + "</article>");
        assertEquals(List.of(), hints(article, Hint.Kind.BOILERPLATE));
    }

    @Test
    void jsonRequestWithHtmlIsReadAsAPageAndItsOwnTitleWins() {
        Article article = Annotators.shared().requests().read("{\"id\": \"redsys\", \"title\": \"La caída de Redsys\", "
                + "\"html\": \"<form id=\\\"aspnetForm\\\"><h1>Cómo solucionar la caída de Redsys del 18</h1>"
                + "<p>La caída de Redsys del 18 de noviembre ha hecho mucho daño a muchos merchants.</p>"
                + "<p>Toda españa vieron paralizado su negocio al no poder aceptar pagos con tarjeta.</p></form>\"}");
        assertEquals("La caída de Redsys", article.title());
        assertTrue(article.text().startsWith("Cómo solucionar la caída de Redsys del 18\n\nLa caída de Redsys del 18"), article.text());
        assertEquals(Hint.Kind.TITLE, article.hints().get(0).kind());
    }

    @Test
    void emptyPageOrPageWithoutWordsIsBadInput() {
        assertEquals(400, assertThrows(BadInputException.class, () -> reader.read("t", "  ")).status());
        assertEquals(400, assertThrows(BadInputException.class,
                () -> reader.read("t", "<html><body><script>var a = 1;</script><img src=x></body></html>")).status());
    }
}
