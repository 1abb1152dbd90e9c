package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.covered;
import static newsroom.annotator.posts.Articles.posts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Entity;
import newsroom.annotator.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Each platform's embed as its English and its Spanish widget leave it once the page's HTML became text.
 * Every fixture is a real embed; its source is in the comment above it.
 */
class PlatformSignaturesTest {

    private static Quote onlyPost(Annotation annotation) {
        List<Quote> posts = posts(annotation);
        assertEquals(1, posts.size(), "posts: " + posts);
        return posts.get(0);
    }

    private static List<String> values(List<Entity> entities) {
        return entities.stream().map(Entity::value).toList();
    }

    @Test
    void twitterSignatureInEnglish() {
        // Undistraction/gatsby-starter-skeleton, demo/content/articles/twitter/index.md (Twitter's embed code)
        Annotation annotation = Annotators.annotate("""
                Brexit talks in chaos, pay falling and more people in poverty. Wouldn't it be better if the @Conservatives just got out of the way? #PMQs pic.twitter.com/TZvVN8ITkX
                — Jeremy Corbyn (@jeremycorbyn) December 6, 2017
                """);
        Quote post = onlyPost(annotation);
        assertEquals("twitter", post.platform());
        assertEquals("Jeremy Corbyn", post.attribution().name());
        assertEquals("jeremycorbyn", post.attribution().handle());
        assertEquals(LocalDate.of(2017, 12, 6), post.attribution().date());
        assertEquals(List.of("Conservatives"), values(post.entities().mentions()));
        assertEquals(List.of("PMQs"), values(post.entities().hashtags()));
        assertEquals("en", post.language().language());
    }

    @Test
    void twitterSignatureWithAnUndecodedMdashAndTheDateOnTheNextLine() {
        // DomanicBlaze040604/finalfrontenddominica, TWITTER-BLOCKQUOTE-METHOD.md: the embed code's text with
        // its tags stripped and its entities left as they are
        Annotation annotation = Annotators.annotate("""
                Chaotic visuals from Newark Liberty International Airport... pic.twitter.com/yqYGwNFDy1
                &mdash; FL360aero (@fl360aero)
                November 9, 2025
                """);
        Quote post = onlyPost(annotation);
        assertEquals("fl360aero", post.attribution().handle());
        assertEquals(LocalDate.of(2025, 11, 9), post.attribution().date());
        assertTrue(covered(annotation, post).endsWith("November 9, 2025"));
        assertEquals("Chaotic visuals from Newark Liberty International Airport... pic.twitter.com/yqYGwNFDy1", post.text());
    }

    @Test
    void twitterSignatureWithAParenthesisInTheDisplayName() {
        // mmore500/mmore500.github.io, _posts/2019-11-17-twitter-bestiary.md
        Annotation annotation = Annotators.annotate("""
                Intern #1: Just mash all the keys on the keyboard and tweet it, they'll love it— (not champs) Dragon (@dragonsjet) November 28, 2018
                """);
        Quote post = onlyPost(annotation);
        assertEquals("(not champs) Dragon", post.attribution().name());
        assertEquals("dragonsjet", post.attribution().handle());
    }

    @Test
    void twitterSignatureWithAHyphenForADash() {
        // ayushnix/microblog, content/2022-05-16-html-twitter-mastodon-posts.md, as its exporter writes it
        Annotation annotation = Annotators.annotate("""
                Work-in-progress book on Linux kernel internals by 0xAX github.com/0xAX/linux-insides/blob/master/SUMMARY.md #linux #kernel #linuxkernel
                - BayLibre (@baylibre) May 16, 2022
                """);
        Quote post = onlyPost(annotation);
        assertEquals("BayLibre", post.attribution().name());
        assertEquals("baylibre", post.attribution().handle());
        assertEquals(LocalDate.of(2022, 5, 16), post.attribution().date());
        assertEquals(List.of("linux", "kernel", "linuxkernel"), values(post.entities().hashtags()));
    }

    @Test
    void twitterSignatureInSpanish() {
        // https://twitter.com/Tesla/status/1345377367947005955 embedded with data-lang="es" (a Laravel view of a
        // Mexican tech-news site on GitHub):
        // <p lang="en">…</p>&mdash; Tesla (@Tesla) <a href="https://twitter.com/Tesla/status/1345377367947005955">2 de enero de 2021</a>
        Annotation annotation = Annotators.annotate("""
                In 2020, we produced and delivered half a million cars. Huge thanks to all those who made this possible.https://t.co/q43vz6RMhd
                — Tesla (@Tesla) 2 de enero de 2021
                """);
        Quote post = onlyPost(annotation);
        assertEquals("Tesla", post.attribution().handle());
        assertEquals("2 de enero de 2021", post.attribution().dateText());
        assertEquals(LocalDate.of(2021, 1, 2), post.attribution().date());
        assertEquals(List.of("https://t.co/q43vz6RMhd"), values(post.entities().urls()));
    }

