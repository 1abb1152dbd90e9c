package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.covered;
import static newsroom.annotator.posts.Articles.posts;
import static newsroom.annotator.posts.Articles.spanStarting;
import static newsroom.annotator.posts.Articles.spansOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Entity;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * Where a post that the page broke over several paragraphs starts when its paragraphs are in the
 * article's own language and end with a full stop: after what announces it, or after the post before it
 * on a page that lays posts out back to back; never over the article's commentary. Real excerpts; the
 * whole articles are in {@code src/test/resources/gold/}.
 */
class PostBoundariesTest {

    private static List<Span> spansStarting(Annotation annotation, String opening) {
        return annotation.spans().stream().filter(s -> annotation.text().startsWith(opening, s.start())).toList();
    }

    @Test
    void brokenTweetInTheArticlesLanguageAfterItsAnnouncementIsOnePost() {
        // Olé, "Dani Alves en México: críticas y burlas" (ole.com.ar, July 2022)
        Annotation annotation = Annotators.annotate("""
                Con las pulsaciones, en Twitter hay todo tipo de interacciones por el desembarco del ex Barcelona a México: buenos comentarios y detractores criticando el fichaje. Esto último quedó reflejado en las publicaciones del periodista Álvaro Morales, quien se burló de la edad de Alves y levantó revuelo.

                Dani Alves, a sus 80 años, no le servirá para ganar el título.



                Sorry, cachuncitos. — Álvaro Morales (@AlvaritoMorales) July 22, 2022

                "Dani Alves, a sus 80 años, no le servirá para ganar el título. Sorry, cachuncitos", fue el primero de sus mensajes que generó polémica entre sus más de 500.000 seguidores.
                """);
        Quote post = posts(annotation).get(0);
        assertTrue(covered(annotation, post).startsWith("Dani Alves, a sus 80 años"), covered(annotation, post));
        assertEquals(2, spansOf(annotation, post).size());
        assertEquals("es", post.language().language());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Con las pulsaciones").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "\"Dani Alves, a sus 80 años").type());
    }

    @Test
    void aLineThatSignsOffWithAHandleIsThePostsFirstLine() {
        // KTSA, "Spokesperson teases major announcement from Florida Governor Ron DeSantis" (ktsa.com, August 2022): the
        // tweet's first line ends with the account it speaks of, as posts do and the article's sentences do not
        Annotation annotation = Annotators.annotate("""
                Replies to the tweet were mostly from people assuming DeSantis is going to announce he is running for President in 2024.
                Pushaw responded by saying the announcement is “official” and not about his campaign.
                The tweet did not indicate the exact time DeSantis will make his announcement.
                MAJOR announcement tomorrow morning from @GovRonDeSantis.
                Prepare for the liberal media meltdown of the year
                Everyone get some rest tonight 😉 🌚
                — Christina Pushaw 🐊 🇺🇸 (@ChristinaPushaw) August 4, 2022
                """);
        Quote post = posts(annotation).get(0);
        assertTrue(covered(annotation, post).startsWith("MAJOR announcement tomorrow morning"), covered(annotation, post));
        assertTrue(covered(annotation, post).endsWith("August 4, 2022"), covered(annotation, post));
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "The tweet did not indicate").type());
        assertEquals(List.of("GovRonDeSantis"), post.entities().mentions().stream().map(Entity::value).toList());
    }

    @Test
    void tweetOfThreeParagraphsInTheArticlesLanguageAfterProseThatQuotesItIsOnePost() {
        // Proceso, "Kenia López arremete contra Adán Augusto López por su tuit" (proceso.com.mx, May 2023)
        Annotation annotation = Annotators.annotate("""
                “Nueve ministros pasaron por encima de la voluntad democrática expresada por los representantes populares. No hay de otra: Plan C en las urnas”, tuiteó el lunes el secretario de Gobernación, después del fallo del máximo tribunal.

                El pueblo mexicano busca recuperar la confianza en sus instituciones, pero la @SCJN decidió seguir protegiendo intereses particulares.



                Nueve ministros pasaron por encima de la voluntad democrática expresada por los representantes populares.



                No hay de otra: Plan C en las urnas. — Adán Augusto López H (@adan_augusto) May 8, 2023

                Durante la sesión del martes de la Comisión Permanente del Congreso, Kenia López pidió hablar desde su escaño durante la intervención del senador Noé Castañón de Movimiento Ciudadano.
                """);
        Quote post = posts(annotation).get(0);
        assertTrue(covered(annotation, post).startsWith("El pueblo mexicano busca"), covered(annotation, post));
        assertEquals(3, spansOf(annotation, post).size());
        assertEquals(List.of("SCJN"), post.entities().mentions().stream().map(e -> e.value()).toList());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "“Nueve ministros").type());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Durante la sesión").type());
    }

    @Test
    void lineBetweenPostsLaidOutBackToBackIsTheNextPostsFirstLine() {
        // Yahoo Sports, "NBA Twitter reacts to OKC’s wild OT win over Golden State" (December 9, 2023): most
        // of its posts follow one another with nothing between them
        Annotation annotation = Annotators.annotate("""
                for a game that tickets went on sale a week ago…that was a beautiful atmosphere OKC
                — TF (@ThunderFocus) December 9, 2023
                Shai doesn’t show emotion like this often so I love this even more https://t.co/tCgQuDnJRZ
                — ⚡️ JM ⚡ (@WeAreOKC) December 9, 2023
                Draymond almost ruined Steph’s game winner last time in OKC, so he made sure to do it tonight LMAO
                — • (@30Burner_) December 9, 2023
                Tonight was special. We’ll find out Tuesday if OKC will have several more nights like these for the foreseeable future
                — Clemente Almanza (@CAlmanza1007) December 9, 2023
                Yessir!
                Warriors commit NBA Season High 29 Turnovers tonight vs OKC.
                — warriorsworld (@warriorsworld) December 9, 2023
                Draymond Green has fouled out.
                HUGE cheer from the OKC crowd.
                — Brandon Rahbar (@BrandonRahbar) December 9, 2023
                """);
        List<Quote> posts = posts(annotation);
        assertEquals(6, posts.size());
        assertTrue(covered(annotation, posts.get(4)).startsWith("Yessir!\nWarriors commit"));
        assertTrue(covered(annotation, posts.get(5)).startsWith("Draymond Green has fouled out.\nHUGE cheer"));
        assertEquals(SpanType.POST, spanStarting(annotation, "Yessir!").type());
        assertEquals("en", posts.get(5).language().language());
    }

    @Test
    void commentaryBetweenPostsStaysTheArticlesProse() {
        // Twitchy, "You spelled 'Obama’s 3rd term' wrong: David Plouffe says he’s glad Biden is President
        // tonight" (February 21, 2022): the site's short remarks between the replies it embeds
        Annotation annotation = Annotators.annotate("""
                Glad Joe Biden is President tonight. — David Plouffe (@davidplouffe) February 21, 2022

                And there’s a reason …

                Bc you're a moron — Dan 🇺🇸 (@danieltobin) February 21, 2022

                He spelled "Ron Klain" wrong https://t.co/FWvO8FUweR — Fusilli Spock (@awstar11) February 21, 2022

                Or Susan Rice.

                Or Valerie Jarrett.

                Or Obama himself.

                Being an absolute idiot isn’t a personality. https://t.co/g28DJ3WWVO — Super Nintendo Chalmers (@SmexyGhosty) February 21, 2022

                He can’t.

                So does Putin and Xi Jinping. https://t.co/AnnIZwoiR8 — Debbie Deplorable🇺🇸❤🇺🇸 (@dbglisson) February 21, 2022
                """);
        assertEquals(5, posts(annotation).size());
        for (String remark : List.of("And there’s a reason …", "Or Susan Rice.", "Or Obama himself.", "He can’t.")) {
            assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, remark).type(), remark);
        }
        assertTrue(covered(annotation, posts(annotation).get(1)).startsWith("Bc you're a moron"));
    }

    @Test
    void sitePromptBetweenAPostAndTheProseQuotingItStaysOutOfThePost() {
        // Patch, "Police Department Apologizes For Sharing Anti-George Floyd Post" (April 2021): the statement
        // quoted in prose is the Facebook post embedded below it, and the site's prompt, inserted twice in
        // the article, stands between the two
        Annotation annotation = Annotators.annotate("""
                "Chauvin immediately stood and calmly placed his hands behind his back," the deleted post read, according to The Herald News. "Imagine where we'd be if George had done the same."
                Find out what's happening in Across Massachusettsfor free with the latest updates from Patch.
                In its apology, the department said a police officer meant to share the post on their personal account and not the agency's, adding that the department remains committed to “toward transparency and building relationships” within the community.
                “It is with regret that the Fall River Police Department's Facebook page was accessed by personnel who inadvertently re-posted an opinion that was meant for their own personal account,” the department said. “The posting in no way represents the opinion of the Chief of Police or the Fall River Police Department.”
                Find out what's happening in Across Massachusettsfor free with the latest updates from Patch.
                It is with regret that the Fall River Police Department's Facebook page was accessed by personnel who inadvertently...
                Posted by City of Fall River Police Department on Wednesday, April 21, 2021
                """);
        Quote post = posts(annotation).get(0);
        assertEquals("facebook", post.platform());
        assertTrue(covered(annotation, post).startsWith("It is with regret that the Fall River Police Department's Facebook page"));
        // out of the post, the prompt is the site's chrome
        assertEquals(SpanType.BOILERPLATE, spansStarting(annotation, "Find out what's happening").get(1).type());
    }
}
