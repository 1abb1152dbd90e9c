package newsroom.annotator.posts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/** How prose speaks of a post it embeds, on real sentences (their articles are in src/test/resources/gold/). */
class PostMentionsTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.load(Optional.empty());
    private static final PostMentions MENTIONS = new PostMentions(
            DICTIONARIES.list(List.of("en", "es"), "post-lead-ins"),
            DICTIONARIES.list(List.of("en", "es"), "reporting-verbs"),
            KnownNames.fromTable(DICTIONARIES.table("handles.tsv")));

    private static Mark signature(String name, String handle) {
        return new Mark(Platform.TWITTER, Mark.Role.SIGNATURE, 0, 1, name, null, handle, null, null, null);
    }

    @Test
    void paragraphNamingTheAuthorInFullAnnouncesThePost() {
        // ole.com.ar, July 2022
        assertTrue(MENTIONS.announces("Esto último quedó reflejado en las publicaciones del periodista Álvaro Morales, "
                + "quien se burló de la edad de Alves y levantó revuelo.", signature("Álvaro Morales", "AlvaritoMorales"),
                "Dani Alves, a sus 80 años, no le servirá para ganar el título.\n\n\n\nSorry, cachuncitos."));
    }

    @Test
    void paragraphThatQuotesAStatementAnnouncesThePostOnlyWhenThePostIsThatStatement() {
        // patch.com, April 2021: the department's statement, quoted in prose and then embedded from Facebook
        Mark page = new Mark(Platform.FACEBOOK, Mark.Role.SIGNATURE, 0, 1, "City of Fall River Police Department", null,
                null, null, null, null);
        String post = "It is with regret that the Fall River Police Department's Facebook page was accessed by personnel who "
                + "inadvertently...\n";
        String statement = "“It is with regret that the Fall River Police Department's Facebook page was accessed by personnel "
                + "who inadvertently re-posted an opinion that was meant for their own personal account,” the department said.";
        String otherQuote = "\"Chauvin immediately stood and calmly placed his hands behind his back,\" the deleted post read, "
                + "according to The Herald News.";
        assertTrue(MENTIONS.introduces(statement, page));
        assertTrue(MENTIONS.announces(statement, page, post));
        assertFalse(MENTIONS.announces(otherQuote, page, post));
        assertTrue(MENTIONS.speaksOf(otherQuote, page));
    }

    @Test
    void paragraphQuotingThePostsWordsAnnouncesItThoughTheBreaksDiffer() {
        // proceso.com.mx, May 2023: the prose quotes two of the tweet's three paragraphs as one sentence
        Mark signature = signature("Adán Augusto López H", "adan_augusto");
        String paragraph = "“Nueve ministros pasaron por encima de la voluntad democrática expresada por los representantes "
                + "populares. No hay de otra: Plan C en las urnas”, tuiteó el lunes el secretario de Gobernación, después del "
                + "fallo del máximo tribunal.";
        assertTrue(MENTIONS.announces(paragraph, signature, "El pueblo mexicano busca recuperar la confianza en sus "
                + "instituciones, pero la @SCJN decidió seguir protegiendo intereses particulares.\n\n\n\nNueve ministros "
                + "pasaron por encima de la voluntad democrática expresada por los representantes populares.\n\n\n\nNo hay de "
                + "otra: Plan C en las urnas. "));
        assertFalse(MENTIONS.announces(paragraph, signature, "Durante la sesión del martes de la Comisión Permanente del "
                + "Congreso, Kenia López pidió hablar desde su escaño."));
    }

    @Test
    void paragraphNamingTheAuthorBySurnameSpeaksOfThePost() {
        // publimetro.co, November 2018
        assertTrue(MENTIONS.speaksOf("Sin embargo, esto no ha sido confirmado por Petro.", signature("Gustavo Petro", "petrogustavo")));
    }

    @Test
    void paragraphNamingTheAuthorByANameHandlesTsvKnowsSpeaksOfThePost() {
        // quehacerpolitico.mx, December 2020: the post is signed "Andrés Manuel", the prose says "López Obrador"
        assertTrue(MENTIONS.speaksOf("Desde un jardín en Palacio Nacional, al que bautizaron como Jardín Nezahualcóyotl, "
                + "López Obrador y su esposa Beatriz Gutiérrez Müller, sembraron un árbol ahuehuete en memoria de los "
                + "fallecidos por el coronavirus.", signature("Andrés Manuel", "lopezobrador_")));
    }

    @Test
    void accentsAndCaseDoNotHideTheAuthorsName() {
        // breitbart.com, January 2021: the prose drops the accents of the post's display name
        assertTrue(MENTIONS.introduces("AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to "
                + "Assange’s “torture” and for his release.", signature("Jesús Ramírez Cuevas", "JesusRCuevas")));
    }

    @Test
    void aPostsOwnLineDoesNotSpeakOfIt() {
        // sports.yahoo.com, December 2023
        assertFalse(MENTIONS.speaksOf("Draymond Green has fouled out.", signature("Brandon Rahbar", "BrandonRahbar")));
        assertFalse(MENTIONS.speaksOf("Yessir!", signature("warriorsworld", "warriorsworld")));
    }
}
