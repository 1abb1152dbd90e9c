package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** The post-echo sieve on a real article: a quotation that repeats an embedded post's words is its author's. */
class PostEchoSieveTest {

    /**
     * https://www.perfil.com/noticias/politica/reacciones-tuit-cancilleria-felipe-sola-felicita-joe-biden-deberian-hacer-un-cursito-de-ingles.phtml (es): the
     * reporting clause's subject names nobody the annotator knows ("la cartera que dirige Felipe Solá"), but
     * the quotation repeats the ministry's tweet embedded under it.
     */
    @Test
    void aQuotationThatRepeatsAnEmbeddedPostIsItsAuthorsWhereItsClauseNamesNobody() {
        String text = "\"Felicitamos al pueblo de EE.UU, al presidente @JoeBiden y a la vicepresidenta @KamalaHarris. "
                + "Argentina desea fortalecer las relaciones y que se respete a los organismos multilaterales. Espera "
                + "también que no se apueste a la desunión de nuestras naciones como en la etapa anterior\", sostuvo la "
                + "cartera que dirige Felipe Solá en su cuenta de Twitter.\n\n"
                + "Felicitamos al pueblo de EE.UU, al presidente @JoeBiden y a la vicepresidenta @KamalaHarris.\n\n"
                + "Argentina desea fortalecer las relaciones y que se respete a los organismos multilaterales. Espera "
                + "también que no se apueste a la desunión de nuestras naciones como en la etapa anterior. — Cancillería "
                + "Argentina (@CancilleriaARG) January 20, 2021\n";
        Annotation annotation = Annotators.annotate(text);
        List<Quote> quotations = annotation.quotes().stream().filter(q -> q.kind() != QuoteKind.POST).toList();
        assertEquals(1, quotations.size());
        Quote quotation = quotations.get(0);
        assertEquals(1, quotation.start());
        assertEquals(text.indexOf("\", sostuvo"), quotation.end());
        assertNotNull(quotation.attribution());
        assertEquals("CancilleriaARG", quotation.attribution().handle());
        assertEquals("post-echo", quotation.attribution().rule());
        assertEquals("sostuvo", quotation.attribution().cue());
    }

    /**
     * https://iharare.com/saweetie-calls-out-her-record-label/ (en): the post's display name is an emoji alone, which
     * names nobody; the handle names its author.
     */
    @Test
    void aDisplayNameWithoutALetterGivesWayToTheHandle() {
        String text = "Saweetie who’s signed to Warner Records took to Twitter to share her disappointment. According to her, the label released the song against her wishes. When it hit streaming services she tweeted,\n\n"
                + "“I am extremely disappointed in my label WBR for prematurely releasing a single I was so excited about. I feel disrespected. I’m hands-on with ALL of my creative & had such a dope rollout for ‘best friends’. The thirst for clout & $ is real & it overrides the artists’ art.”\n\n"
                + "I am extremely disappointed in my label WBR for prematurely releasing a single I was so excited about. I feel disrespected. I’m hands on with ALL of my creative & had such a dope rollout for “best friends”. The thirst for clout & $ is real & it overrides the artists’ art. — ❄️ (@Saweetie) December 4, 2020\n";
        Annotation annotation = Annotators.annotate(text);
        Quote quotation = annotation.quotes().stream().filter(q -> q.kind() != QuoteKind.POST).findFirst().orElseThrow();
        assertTrue(quotation.text().startsWith("I am extremely disappointed"));
        assertEquals("Saweetie", quotation.attribution().name());
        assertEquals("Saweetie", quotation.attribution().handle());
        assertEquals("post-echo", quotation.attribution().rule());
    }
}
