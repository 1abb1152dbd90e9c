package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
}
