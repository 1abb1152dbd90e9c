package newsroom.annotator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void dateHeaderLineIsThePublicationDateAndGetsNoSpan() {
        String text = "date 2021-01-04\nMexican President offers asylum.\n";
        Annotation annotation = Annotators.annotate(text);
        assertEquals(LocalDate.of(2021, 1, 4), annotation.date());
        assertEquals(1, annotation.spans().size());
        assertEquals("Mexican President offers asylum.",
                text.substring(annotation.spans().get(0).start(), annotation.spans().get(0).end()));
    }

    @Test
    void dateHeaderGluedToTheFirstParagraphIsReadToo() {
        // how ../shared/examples/breitbart-asylum-tweets.txt arrives from its scraper
        Article article = reader.read("a", " date 2021-01-04 Mexican President Andres Manuel Lopez Obrador spoke.");
        assertEquals(LocalDate.of(2021, 1, 4), article.date());
        assertEquals(" Mexican President", article.text().substring(article.bodyStart(), article.bodyStart() + 18));
    }

    @Test
    void monthOnlyHeaderIsAHeaderWithNoDate() {
        // Publimetro México, 22 January 2017 (src/test/resources/gold/publimetro-trump-protestas.txt), as scraped
        String text = " date 2017-01 El presidente de Estados Unidos, Donald Trump, cuestionó el voto de las personas que "
                + "protestaron este fin de semana contra él.";
        Annotation annotation = Annotators.annotate(text);
        assertNull(annotation.date());
        assertEquals("El presidente de Estados Unidos", text.substring(annotation.spans().get(0).start(),
                annotation.spans().get(0).start() + 31), "the header is no article text");
    }

    @Test
    void yearOnlyHeaderOnItsOwnLineIsAHeaderWithNoDate() {
        // Mundo Hispánico, May 2020 (src/test/resources/gold/mundohispanico-trump-numeros.txt), its header cut to the year
        Article article = reader.read("a", "date 2020\nEl presidente Donald trump celebró este lunes los números de coronavirus.");
        assertNull(article.date());
        assertEquals("\nEl presidente", article.text().substring(article.bodyStart(), article.bodyStart() + 14));
    }

    @Test
    void impossibleMonthInAMonthOnlyHeaderIsABadRequest() {
        assertEquals(400, assertThrows(BadInputException.class, () -> reader.read("a", "date 2020-13 Texto.")).status());
    }

    @Test
    void textWithoutHeaderHasNoDateAndStartsAtZero() {
        Article article = reader.read("a", "The date 2021-01-04 was a Monday.");
        assertNull(article.date());
        assertEquals(0, article.bodyStart());
    }

    @Test
    void impossibleHeaderDateIsABadRequest() {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read("a", "date 2021-13-45\nText."));
        assertEquals(400, e.status());
    }

    @Test
    void blankArticleIsABadRequest() {
        assertEquals(400, assertThrows(BadInputException.class, () -> reader.read("a", " \n\t ")).status());
    }
}
