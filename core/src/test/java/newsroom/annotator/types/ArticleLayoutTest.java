package newsroom.annotator.types;

import static newsroom.annotator.types.TypesStageTest.lines;
import static newsroom.annotator.types.TypesStageTest.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.TestArticles;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * Where the headline, the lines around it and the end matter stand, on real scraped articles: most are
 * whole articles of src/test/resources/gold (each names its source in sources.md there), some are excerpts.
 */
class ArticleLayoutTest {

    private static Annotation gold(String name) {
        return Annotators.annotate(TestArticles.read(TestArticles.GOLD.resolve(name)));
    }

    @Test
    void aSectionLabelAboveTheHeadlineIsChromeAndTheHeadlineIsTheTitle() {
        // Levante-EMV, 13 January 2026: "Vaivén" is the column's label
        Annotation levante = gold("levante-pons-sanchez-tuit.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(levante, "Vaivén"));
        assertEquals(SpanType.TITLE, typeAt(levante, "González Pons llama imbécil a Pedro Sánchez"));
        // Noticias Ponce, 23 November 2020 (src/test/resources/articles/noticiasponce-gobernadora-lockdown.txt)
        Annotation ponce = Annotators.annotate("Coronavirus\nGobernadora desmiente que ordenará un “lockdown”\n"
                + "“Al momento, es totalmente falso una información malintencionada que ha circulado, sobre un alegado "
                + "lockdown”, escribió la gobernadora.");
        assertEquals(SpanType.BOILERPLATE, typeAt(ponce, "Coronavirus"));
        assertEquals(SpanType.TITLE, typeAt(ponce, "Gobernadora desmiente"));
    }

    @Test
    void theHeadlineThePageRepeatsIsTheTitleAndTheChromeAboveItIsBoilerplate() {
        // XEU Deportes, 12 August 2017: programme times, the league's teams and the section above the headline
        Annotation xeu = gold("xeudeportes-marquez-atlas.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(xeu, "Próxima emisión deportiva:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(xeu, "América Atlas Cruz Azul"));
        assertEquals(SpanType.BOILERPLATE, typeAt(xeu, "Liga MX\n"));
        assertEquals(SpanType.TITLE, typeAt(xeu, "¡Todos con el '4'!"));
        int second = xeu.text().indexOf("¡Todos con el '4'!", xeu.text().indexOf("¡Todos con el '4'!") + 1);
        assertEquals(SpanType.TITLE, typeAt(xeu, xeu.text().substring(second, second + 30)));
        // Hürriyet Daily News (AP), 25 August 2023: the headline three times, the dateline's place between
        Annotation hurriyet = gold("hurriyet-trump-mugshot-x.txt");
        assertEquals(3, hurriyet.spans().stream().filter(s -> s.type() == SpanType.TITLE).count());
        assertEquals(SpanType.BYLINE, typeAt(hurriyet, "NEW YORK"));
    }

    @Test
    void aListOfOtherStoriesAboveTheArticleIsNoHeadline() {
        // Townhall, 11 March 2020: fifteen trending headlines and the section's name, then the article
        Annotation townhall = gold("townhall-couric-coronavirus-tweet.txt");
        for (String link : List.of("Why Fox News Might Go to War", "Wait, the FBI's Informant", "If Trump Is Indicted",
                "Another Dem Governor Signs", "Tipsheet")) {
            assertEquals(SpanType.BOILERPLATE, typeAt(townhall, link), link);
        }
        assertEquals(SpanType.TITLE, typeAt(townhall, "Katie Couric Works Her Fans"));
        assertEquals(SpanType.CAPTION, typeAt(townhall, "Photo by Jordan Strauss"));
    }

    @Test
    void theMastheadAboveTheHeadlineIsChromeAndTheDateBelowItIsTheByline() {
        // Storm Lake Pilot Tribune, 24 July 2007
        Annotation storm = gold("stormlake-mccain-iowa.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(storm, "[Masthead]"));
        assertEquals(SpanType.BOILERPLATE, typeAt(storm, "High: 53°F"));
        assertEquals(SpanType.BOILERPLATE, typeAt(storm, "Sunday, May 1, 2016"));
        assertEquals(SpanType.TITLE, typeAt(storm, "McCain pledges 'We will win Iowa'"));
        assertEquals(SpanType.BYLINE, typeAt(storm, "Tuesday, July 24, 2007"));
        assertEquals(SpanType.BOILERPLATE, typeAt(storm, "Respond to this story"));
    }

    @Test
    void publishedAgoAndTheWordLeftOfADateAreOneByline() {
        // Raw Story, 26 February 2020: the byline block lost its date, leaving "on" alone
        Annotation raw = gold("rawstory-trump-coronavirus-media.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(raw, "Quantcast"));
        assertEquals(SpanType.TITLE, typeAt(raw, "Trump frantically attacks media"));
        for (String line : List.of("Published", "2 hours ago", "on\n")) {
            assertEquals(SpanType.BYLINE, typeAt(raw, line), line);
        }
    }

    @Test
    void namesJoinedByAndAboveTheProseAreTheByline() {
        // La Jornada Maya, February 2023
        Annotation jornada = gold("lajornadamaya-xochitl-dinosaurio.txt");
        assertEquals(SpanType.BYLINE, typeAt(jornada, "Andrea Becerril y Víctor Ballinas"));
        assertEquals(SpanType.PARAGRAPH, typeAt(jornada, "En un afán de retrasar"));
    }

    @Test
    void afterTheLastParagraphEditorsAreBylinesAndLinksToOtherStoriesBoilerplate() {
        // La Jornada Maya, February 2023: a "read" prompt, the editor, then two teasers with their papers' names
        Annotation jornada = gold("lajornadamaya-xochitl-dinosaurio.txt");
        assertEquals(SpanType.PARAGRAPH, typeAt(jornada, "El hecho ocurrió mientras"));
        assertEquals(SpanType.BOILERPLATE, typeAt(jornada, "Lee: Reforma electoral"));
        assertEquals(SpanType.BYLINE, typeAt(jornada, "Edición: Estefanía Cardeña"));
        for (String link : List.of("Pobladores de San Antonio Cárdenas", "La Jornada\n", "El accidente ocurrió", "The Independent")) {
            assertEquals(SpanType.BOILERPLATE, typeAt(jornada, link), link);
        }
        // XEU Deportes, 12 August 2017: the source, the topics, the comments box
        Annotation xeu = gold("xeudeportes-marquez-atlas.txt");
        assertEquals(SpanType.BYLINE, typeAt(xeu, "Fuente: Mediotiempo"));
        assertEquals(SpanType.BOILERPLATE, typeAt(xeu, "Atlas Liga MX"));
        assertEquals(SpanType.BOILERPLATE, typeAt(xeu, "POLITICAS DE USO"));
    }

    @Test
    void aCreditAfterTheLastParagraphNamesTheStorysSource() {
        // MTP Noticias, 22 June 2018: the site's handle above, the source credited below
        Annotation mtp = gold("mtpnoticias-serenata-seleccion.txt");
        assertEquals(SpanType.BYLINE, typeAt(mtp, "@MTPnoticias"));
        assertEquals(SpanType.BYLINE, typeAt(mtp, "Crédito: Huffpost"));
    }

    @Test
    void theParagraphsUnderAboutTheAuthorAreTheBiography() {
        // Rare, January 2017
        Annotation rare = gold("rare-sanders-trump-tweet.txt");
        assertEquals(SpanType.BYLINE, typeAt(rare, "Alex Thomas About the author:"));
        assertEquals(SpanType.BYLINE, typeAt(rare, "Alex is from Delaware."));
        assertEquals(SpanType.BOILERPLATE, typeAt(rare, "View More Articles"));
        assertEquals(SpanType.PARAGRAPH, typeAt(rare, "Bernie’s communications director"));
    }

    @Test
    void aColumnistsBiographyAfterTheLastParagraphIsAByline() {
        // La Nación (Argentina), 7 December 2017, as its page's text reads: the authors, then "more about" link
        Annotation column = Annotators.annotate(lines(
                "Seamos claros: ningún individuo u organización tiene derecho a violar la ley. Pero el problema histórico "
                        + "del Estado argentino no fue tanto quiénes lo desafiaron como quiénes lo gobernaron. Cambiemos.",
                "Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado "
                        + "administrativista y analista internacional",
                "Más sobre Conflicto mapuche"));
        assertEquals(SpanType.BYLINE, typeAt(column, "Andrés Malamud es politólogo"));
        assertEquals(SpanType.PARAGRAPH, typeAt(column, "Seamos claros"));
    }

    @Test
    void aHeadlineThatEndsInAQuotedSentenceInSingleMarksIsStillTheTitle() {
        // The Western Journal (AP), May 2019; its "Trending:" label and the link under it are chrome
        Annotation western = gold("westernjournal-roy-moore-ap.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(western, "Share"));
        assertEquals(SpanType.TITLE, typeAt(western, "The Latest: Roy Moore tells AP"));
        assertEquals(SpanType.BOILERPLATE, typeAt(western, "Trending:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(western, "Anti-Israel Agitators"));
        assertEquals(SpanType.PARAGRAPH, typeAt(western, "10 a.m."), "a time between items goes with the prose");
        assertEquals(SpanType.BOILERPLATE, typeAt(western, "___"));
    }

    @Test
    void aFirstParagraphEndingInAQuotedSentenceIsNoHeadline() {
        // ABC4 Utah, 11 March 2021
        Annotation abc4 = gold("abc4-cox-pandemic-anniversary.txt");
        assertEquals(SpanType.PARAGRAPH, typeAt(abc4, "Utah (ABC4) – Thursday"));
    }

    @Test
    void aShortParagraphAboveACreditLineIsThePhotosCaption() {
        // Primicias (Ecuador), 1 April 2020
        Annotation primicias = gold("primicias-bukele-ecuador.txt");
        assertEquals(SpanType.TITLE, typeAt(primicias, "Presidente de El Salvador pone a Ecuador"));
        assertEquals(SpanType.CAPTION, typeAt(primicias, "El presidente Nayib Bukele durante un discurso"));
        assertEquals(SpanType.CAPTION, typeAt(primicias, "Instagram / presidenciasv"));
        assertEquals(SpanType.BYLINE, typeAt(primicias, "Autor:"));
        assertEquals(SpanType.BYLINE, typeAt(primicias, "Actualizada:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(primicias, "Compartir:"));
        assertEquals(SpanType.PARAGRAPH, typeAt(primicias, "Nota actualizada a las 15:10"));
    }

    @Test
    void aPostRightUnderTheHeadlineIsNoTeaserAndBreaksNothing() {
        // Noticias Ponce, 23 November 2020 (src/test/resources/articles/noticiasponce-gobernadora-lockdown.txt)
        Annotation ponce = Annotators.annotate("Gobernadora desmiente que ordenará un “lockdown”\n"
                + "Al momento, es totalmente falso una información malintencionada que ha circulado, sobre un alegado "
                + "lockdown. ¡Protégete! — Wanda Vázquez Garced (@wandavazquezg) November 23, 2020\n"
                + "“Al momento, es totalmente falso una información malintencionada que ha circulado, sobre un alegado "
                + "lockdown”, escribió la gobernadora.");
        assertEquals(SpanType.TITLE, typeAt(ponce, "Gobernadora desmiente"));
        assertEquals(SpanType.POST, typeAt(ponce, "Al momento, es totalmente falso"));
    }

    @Test
    void aSentenceUnderTheHeadlineWithAdvertisingOrACreditUnderItIsTheTeaser() {
        // Blu Radio (Colombia), November 2017
        Annotation blu = gold("bluradio-shakira-video.txt");
        assertEquals(SpanType.TITLE, typeAt(blu, "Con emotivo video, Shakira agradeció"));
        assertEquals(SpanType.CAPTION, typeAt(blu, "El tierno destalle fue tras el anuncio"));
        assertEquals(SpanType.BOILERPLATE, typeAt(blu, "Publicidad"));
        assertEquals(SpanType.PARAGRAPH, typeAt(blu, "Shakira hace pocos días informó"));
        assertEquals(SpanType.BOILERPLATE, typeAt(blu, "Vea también"));
        // the same sentence followed by the prose is the first paragraph: nothing tells a teaser then
        Annotation plain = Annotators.annotate(lines("Con emotivo video, Shakira agradeció apoyo a sus seguidores",
                "El tierno destalle fue tras el anuncio de la colombiana de suspender su gira hasta el 2018 por problemas de salud.",
                "Shakira hace pocos días informó la cancelación de todos los conciertos con los que iniciaría su gira mundial debido una hemorragia en las cuerdas vocales, lo cual le implica guardar reposo en los próximos meses."));
        assertEquals(SpanType.PARAGRAPH, typeAt(plain, "El tierno destalle"));
    }

    @Test
    void aSourceInParenthesesOrANewsroomCreditAfterTheLastParagraphIsAByline() {
        // Noticias al Día y a la Hora, November 2017; Maduradas, with El Farandi and La Patilla
        Annotation juanes = gold("noticiasaldia-juanes-shakira.txt");
        assertEquals(SpanType.BYLINE, typeAt(juanes, "(People en Español)"));
        Annotation maduradas = gold("maduradas-karolg-conciertos.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(maduradas, "Descarga las aplicaciones"));
        assertEquals(SpanType.TITLE, typeAt(maduradas, "¡ASÍ LO DIJO!"));
        assertEquals(SpanType.BYLINE, typeAt(maduradas, "Redacción Maduradas con información de La Patilla."));
        assertEquals(SpanType.BOILERPLATE, typeAt(maduradas, "Lea también:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(maduradas, "¡TIENE QUE VERLO!"));
    }

    @Test
    void authorsAndAPlacedDatelineUnderTheHeadlineAreBylinesAndAScrapedImageIsChrome() {
        // El Norte (Grupo Reforma), 28 April 2023
        Annotation norte = gold("elnorte-senado-sede-alterna.txt");
        assertEquals(SpanType.TITLE, typeAt(norte, "Sesionan senadores en patio"));
        assertEquals(SpanType.BYLINE, typeAt(norte, "Claudia Salazar y Mayolo López"));
        assertEquals(SpanType.BYLINE, typeAt(norte, "Cd. de México (28 abril 2023)"));
        assertEquals(SpanType.BOILERPLATE, typeAt(norte, "<image>"));
        assertEquals(null, TypesStageTest.languageAt(norte, "<image>"), "markup is in no language");
        assertEquals(SpanType.CAPTION, typeAt(norte, "Los morenistas festejaron"));
    }

    @Test
    void aFirstParagraphClosingOnAParenthesisIsProseAndPageNoticesAreChrome() {
        // CW Omaha (Sinclair), May 2020: a JavaScript notice above the headline, the photo's caption twice
        Annotation omaha = gold("cwomaha-adele-new-look.txt");
        assertEquals(SpanType.BOILERPLATE, typeAt(omaha, "Please ensure Javascript"));
        assertEquals(SpanType.TITLE, typeAt(omaha, "Fans are still freaking out"));
        assertEquals(SpanType.CAPTION, typeAt(omaha, "Adele delights fans"));
        assertEquals(SpanType.BOILERPLATE, typeAt(omaha, "Facebook Share Icon"));
        assertEquals(SpanType.PARAGRAPH, typeAt(omaha, "WASHINGTON (SBG) -- In just one post"));
        assertEquals(SpanType.BOILERPLATE, typeAt(omaha, "Loading ..."));
    }

    @Test
    void aLineOfProseWithoutLettersOrNotAnArticleAtAllBreaksNothing() {
        // the first line of bypassmatrix.com's page (a breadcrumb cut short), then its headline
        Annotation page = Annotators.annotate(lines("HomeNewsDonald Trump posts for the first time on X in over 2...",
                "Donald Trump posts for the first time on X in over 2 years", "- Advertisement -", "Rate this post", "|"));
        assertEquals(SpanType.BOILERPLATE, typeAt(page, "HomeNews"));
        assertEquals(SpanType.TITLE, typeAt(page, "Donald Trump posts for the first time on X in over 2 years"));
        assertEquals(SpanType.BOILERPLATE, typeAt(page, "Rate this post"));
        assertEquals(SpanType.BOILERPLATE, typeAt(page, "|"));
    }
}