    @Test
    void twitterSignatureWithTheStatusAddressAfterTheDate() {
        // the same embed as an exporter that keeps links writes it: the date's link after the date
        Annotation annotation = Annotators.annotate("""
                In 2020, we produced and delivered half a million cars. Huge thanks to all those who made this possible.https://t.co/q43vz6RMhd
                — Tesla (@Tesla) 2 de enero de 2021 (https://twitter.com/Tesla/status/1345377367947005955)
                """);
        Quote post = onlyPost(annotation);
        assertEquals("https://twitter.com/Tesla/status/1345377367947005955", post.attribution().url());
        assertTrue(covered(annotation, post).endsWith("1345377367947005955)"));
    }

    @Test
    void blueskySignatureOverFourParagraphs() {
        // the Bluesky embed closing https://bagrounds.org/ai-blog/2026-03-31-4-broken-links-and-blind-posting,
        // under the page's heading "🦋 Bluesky"
        Annotation annotation = Annotators.annotate("""
                🦋 Bluesky

                2026-03-31 | 🔗 Broken Links and Blind Posting 🚫

                #AI Q: 🔗 Ever caught yourself sharing a broken link?

                🐛 Bug Fixes | 🔗 Link Validation | 🤖 Code Porting | 📚 System Resilience
                https://bagrounds.org/ai-blog/2026-03-31-4-broken-links-and-blind-posting— Bryan Grounds (@bagrounds.bsky.social) 2026-04-01T03:14:06.000Z
                """);
        Quote post = onlyPost(annotation);
        assertEquals("bluesky", post.platform());
        assertEquals("bagrounds.bsky.social", post.attribution().handle());
        assertEquals(LocalDate.of(2026, 4, 1), post.attribution().date());
        assertTrue(post.text().startsWith("2026-03-31 | 🔗 Broken Links"), "the heading above is the page's: " + post.text());
        assertEquals(List.of("AI"), values(post.entities().hashtags()));
    }

    @Test
    void instagramSignatureInEnglishOverThreeParagraphs() {
        // guardian/dotcom-rendering embed fixture: https://www.instagram.com/p/BwwONCplEyj/ (British Vogue)
        Annotation annotation = Annotators.annotate("""
                View this post on Instagram

                Congratulations to newlyweds #IdrisElba and #SabrinaDhowre who exchanged vows in Morocco on April 26 2019. Celebrations were spread over three days in Marrakech. See more in the world exclusive in the July 2019 issue of #BritishVogue. Photographed by @SeanThomas_Photo.

                A post shared by British Vogue (@britishvogue) on Apr 27, 2019 at 2:10am PDT
                """);
        Quote post = onlyPost(annotation);
        assertEquals("instagram", post.platform());
        assertEquals(0, post.start(), "the chrome opens the embed");
        assertTrue(post.text().startsWith("Congratulations to newlyweds"));
        assertTrue(post.text().endsWith("@SeanThomas_Photo."));
        assertEquals("British Vogue", post.attribution().name());
        assertEquals("britishvogue", post.attribution().handle());
        assertEquals("Apr 27, 2019 at 2:10am PDT", post.attribution().dateText());
        assertEquals(LocalDate.of(2019, 4, 27), post.attribution().date());
        assertEquals(List.of("IdrisElba", "SabrinaDhowre", "BritishVogue"), values(post.entities().hashtags()));
        assertEquals(3, Articles.spansOf(annotation, post).size());
    }

    @Test
    void instagramEmbedWithoutCaption() {
        // a component test on GitHub: Instagram's current embed code for https://www.instagram.com/p/DKZFL6pIVwo/
        Annotation annotation = Annotators.annotate("""
                View this post on Instagram
                A post shared by Max Verstappen (@maxverstappen1)
                """);
        Quote post = onlyPost(annotation);
        assertEquals("", post.text());
        assertEquals("maxverstappen1", post.attribution().handle());
        assertNull(post.attribution().date());
    }

    @Test
    void instagramSignatureInSpanish() {
        // a site on GitHub with Instagram's embed code, widget in Spanish, for https://www.instagram.com/p/CI8ee4BgDcw/
        Annotation annotation = Annotators.annotate("""
                Ver esta publicación en Instagram
                Una publicación compartida por midudev | Programador frontend (@midu.dev)
                """);
        Quote post = onlyPost(annotation);
        assertEquals("instagram", post.platform());
        assertEquals("midudev | Programador frontend", post.attribution().name());
        assertEquals("midu.dev", post.attribution().handle());
    }

