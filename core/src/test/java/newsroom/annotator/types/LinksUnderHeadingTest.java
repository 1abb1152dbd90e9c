package newsroom.annotator.types;

import static newsroom.annotator.types.TypesStageTest.lines;
import static newsroom.annotator.types.TypesStageTest.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * The heading of a list of other stories ("Leer también", "Lo más reciente", "Related Topics") after an
 * article's prose: the headlines, dates and teasers under it to the page's end are the list's links; the
 * same heading between two paragraphs of the article types nothing after it.
 */
class LinksUnderHeadingTest {

    // diariousach.cl, November 2024: the headlines under "Leer también", each with its date, cut with "..."
    @Test
    void headlinesAndTheirDatesUnderAHeadingAfterTheProseAreLinks() {
        Annotation annotation = Annotators.annotate(lines(
                "Monsalve aclara que retenidos por crimen de carabinero son 3 venezolanos",
                "En un punto de prensa en el Palacio de Gobierno, el subsecretario Monsalve indicó que los cuatro sujetos “de interés” fueron interceptados en la Ruta 5 Sur por Carabineros cuando supuestamente escapaban tras cometer el crimen.",
                "Agregó que \"hay una serie de elementos para sospechar que los cuatro retenidos están vinculados a los hechos. Eso hay que corroborarlo. Tiene que ver con registros audiovisuales, trayectos, y eso lo resuelve el fiscal\".",
                "Leer también",
                "Cadem: Tomás Vodanovic es el político mejor evaluado y Matthei lidera intención...",
                "Lunes 18 de noviembre de 2024",
                "Irací Hassler renunció a la alcaldía de Santiago para competir en elecciones...",
                "Miércoles 13 de noviembre de 2024"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Agregó que"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Leer también"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Cadem: Tomás Vodanovic"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Irací Hassler renunció"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Miércoles 13 de noviembre"));
    }

    // corazon.cl, February 2017: under "Lo más reciente", a headline, the sentence that sums its story up,
    // and the next headline
    @Test
    void aTeasersSentenceUnderItsHeadlineIsPartOfTheList() {
        Annotation annotation = Annotators.annotate(lines(
                "Maluma respondió a las críticas por la letra de sus canciones",
                "Además el colombiano aseguró que “el público me pide que la cante, es contradictorio. Hay mucha gente que apoya la canción y otra gente que no. La gente que escucha este tipo de música que la disfrute y que la gente que no, creo que hay muchas posibilidades, muchas opciones más”. Es decir que si la gente le pide que cante 4 babys, él lo va a hacer.",
                "Lo más reciente",
                "«Podría haber algún tipo de mala intención»: Inna Moll reveló la verdad detrás de su polémico video en Miss Universo",
                "Inna Moll rompió el silencio respecto a la mayor polémica de su participación en Miss Universo, el video que subió a TikTok.",
                "«La persona que representa ese pensar hoy es…»: Kidd Voodoo reveló a qué candidato apoya en las elecciones presidenciales"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Además el colombiano"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Lo más reciente"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "«Podría haber"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Inna Moll rompió"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "«La persona que representa"));
    }

    // the same page's paragraphs with the heading and one link between them: the article goes on after it
    @Test
    void aHeadingBetweenTwoParagraphsLeavesTheProseAfterItAlone() {
        Annotation annotation = Annotators.annotate(lines(
                "Monsalve aclara que retenidos por crimen de carabinero son 3 venezolanos",
                "En un punto de prensa en el Palacio de Gobierno, el subsecretario Monsalve indicó que los cuatro sujetos “de interés” fueron interceptados en la Ruta 5 Sur por Carabineros cuando supuestamente escapaban tras cometer el crimen.",
                "Leer también",
                "Cadem: Tomás Vodanovic es el político mejor evaluado y Matthei lidera intención...",
                "Los cuatro se encuentran retenidos en la 22ª. Comisaría de Carabineros de Quinta Normal, a disposición de la fiscalía, con el fin de aclarar su participación en los hechos. Se trataría de indocumentadas.",
                "Agregó que \"hay una serie de elementos para sospechar que los cuatro retenidos están vinculados a los hechos. Eso hay que corroborarlo. Tiene que ver con registros audiovisuales, trayectos, y eso lo resuelve el fiscal\"."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Leer también"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Los cuatro se encuentran"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Agregó que"));
    }

    // tvnz.co.nz, 2019: the site's list tabs and its links after the story, in English
    @Test
    void englishListTabsAndTheirLinks() {
        Annotation annotation = Annotators.annotate(lines(
                "Judith Collins and Phil Twyford clash on Twitter over KiwiBuild",
                "National's housing spokesperson Judith Collins has taken aim at Housing Minister Phil Twyford on Twitter, after the minister announced changes to the KiwiBuild programme this week.",
                "\"The Minister has failed to deliver the houses he promised,\" she said.",
                "LATEST",
                "POPULAR",
                "We are all used to seeing flood rescues but none quite like this!",
                "Watch: Giant spider rescued from Queensland floodwaters by brave local"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "\"The Minister has failed"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "LATEST"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "We are all used to seeing"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Watch: Giant spider"));
    }
}
