package newsroom.annotator.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import java.util.Map;
import java.util.Optional;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.pipeline.Document;
import org.junit.jupiter.api.Test;

/** Span types on real articles' lines, English and Spanish; each fixture names its source. */
class TypesStageTest {

    /** The type of the span that holds {@code snippet}. */
    static SpanType typeAt(Annotation annotation, String snippet) {
        int at = annotation.text().indexOf(snippet);
        if (at < 0) {
            throw new AssertionError("not in the text: " + snippet);
        }
        for (Span span : annotation.spans()) {
            if (span.start() <= at && at < span.end()) {
                return span.type();
            }
        }
        throw new AssertionError("no span holds: " + snippet);
    }

    static String lines(String... lines) {
        return String.join("\n\n", lines);
    }

    // Breitbart News, "Mexican President Offers Political Asylum to Julian Assange", 4 Jan 2021 (the seed
    // article of shared/examples), cut to its first and last paragraphs
    private static final String BREITBART = lines(
            "Mexican President Offers Political Asylum to Julian Assange",
            "Mexican President Andres Manuel Lopez Obrador delivers his report on the first 100 days of government, at the National Palace in Mexico City on March 11, 2019. - It has been a frenetic first 100 days for Mexican President Andres Manuel Lopez Obrador, though his sometimes chaotic attempts to deliver …",
            "Mexican President Andres Manuel Lopez Obrador (AMLO) offered asylum to Wikileaks founder Julian Assange while praising his work Monday. The move comes soon after Mexico’s Congress passed a law that will restrict and control the work of U.S. agents in that country.",
            "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to Assange’s “torture” and for his release.",
            "Ildefonso Ortiz is an award-winning journalist with Breitbart Texas. He co-founded Breitbart Texas’ Cartel Chronicles project with Brandon Darby and senior Breitbart management. You can follow him on Twitter and on Facebook. He can be contacted at",
            "Brandon Darby is the managing director and editor-in-chief of Breitbart Texas. He co-founded Breitbart Texas’ Cartel Chronicles project with Ildefonso Ortiz and senior Breitbart management. Follow him on Twitter and Facebook. He can be contacted at",
            "Please let us know if you're having issues with commenting.");

    @Test
    void shortFirstLineWithoutEndPunctuationIsTheTitle() {
        Annotation annotation = Annotators.annotate(BREITBART);
        assertEquals(SpanType.TITLE, typeAt(annotation, "Mexican President Offers Political Asylum"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Mexican President Andres Manuel Lopez Obrador (AMLO)"));
    }

    @Test
    void datedDescriptionWithDashAndEllipsisRightAfterTheTitleIsACaption() {
        assertEquals(SpanType.CAPTION, typeAt(Annotators.annotate(BREITBART), "Mexican President Andres Manuel Lopez Obrador delivers"));
    }

    @Test
    void authorBiographiesAtTheEndAreBylines() {
        Annotation annotation = Annotators.annotate(BREITBART);
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Ildefonso Ortiz is an award-winning journalist"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Brandon Darby is the managing director"));
    }

    /**
     * thebutlercollegian.com and teradeportes.com: a name, a bar and the journalist's role is the author line; a CMS
     * shortcode left on a line of its own is page chrome. A bar between section names and a footnote mark in
     * brackets are neither.
     */
    @Test
    void aNameBarRoleLineIsTheAuthorAndAShortcodeIsChrome() {
        Annotation annotation = Annotators.annotate(lines(
                "Butler community responds to BUPD campus safety tweet",
                "MARISA MILLER | MANAGING EDITOR | mnmille1@butler.edu",
                "The Butler University Police Department sent out a tweet late Oct. 1, that created concern throughout the Butler community.",
                "[entrevista=332156,ancho=275,flotar=izq]",
                "The chief said the tweet was meant to help students stay safe on campus, and he apologised for its wording on Friday.",
                "News | Sports | Opinion",
                "He added that the department would review how it posts on social media in the weeks ahead [1]."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "MARISA MILLER | MANAGING EDITOR"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "[entrevista=332156"));
        assertNotEquals(SpanType.BYLINE, typeAt(annotation, "News | Sports | Opinion"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "He added that the department"));
    }