    @Test
    void instagramPhotoPostedByWhoseDateThePageLostInASpanishArticle() {
        // biobiochile.cl, "Selena Gomez se coronó como la celebridad más popular en Instagram en 2016"
        // (December 2016): Instagram's embeds before 2017, their <time> lost with the page's markup
        Annotation annotation = Annotators.annotate("""
                La foto más apreciada por sus fans, con 5,9 millones de “Me gusta”, es una imagen en la que posa junto a una botella de Coca-Cola, lo que se terminó convirtiendo en una publicidad.

                when your lyrics are on the bottle 😛 #ad

                A photo posted by Selena Gomez (@selenagomez) on

                A fines de noviembre, durante los American Music Awards, la reina de Instagram se dirigió a sus fans y habló sobre la red social.
                """);
        Quote post = onlyPost(annotation);
        assertEquals("instagram", post.platform());
        assertEquals("when your lyrics are on the bottle 😛 #ad", post.text());
        assertTrue(covered(annotation, post).endsWith("A photo posted by Selena Gomez (@selenagomez) on"));
        assertEquals("Selena Gomez", post.attribution().name());
        assertEquals("selenagomez", post.attribution().handle());
        assertNull(post.attribution().date());
        assertEquals(List.of("ad"), values(post.entities().hashtags()));
        assertEquals("en", post.language().language());
    }

    @Test
    void instagramVideoPostedByWithItsDate() {
        // olliephillips/slippytrumpet.io, content/posts/a-little-bit-of-web-bluetooth.md: the embed code of 2017
        Annotation annotation = Annotators.annotate("""
                Are you pucker?
                A video posted by Ollie (@slippytrumpet) on Feb 9, 2017 at 9:44am PST
                """);
        Quote post = onlyPost(annotation);
        assertEquals("Are you pucker?", post.text());
        assertEquals("slippytrumpet", post.attribution().handle());
        assertEquals(LocalDate.of(2017, 2, 9), post.attribution().date());
        assertEquals("Feb 9, 2017 at 9:44am PST", post.attribution().dateText());
    }

    @Test
    void instagramFotoPublicadaPorInSpanishWithItsDate() {
        // Analog Senses' style reference guide (a public repository's copy): Instagram's Spanish embed of 2016
        Annotation annotation = Annotators.annotate("""
                Una foto publicada por Álvaro Serrano (@analogsenses) el 17 de Ene de 2016 a la(s) 9:51 PST
                """);
        Quote post = onlyPost(annotation);
        assertEquals("instagram", post.platform());
        assertEquals("Álvaro Serrano", post.attribution().name());
        assertEquals(LocalDate.of(2016, 1, 17), post.attribution().date());
    }

    @Test
    void olderSpanishInstagramSignatureAfterTheArticlesOwnWords() {
        // a Catholic news site's database dump on GitHub (Fray Nelson, June 2019): the caption did not
        // reach the page; the paragraph above names the author and is the article's
        Annotation annotation = Annotators.annotate("""
                El sacerdote dominico Nelson Medina, conocido como Fray Nelson, se encuentra en un hospital de Colombia donde viene recibiendo chequeos médicos de cierto cuidado, y por ello, ha pedido oraciones a todos sus amigos y seguidores.

                Una publicación compartida de Nelson Medina (@fraynelson) el 1 Jun, 2019 a las 7:36 PDT:
                ”Amigos, les comparto que me encuentro en unos chequeos médicos de cierto cuidado y trascendencia”, comentó Fray Nelson a través de su cuenta de Instagram el 1 de junio.
                """);
        Quote post = onlyPost(annotation);
        assertEquals("", post.text());
        assertEquals("Nelson Medina", post.attribution().name());
        assertEquals("fraynelson", post.attribution().handle());
        assertEquals(LocalDate.of(2019, 6, 1), post.attribution().date());
        assertEquals("1 Jun, 2019 a las 7:36 PDT", post.attribution().dateText());
    }

    @Test
    void facebookSignatureInEnglish() {
        // a site on GitHub with Facebook's embed fallback for https://www.facebook.com/GeonbaeFrankston/posts/1193041057467623
        Annotation annotation = Annotators.annotate("""
                We are so fortunate to be located in a city that supports small business with these sorts of initiatives. Thank you Frankston City Council!
                Posted by Geonbae on Monday, March 27, 2017
                """);
        Quote post = onlyPost(annotation);
        assertEquals("facebook", post.platform());
        assertEquals("Geonbae", post.attribution().name());
        assertNull(post.attribution().handle());
        assertEquals(LocalDate.of(2017, 3, 27), post.attribution().date());
        assertTrue(post.text().startsWith("We are so fortunate"));
    }

