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
                + "quien se burló de la edad de Alves y levantó revuelo.", signature("Álvaro Morales", "AlvaritoMorales")));
    }

    @Test
    void paragraphThatQuotesTheAuthorReportsAStatementAndAnnouncesNothing() {
        // patch.com, April 2021
        String paragraph = "“It is with regret that the Fall River Police Department's Facebook page was accessed by personnel "
                + "who inadvertently re-posted an opinion that was meant for their own personal account,” the department said.";
        Mark page = new Mark(Platform.FACEBOOK, Mark.Role.SIGNATURE, 0, 1, "City of Fall River Police Department", null,
                null, null, null, null);
        assertTrue(MENTIONS.introduces(paragraph, page));
        assertFalse(MENTIONS.announces(paragraph, page));
        assertTrue(MENTIONS.speaksOf(paragraph, page));
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