    /**
     * pocahontastimes.com and thesportsdaily.com: a journalist's role alone in capitals is an author line, and a name
     * alone right over it is the author's; a name over a paragraph, and a sentence that names a role, stay prose.
     */
    @Test
    void aRoleAloneUnderANameIsTheAuthorBlock() {
        Annotation annotation = Annotators.annotate(lines(
                "Suzanne Stewart",
                "Staff Writer",
                "The hear public input portion of the Marlinton Town Council meeting Monday evening turned into a heated discussion about law enforcement and its role within town limits.",
                "Wendi Oliveros",
                "Sports Editor",
                "Lanier said the officers told her that they were not going to waste their time arresting someone.",
                "Kristy Lanier",
                "The reporter said he had been at the meeting."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Suzanne Stewart"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Staff Writer"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Wendi Oliveros"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Sports Editor"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The hear public input portion"));
        assertNotEquals(SpanType.BYLINE, typeAt(annotation, "Kristy Lanier"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The reporter said he had"));
    }

    /**
     * marionrecord.com and geo.tv: a journalist's role in lower case after its capital ("Staff writer") is the author's
     * line, and an author line's opener alone ("By", the name on the next line) is one too, in no language.
     */
    @Test
    void anOpenerAloneAndARoleInLowerCaseAreAuthorLines() {
        Annotation annotation = Annotators.annotate(lines(
                "Police called during commission meeting",
                "Staff writer",
                "Monday’s county commission meeting was interrupted by the appearance of a man who came to hear planning and zoning director Sharon Omstead despite a court order to stay 100 feet away from her.",
                "By",
                "Web Desk",
                "Omstead got a restraining order against Tom Britain after he angrily confronted her at a Florence convenience store in November."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Staff writer"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "By\n"));
        assertNull(languageAt(annotation, "By\n"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Omstead got a restraining order"));
    }

    /**
     * irontontribune.com and citizen.on.ca: a line that is a date and nothing else dates the story wherever it stands, and
     * an author line of the opener and a name only ("By Mike Pickford") is in no language, as a name alone is; a sentence
     * that gives a date stays prose.
     */
    @Test
    void aDateAloneAndAnOpenerWithANameAreAuthorLinesTheNameInNoLanguage() {
        Annotation annotation = Annotators.annotate(lines(
                "Intermet layoffs come early",
                "Although the company’s original closure announcement Dec.",
                "Friday, February 04, 2000",
                "Although the company’s original closure announcement Dec. 7 gave a 60-day notice, the layoffs came early for many workers.",
                "By Mike Pickford",
                "The debate surrounding community policing in Orangeville reared its head again Monday night, on February 04, 2000."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Friday, February 04, 2000"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "By Mike Pickford"));
        assertNull(languageAt(annotation, "By Mike Pickford"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The debate surrounding community policing"));
    }

    /**
     * gara.naiz.eus, Bilbao's council: a name, a bar and the place a dateline names in capitals is the author line;
     * the sentence under it is prose.
     */
    @Test
    void aNameBarPlaceLineIsTheAuthor() {
        Annotation annotation = Annotators.annotate(lines(
                "El PNV mantiene la hegemonía, pero cediendo espacio a Bildu en Bizkaia",
                "Agustín GOIKOETXEA | BILBO",
                "El PNV mantiene la hegemonía en los ayuntamientos vizcainos, recuperando alcaldías en Basauri, Sestao, Muskiz y Elorrio y añadiendo un feudo del PSE como es Trapagaran gracias al respaldo de Bildu."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Agustín GOIKOETXEA | BILBO"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "El PNV mantiene la hegemonía en los"));
    }

    /**
     * westcoasttoday.co.uk, Fort William's community council: a shortcode whose names the scrape dropped, its quoted values
     * and closing bracket left on a line, is page chrome and none of its values a quotation; a line that quotes two words is
     * prose.
     */
    @Test
    void aShortcodeLeftWithOnlyItsValuesIsChrome() {
        Annotation annotation = Annotators.annotate(lines(
                "Highland Council officials later informed the community council it had been within its rights to take the action it did against Mr Drayton.",
                "\"attachment_694571\" \"\" \"291\"]",
                "Mr Drayton was accused of sending emails containing derogatory comments to several of his fellow councillors.",
                "Residents were asked to choose between \"yes\" \"no\" in the ballot on Friday."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "\"attachment_694571\""));
        assertTrue(annotation.quotes().stream().noneMatch(q -> q.text().contains("attachment")));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Residents were asked"));
    }

    @Test
    void commentNoticeIsBoilerplate() {
        assertEquals(SpanType.BOILERPLATE, typeAt(Annotators.annotate(BREITBART), "Please let us know"));
    }

    @Test
    void aBiographyInTheMiddleOfTheProseIsStillABylineWhenItHasAContactLine() {
        Annotation annotation = Annotators.annotate(lines(
                "Mexican President Andres Manuel Lopez Obrador (AMLO) offered asylum to Wikileaks founder Julian Assange while praising his work Monday.",
                "Ildefonso Ortiz is an award-winning journalist with Breitbart Texas. He co-founded Breitbart Texas’ Cartel Chronicles project with Brandon Darby and senior Breitbart management. You can follow him on Twitter and on Facebook. He can be contacted at",
                "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to Assange’s “torture” and for his release."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Ildefonso Ortiz is an award-winning journalist"));
    }

    // fresh4rmgim.blogspot.com, "Barack Obama smashes Twitter record", May 2015: prose about followers
    // and following, last paragraph included, where author bios would stand
    @Test
    void proseAboutTwitterAndFollowingStaysAParagraph() {
        Annotation annotation = Annotators.annotate(lines(
                "Barack Obama smashes Twitter record",
                "US President Barack Obama has smashed the Twitter record for the fastest time to reach one million followers — but they won’t be following him in around 18 months.",
                "Mr Obama reached one million followers in less than five hours, fittingly enough overtaking another iconic American, Ironman … well, Robert Downey Jr who took 23 hours to reach the same mark.",
                "Australian politicians were quick to jump on board and follow @POTUS, with tech-savvy Kevin Rudd zipping in to lead the way.",
                "Labor heavyweights Chris Bowen, Anthony Albanese and Wayne Swan were also quick to follow, but as of this afternoon accounts associated with Prime Minister Tony Abbott and Labor leader Bill Shorten are yet to sign up."));
        assertEquals(SpanType.TITLE, typeAt(annotation, "Barack Obama smashes Twitter record"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "US President Barack Obama has smashed"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Australian politicians were quick"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Labor heavyweights Chris Bowen"));
    }

    // The Sunbury News, "Latino history sites needed", Staff & Wire Reports (AP), 2017
    @Test
    void apPhotoCreditMakesACaptionAndWireCreditIsAByline() {
        Annotation annotation = Annotators.annotate(lines(
                "Latino history sites needed",
                "Staff & Wire Reports",
                "This July 6, 2017 photo shows a makeshift memorial to Hispanic Civil War Union soldiers who fought in the Battle of Glorieta Pass in Northern New Mexico outside Santa Fe. It's a typical representation for many sites linked to U.S. Latino history: It's shabby, largely unknown and always at risk of disappearing if it weren't for a handful of history aficionados. (AP Photo/Russell Contreras)",
                "FILE - This Oct. 2, 2012, file photo shows the United Farm Workers of America flag and the Virgin of Guadalupe statue are part of an exhibit in the visitor center at La Paz, now the Cesar E. Chávez National Monument."));
        assertEquals(SpanType.TITLE, typeAt(annotation, "Latino history sites needed"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Staff & Wire Reports"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "This July 6, 2017 photo shows"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "FILE - This Oct. 2, 2012"));
    }

    // The Western Journal via news.patriotproject.com, 24 May 2021; Business Insider, "John McCain asked
    // for 74 new Twitter followers…", David Choi, Dec 2017
    @Test
    void byNameLineIsABylineAndAgencyCreditEndsACaption() {
        Annotation annotation = Annotators.annotate(lines(
                "John McCain asked for 74 new Twitter followers to help him reach 3 million and immediately lost thousands",
                "By Jack Davis, The Western Journal May 24, 2021",
                "FILE PHOTO: U.S. Senator John McCain looks on during a news conference in Kabul, Afghanistan on July 4, 2017. REUTERS/Mohammad Ismail/File Photo",
                "McCain tweeted Monday morning asking for assistance in gathering more followers to become one of the few sitting senators with at least three million followers."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "By Jack Davis"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "FILE PHOTO: U.S. Senator"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "McCain tweeted Monday morning"));
    }

    // lensroll.com, "Actor Kutcher followed by one million twits"; abc7news.com (KGO-TV), "Tweeting costs
    // Pres. Obama Twitter followers"
    @Test
    void shareAndCopyrightLinesAreBoilerplate() {
        Annotation annotation = Annotators.annotate(lines(
                "Actor Kutcher followed by one million twits",
                "ACTOR Ashton Kutcher has become the first “Twitterer” to have one million followers on the popular micro-blogging website after a hotly-contested race against news network CNN.",
                "Did you like this? Share it:",
                "Comments are closed.",
                "Copyright © 2023 KGO-TV. All Rights Reserved."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Did you like this?"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Comments are closed."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Copyright © 2023 KGO-TV"));
    }

    // ABC (Spain), "López Obrador ofrece asilo político a Assange en México", 5 Jan 2021, as scraped:
    // headline, teaser, photo caption with the agency's credit, the agency's byline, prose, subscriber chrome
    private static final String ABC = lines(
            "Suscribete a ABC Premium",
            "López Obrador ofrece asilo político a Assange en México",
            "El mandatario mexicano ha instruido al Ministerio de Exteriores que inicie los trámites ante el Gobierno británico",
            "Pancartas con el rostro del fundador de WikiLeaks, Julian Assange Reuters",
            "EP",
            "El presidente de México, Andrés Manuel López Obrador , ha anunciado que su Gobierno ofrecerá asilo político al fundador de Wikileaks, Julian Assange , después de «celebrar» que un tribunal de Reino Unido haya rechazado la petición de extradición planteada por Estados Unidos.",
            "Artículo solo para suscriptores",
            "Esta funcionalidad es sólo para suscriptores",
            "Suscribete",
            "Comparte esta noticia por correo electrónico",
            "Reporta un error en esta noticia");

    @Test
    void spanishHeadlineTeaserCaptionAndAgencyByline() {
        Annotation annotation = Annotators.annotate(ABC);
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Suscribete a ABC Premium"));
        assertEquals(SpanType.TITLE, typeAt(annotation, "López Obrador ofrece asilo político"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "El mandatario mexicano ha instruido"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Pancartas con el rostro"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "EP"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "El presidente de México, Andrés Manuel"));
    }

    @Test
    void spanishSubscriberAndShareChromeIsBoilerplate() {
        Annotation annotation = Annotators.annotate(ABC);
        for (String chrome : List.of("Artículo solo para suscriptores", "Esta funcionalidad es sólo",
                "Suscribete\n", "Comparte esta noticia", "Reporta un error")) {
            assertEquals(SpanType.BOILERPLATE, typeAt(annotation, chrome.strip()), chrome);
        }
    }

    // telediario.mx, "AMLO ofrece asilo político a Julian Assange", Jan 2021; López-Dóriga Digital, "Pide
    // AMLO liberación del periodista Julian Assange…"
    @Test
    void spanishReadAlsoPromptIsBoilerplateAndFotoDeCreditIsACaption() {
        Annotation annotation = Annotators.annotate(lines(
                "Pide AMLO liberación del periodista Julian Assange y reitera su ofrecimiento de asilo",
                "Julian Assange. Foto de EFE / Archivo",
                "El presidente Andrés Manuel López Obrador refiere que el Gobierno de la Cuarta Transformación mantiene su postura en el caso de Julian Assange, fundador de WikiLeaks: ofrecer asilo y estar a favor de su liberación.",
                "TE RECOMENDAMOS: Evidencian en redes sociales a López-Gatell de vacaciones y sin cubrebocas",
                "Lo anterior fue detallado por el mandatario mexicano en la conferencia matutina de Palacio Nacional, donde agregó que Assange es un “perseguido político”."));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Julian Assange. Foto de EFE"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "TE RECOMENDAMOS"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Lo anterior fue detallado"));
    }

    // ayalalaotratribuna.blogspot.com, "El Tiempo respalda a Trump; El Espectador, lo fustiga", 26 Oct 2025;
    // La Jornada Zacatecas (ljz.mx), 3 Jan 2022
    @Test
    void porNameLinesAreBylinesAndFotoColonIsACaption() {
        Annotation blog = Annotators.annotate(lines(
                "EL TIEMPO RESPALDA A TRUMP; EL ESPECTADOR, LO FUSTIGA",
                "Foto: El Espectador",
                "Por Germán Ayala Osorio",
                "Aunque por estos tiempos las posturas editoriales de los grandes medios escritos ya no tienen la fuerza política con la que en otras épocas hicieron tambalear gobiernos y ministros, los recientes editoriales de El Tiempo y El Espectador dan cuenta de dos interpretaciones distintas."));
        assertEquals(SpanType.TITLE, typeAt(blog, "EL TIEMPO RESPALDA"));
        assertEquals(SpanType.CAPTION, typeAt(blog, "Foto: El Espectador"));
        assertEquals(SpanType.BYLINE, typeAt(blog, "Por Germán Ayala Osorio"));
        assertEquals(SpanType.PARAGRAPH, typeAt(blog, "Aunque por estos tiempos"));

        Annotation jornada = Annotators.annotate(lines(
                "Por: La Jornada •",
                "Ciudad de México. El gobierno de México está dispuesto a ofrecer asilo al fundador de Wikileaks, Julian Assange, preso en el Reino Unido, reiteró hoy el presidente Andrés Manuel López Obrador."));
        assertEquals(SpanType.BYLINE, typeAt(jornada, "Por: La Jornada"));
    }

    // El Independiente, "Bajo la excusa de que el Estado nos protege…", 13 Dec 2020: the interview opens
    // by presenting a journalist; the same words standing last, where author bios stand, are a byline
    private static final String EIZAGUIRRE = "María Eizaguirre (San Sebastián, 1978) es periodista. En la televisión fue editora del telediario de la noche y es actualmente editora en el ‘24 horas’.";
    private static final String EIZAGUIRRE_ANSWER = "R.- Creo que los periodistas tenemos un compromiso con la democracia. Desde el inicio la pandemia -la mayor crisis sanitaria de nuestra vida- ha sido abordada como una campaña electoral o si lo prefieres como una batalla por el relato.";

    @Test
    void spanishJournalistIntroducedAtTheStartIsProseButLastIsAByline() {
        Annotation interview = Annotators.annotate(lines(EIZAGUIRRE, EIZAGUIRRE_ANSWER));
        assertEquals(SpanType.PARAGRAPH, typeAt(interview, "María Eizaguirre"));
        Annotation column = Annotators.annotate(lines(EIZAGUIRRE_ANSWER, EIZAGUIRRE));
        assertEquals(SpanType.BYLINE, typeAt(column, "María Eizaguirre"));
    }

    @Test
    void aContactLineStartingASentenceMakesASpanishBiography() {
        // El Independiente's presentation, with the contact line Spanish author bios close with
        Annotation annotation = Annotators.annotate(lines(EIZAGUIRRE_ANSWER,
                EIZAGUIRRE + " Síguela en Twitter.", EIZAGUIRRE_ANSWER));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "María Eizaguirre"));
    }

    // XEU Deportes, 12 August 2017 (src/test/resources/gold/xeudeportes-marquez-atlas.txt)
    @Test
    void anAuthorLineMayOpenWithTheDateItWasFiled() {
        Annotation annotation = Annotators.annotate(lines(
                "¡Todos con el '4'! El apoyo de los jugadores del Atlas a Rafa Márquez",
                "sábado 12 agosto 2017, 12:41 AM    Por: Marco Delgado Ayala",
                "Los jugadores del Atlas respaldaron esta noche a su capitán, Rafael Márquez, y previo al duelo ante el América, saltaron a la cancha del Estadio Jalisco con el \"4\" en el pecho."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "sábado 12 agosto 2017"));
        // a date inside a headline-length line of prose is no author line
        assertEquals(SpanType.TITLE, typeAt(annotation, "¡Todos con el '4'!"));
    }

    // El Siglo de Torreón, 10 May 2022; bypassmatrix.com, August 2023 (Reuters photo)
    @Test
    void creditsInParenthesesOrAfterAnAgencysSlashMakeCaptions() {
        Annotation siglo = Annotators.annotate(lines("(ESPECIAL)",
                "La senadora por el Partido Acción Nacional (PAN), Lilly Téllez, presumió por sus redes sociales dos fotografías, en donde se observa la buena relación que la funcionaria lleva con su hijo, Leonardo J. Calderón Téllez."));
        assertEquals(SpanType.CAPTION, typeAt(siglo, "(ESPECIAL)"));
        Annotation reuters = Annotators.annotate(lines("Donald Trump posts for the first time on X in over 2 years",
                "A photo illustration shows the suspended Twitter account of former US President Donald Trump on a smartphone and a lit window in the White House residence in Washington, US, January 8, 2021. — Reuters/File",
                "On Thursday, Donald Trump turned himself over to Georgia authorities and then unexpectedly returned to X (previously known as Twitter), which had been his preferred social media platform when he was president."));
        assertEquals(SpanType.CAPTION, typeAt(reuters, "A photo illustration shows"));
    }

    // Primicias (Ecuador), 1 April 2020; The Western Journal, May 2019; Raw Story, 26 February 2020
    @Test
    void aLineTooShortForTheDetectorIsInTheLanguageOfThePhraseThatNamedIt() {
        Annotation primicias = Annotators.annotate(lines(
                "Presidente de El Salvador pone a Ecuador como ejemplo del avance del Covid-19", "Autor:", "Compartir:",
                "El Salvador tiene 32 casos confirmados de coronavirus y un fallecido, siendo uno de los países con menor presencia de la pandemia del Covid-19 en Latinoamérica."));
        assertEquals("es", languageAt(primicias, "Autor:"));
        assertEquals("es", languageAt(primicias, "Compartir:"));
        Annotation western = Annotators.annotate(lines("Share", "The Latest: Roy Moore tells AP 'everybody knows I can win.'",
                "2 hours ago",
                "Alabama Republican Roy Moore is insisting he can win a Senate rematch in 2020, and says he won’t be influenced by President Donald Trump’s tweets urging him not to try."));
        assertEquals("en", languageAt(western, "Share"));
        assertEquals("en", languageAt(western, "2 hours ago"));
        assertEquals(SpanType.BYLINE, typeAt(western, "2 hours ago"));
    }

    /**
     * tndnewsuganda.com and ipolitics.ca: a dating line whose day is an ordinal ("1st January 2022", "November 9th, 2017")
     * is the byline's date, as the same line with a plain day is.
     */
    @Test
    void aDatingLineWithAnOrdinalDayIsTheByline() {
        Annotation gulu = Annotators.annotate(lines("Termites destroy school property in Gulu",
                "Last Updated on: 1st January 2022, 03:08 pm", "By Okot Lil Romeo",
                "Lukome Lawiyedul primary school in Gulu City is one of the government-aided primary schools founded by the church."));
        assertEquals(SpanType.BYLINE, typeAt(gulu, "Last Updated on"));
        Annotation ottawa = Annotators.annotate(lines("McKenna defends tweet on Syria",
                "Published November 9th, 2017 at 5:07pm",
                "Environment Minister Catherine McKenna defended a tweet on Thursday that drew criticism from opposition members in Ottawa."));
        assertEquals(SpanType.BYLINE, typeAt(ottawa, "Published November"));
    }

    /**
     * governmentnews.com.au, mayors and the bushfire smoke: a photo's caption that is a person's name alone is in no
     * language; a chrome phrase a list names ("Read More") keeps that list's language, though "Read" is somebody's first
     * name in the table of first names.
     */
    @Test
    void aPersonsNameAloneIsInNoLanguage() {
        Annotation smoke = Annotators.annotate(lines("Mayors feel abandoned as they struggle with smoke",
                "Blue Mountains Mayor Mark Greenhill says his community is also struggling with heavy smoke with fires burning out of control at Gospers Mountain in the Hawkesbury and Green Wattle Creek in Wollondilly Shire.",
                "Mark Greenhill",
                "Cr Greenhill described coming back from an inspection of areas where properties had been destroyed by the blaze.",
                "Read More"));
        assertNull(languageAt(smoke, "Mark Greenhill\n"));
        assertEquals("en", languageAt(smoke, "Cr Greenhill described"));
        assertEquals("en", languageAt(smoke, "Read More"));
    }

    static String languageAt(Annotation annotation, String snippet) {
        int at = annotation.text().indexOf(snippet);
        return annotation.spans().stream().filter(s -> s.start() <= at && at < s.end()).findFirst()
                .orElseThrow().language().language();
    }

    @Test
    void theTitleTheRequestGivesIsTheTitleWhereverItIsShaped() {
        String text = lines("Redsys: qué hacer cuando cae el adquirente.",
                "La caída de Redsys del 18 de noviembre ha hecho mucho daño a muchos merchants.");
        Article article = new Article("t", text, 0, null, "Redsys: qué hacer cuando cae el adquirente", null,
                List.of(), List.of());
        Annotation annotation = Annotators.shared().annotate(article);
        assertEquals(SpanType.TITLE, typeAt(annotation, "Redsys: qué hacer"));
    }

    @Test
    void linesOfPunctuationEmojiOrABareOpenerNeverBreakTheStage() {
        Annotation annotation = Annotators.annotate(lines("…", "—", "(", "By", "Por:", "🙏", "12", "Foto:", "(AP Photo/)",
                "Ildefonso Ortiz is", "Follow him on"));
        assertEquals(11, annotation.spans().size());
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Follow him on"), "a contact line standing last");
        // (the hand-marked geo.tv and diarioavance.com pages set "By" and "Por:" alone over the author's name)
        assertEquals(SpanType.BYLINE, typeAt(annotation, "By"), "an author line's opener alone, its name on the next line");
    }

    @Test
    void aSingleLineArticleIsAParagraph() {
        assertEquals(SpanType.PARAGRAPH, typeAt(Annotators.annotate("Barack Obama smashes Twitter record"), "Barack"));
    }

    @Test
    void postsAndSpansOfAnEmbedAreLeftAsTheyAre() {
        // Redsys (@Redsys_es) on Twitter, 18 Nov 2023, as retailandpayments.com embedded it
        String post = "Informamos que están solventadas las degradaciones de servicio de pagos de la última hora. — Redsys (@Redsys_es) November 18, 2023";
        // an embed's line shaped like an author line: inside an EMBED hint it is the posts stage's to type
        String embed = "By Redsys (@Redsys_es)";
        String text = lines(post, embed, "La caída de Redsys provocó reacciones de todo tipo en redes sociales.");
        int embedAt = text.indexOf(embed);
        Article article = new Article("t", text, 0, null, null, null, List.of(),
                List.of(new Hint(embedAt, embedAt + embed.length(), Hint.Kind.EMBED, Map.of("platform", "twitter"))));
        List<Span> spans = List.of(
                new Span(0, SpanType.POST, 0, post.length(), LanguageGuess.UNKNOWN, List.of(), 7),
                new Span(1, SpanType.PARAGRAPH, embedAt, embedAt + embed.length(), LanguageGuess.UNKNOWN, List.of(), null),
                new Span(2, SpanType.PARAGRAPH, embedAt + embed.length() + 2, text.length(), LanguageGuess.UNKNOWN, List.of(), null));
        Dictionaries dictionaries = Dictionaries.load(Optional.empty());
        TypesStage stage = new TypesStage(dictionaries, List.of("en", "es"), DateParser.forLanguages(List.of("en", "es"), dictionaries));

        List<Span> typed = stage.apply(new Document(article, spans, List.of())).spans();

        assertEquals(spans.get(0), typed.get(0), "a post keeps its type and quote");
        assertEquals(SpanType.PARAGRAPH, typed.get(1).type(), "an embed's line is no author line");
    }
}
