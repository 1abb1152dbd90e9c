package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * Span types come before quotations, so a quoted headline in a "read also" prompt (site chrome) is not a
 * quotation of the article, while the article's own quotations are found.
 */
class ChromeQuotationsTest {

    /** eltelegrafo.com.ec (Shakira and Rosalía), then a related-story prompt with a real headline from maduradas.com. */
    private static final String ARTICLE = """
            "¡Rosi, qué lindas palabras! ¡Mi país y yo también te queremos mucho!", reposteó Shakira quien atraviesa difíciles momentos desde su separación de Piqué y los problemas legales que vive por un supuesto fraude fiscal.

            Te puede interesar: “Me rompe el alma dar esta noticia”: Karol G canceló sus próximos conciertos por “motivos de fuerza mayor”
            """;

    @Test
    void aQuotedHeadlineInAReadAlsoPromptIsNoQuotation() {
        Annotator annotator = Annotators.shared();
        Annotation annotation = annotator.annotate(annotator.plainText().read("chrome", ARTICLE));
        assertEquals(SpanType.BOILERPLATE, annotation.spans().get(1).type());
        List<String> quoted = annotation.quotes().stream().map(Quote::text).toList();
        assertEquals(List.of("¡Rosi, qué lindas palabras! ¡Mi país y yo también te queremos mucho!"), quoted);
    }
}