    @Test
    void facebookSignatureInSpanish() {
        // a Laravel view on GitHub with Facebook's embed fallback for https://www.facebook.com/XatakaMexico/posts/3827535830645310
        Annotation annotation = Annotators.annotate("""
                💸 Y todavía alcanzan a llegar antes del día de los Reyes Magos. 👑🎁
                Publicado por Xataka México en Jueves, 31 de diciembre de 2020
                """);
        Quote post = onlyPost(annotation);
        assertEquals("facebook", post.platform());
        assertEquals("Xataka México", post.attribution().name());
        assertEquals(LocalDate.of(2020, 12, 31), post.attribution().date());
        assertEquals("💸 Y todavía alcanzan a llegar antes del día de los Reyes Magos. 👑🎁", post.text());
        assertEquals("es", post.language().language());
    }

    @Test
    void tiktokEmbedInEnglish() {
        // an amCharts map on GitHub with TikTok's embed code for https://www.tiktok.com/@4themessential/video/6929876641837632774
        Annotation annotation = Annotators.annotate("""
                @4themessential
                Got the cool opportunity to help a Colombian orphanage out! #4themessential
                ♬ So Fine - Trees and Lucy
                """);
        Quote post = onlyPost(annotation);
        assertEquals("tiktok", post.platform());
        assertEquals("4themessential", post.attribution().handle());
        assertEquals("Got the cool opportunity to help a Colombian orphanage out! #4themessential", post.text());
        assertEquals(List.of("4themessential"), values(post.entities().hashtags()));
        assertTrue(post.entities().mentions().isEmpty(), "the author's handle is chrome, not a mention");
    }

    @Test
    void tiktokEmbedInSpanish() {
        // a PHP view on GitHub with TikTok's embed code for @emirabdulgani
        Annotation annotation = Annotators.annotate("""
                @emirabdulgani
                Les
                ♬ sonido original - Emir Abdul Gani
                """);
        Quote post = onlyPost(annotation);
        assertEquals("emirabdulgani", post.attribution().handle());
        assertEquals("Emir Abdul Gani", post.attribution().name());
        assertEquals("Les", post.text());
    }

    @Test
    void threadsEmbedShowsOnlyItsChrome() {
        // a blog post on GitHub about a stolen iPhone, with Threads' embed code for
        // https://www.threads.com/@robot.taylor/post/Db99uRjGwe1 between two paragraphs
        Annotation annotation = Annotators.annotate("""
                Then RoboMobo appeared in Hong Kong.

                View on Threads

                RoboMobo checks in from Kwun Tong, Hong Kong. I did not authorize this change of venue.
                """);
        Quote post = onlyPost(annotation);
        assertEquals("threads", post.platform());
        assertEquals("View on Threads", covered(annotation, post));
        assertNull(post.attribution());
    }

    @Test
    void mastodonEmbedNamesItsAuthor() {
        // Mastodon's embed code (mastodon/mastodon, app/serializers/oembed_serializer.rb) as a Quarto blog on
        // GitHub carries it
        Annotation annotation = Annotators.annotate("""
                Post by @sellorm@mastodon.social
                View on Mastodon

                This one hit home for a variety of reasons.
                """);
        Quote post = onlyPost(annotation);
        assertEquals("mastodon", post.platform());
        assertEquals("sellorm@mastodon.social", post.attribution().handle());
        assertEquals("", post.text());
    }

    @Test
    void youtubeAndTelegramEmbedsLeaveTheirAddressOnly() {
        // YouTube's and Telegram's embeds are an iframe and a script: a page's text keeps the address
        // at most. Addresses from an embed test list of a Mexican car maker's site and a Telegram
        // widget (data-telegram-post="what_anton_reads/4") on GitHub.
        Annotation annotation = Annotators.annotate("""
                https://www.youtube.com/watch?v=3N4hD86RjeM

                https://t.me/what_anton_reads/4
                """);
        List<Quote> posts = posts(annotation);
        assertEquals(2, posts.size());
        assertEquals("youtube", posts.get(0).platform());
        assertEquals("https://www.youtube.com/watch?v=3N4hD86RjeM", posts.get(0).attribution().url());
        assertEquals("telegram", posts.get(1).platform());
        assertEquals("what_anton_reads", posts.get(1).attribution().handle());
    }
}
