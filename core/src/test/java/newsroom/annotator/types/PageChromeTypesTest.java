package newsroom.annotator.types;

import static newsroom.annotator.types.TypesStageTest.languageAt;
import static newsroom.annotator.types.TypesStageTest.lines;
import static newsroom.annotator.types.TypesStageTest.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * What real pages print around and inside an article: agency datelines, photo credits, link lists, section
 * paths, share bars, page controls, author names. Each fixture is a real page's lines, its source named.
 */
class PageChromeTypesTest {

    /** The heading is a crosshead (a title), and the paragraph of prose beside it stays a paragraph. */
    private static void assertCrosshead(Annotation annotation, String heading, String prose) {
        assertEquals(SpanType.TITLE, typeAt(annotation, heading), heading);
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, prose), prose);
    }

    /** The paragraphs annotated by the annotator of all six languages. */
    private static Annotation inAllLanguages(String id, String... paragraphs) {
        return Annotators.annotateInAllLanguages(id, lines(paragraphs));
    }

    /** The page's last line signs it: the writer's byline, the story's last paragraph before it still a paragraph. */
    private static void signedBy(Annotation page, String signature, String lastParagraph) {
        assertEquals(SpanType.BYLINE, typeAt(page, signature));
        assertEquals(SpanType.PARAGRAPH, typeAt(page, lastParagraph));
    }

    /**
     * buffalonews.com and timesargus.com: the notices the TownNews (BLOX) CMS of many American papers leaves above a story
     * are chrome; the story's sentences are not.
     */
    @Test
    void theNoticesOfAnAmericanPapersCmsAreChrome() {
        Annotation annotation = Annotators.annotate(lines("Skip to main content", "You are the owner of this article.",
                "Edit Article Add New Article", "You have permission to edit this article.", "Edit",
                "Brown spokesman says statement on D.C. unrest published ‘accidentally’",
                "Buffalo Mayor Byron W. Brown, left, speaks with city spokesman Michael DeGeorge in 2014.",
                "A statement posted to Mayor Byron W. Brown's official Twitter account on Wednesday was published by accident, "
                        + "his spokesman said."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "You are the owner of this article."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "You have permission to edit this article."));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "A statement posted to Mayor"));
    }

    /** lavantage.qc.ca, Rimouski's new council: a site's navigation above the story, "Recherche", "Catégories", "Retour". */
    @Test
    void aFrenchSitesNavigationIsChrome() {
        Annotation annotation = inAllLanguages("lavantage", "Carrières dans votre région Avis de décèsÉdition Électronique Rabaischocs.com",
                "Recherche", "Recherche par terme", "Journaliste", "Date de parution", "_", "Catégories", "Politique", "Retour",
                "13 novembre 2017", "Un nouveau conseil municipal rajeuni et diversifié à Rimouski", "©Photo TC Media - Adeline Mantyk",
                "ASSERMENTATION. Une cérémonie d’assermentation a permis à un nouveau conseil municipal qualifié par le nouveau "
                        + "maire, Marc Parent, de « rajeuni et diversifié » de prendre place à l’hôtel de ville.",
                "Chacun à leur tour et après avoir été assermentés, les 11 conseillers autour du maire ont pris la parole autour "
                        + "de la table nouvellement formée.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Recherche"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Catégories"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Retour"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Chacun à leur tour"));
    }

    /** torrechannel.it, Turris–Potenza 0-2: a match's score before a headline's colon is no date that opens an author line. */
    @Test
    void aScoreInAHeadlineIsNoDateBeforeAnAuthor() {
        Annotation annotation = inAllLanguages("torrechannel", "Turris – Potenza 0-2: Le parole di Fabiano, Colantonio e Capuano",
                "Non fa altro che complimentarsi coi propri calciatori Capuano: “è stata una partita preparata bene, ho visto un "
                        + "Potenza compatto. È tutto merito dei ragazzi”.");
        assertEquals(SpanType.TITLE, typeAt(annotation, "Turris – Potenza 0-2"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Non fa altro che"));
    }

    /** clickpb.com.br, Botafogo-PB's coach after a defeat: a photo's credit alone is a caption in no language of its own. */
    @Test
    void aCreditAloneIsInNoLanguage() {
        Annotation annotation = inAllLanguages("clickpb", "Técnico lamenta derrota do Botafogo-PB e pede cabeça no lugar para sequência da Série C",
                "Técnico Márcio Fernandes, do Botafogo-PB, na Série C 2025", "Foto: Beno Küster",
                "O técnico Márcio Fernandes lamentou a derrota do Botafogo-PB por 1 x 0 para o Figueirense pela oitava rodada da "
                        + "Série C do Campeonato Brasileiro. O comandante do Belo viu sua equipe melhor em campo e ficou frustrado pelas "
                        + "chances desperdiçadas.");
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Foto: Beno Küster"));
        assertNull(languageAt(annotation, "Foto: Beno Küster"));
        assertEquals("pt", languageAt(annotation, "Técnico Márcio Fernandes, do Botafogo-PB"));
    }

    /** traunsteiner-tagblatt.de, the Trostberg Chiefs' third defeat: a weather widget's image name over the story is chrome in no language. */
    @Test
    void anImageNameAloneIsChromeInNoLanguage() {
        Annotation annotation = inAllLanguages("traunsteiner", "weather-image", "15°", "Dritte Niederlage in Folge",
                "Die dritte Niederlage in Folge hat die Trostberg Chiefs in der Eishockey-Landesliga wieder in akute Abstiegsgefahr "
                        + "gebracht. Beim EC Bad Tölz 1b unterlagen die Lehmann-Schützlinge mit 5:7, wobei die Partie lange offen war und "
                        + "die beiden siegbringenden Treffer erst in den Schlussminuten fielen.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "weather-image"));
        assertNull(languageAt(annotation, "weather-image"));
        assertEquals("de", languageAt(annotation, "Die dritte Niederlage in Folge hat"));
    }

    /**
     * ksta.de, Schoeller's job cuts (the whole dev article): a photo's file name over its caption is in no language, though
     * the page's German would claim so short a line, and stays the photo's.
     */
    @Test
    void aPhotosFileNameIsInNoLanguage() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/gold-languages/dev/ksta-weimbs-schoeller-stellenabbau.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Annotation annotation = Annotators.annotateInAllLanguages("ksta", page);
        assertNull(languageAt(annotation, "Hellenthal_Schoeller_Werk_3"));
        assertNotEquals(SpanType.BOILERPLATE, typeAt(annotation, "Hellenthal_Schoeller_Werk_3"));
        assertEquals("de", languageAt(annotation, "Ein Mitarbeiter auf dem Werksgelände"));
    }

    /** sardegna.diariosportivo.it, Olbia after the derby: labels alone in a row, their values lost, are a box of facts. */
    @Test
    void labelsAloneInARowAreChrome() {
        Annotation annotation = inAllLanguages("diariosportivo", "Non nasconde la grande felicità nemmeno Michele Mignani chiamato ad inizio gennaio per portare i bianchi fino "
                        + "ai playoff: «Abbiamo raggiunto il nostro obiettivo - si legge dal sito ufficiale del club - Voglio "
                        + "ringraziare tutti, dalla società allo staff passando per i giocatori e per i tifosi perché tutti hanno "
                        + "contribuito al raggiungimento di quel risultato che ci eravamo prefissati al mio arrivo». Gara sentita e "
                        + "vittoria sofferta: «Questo è un derby molto sentito e in campo si è visto. Il Budoni non ha mai mollato, "
                        + "nemmeno in inferiorità numerica e ha disputato una grande partita. Noi siamo stati bravi a gestire la "
                        + "sofferenza, perché in questi match il valore tecnico incide meno e a contare sono la testa e la fame di "
                        + "vittoria». Nessuna sosta, domenica prossima è già sfida in casa del Grosseto. «Pensiamo a goderci il "
                        + "raggiungimento di questo obiettivo minimo - chiosa Mignani - da domani penseremo al nostro prossimo "
                        + "avversario».",
                "In questo articolo", "Squadre:", "Allenatori:", "Campionato:", "Stagione:");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Squadre:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Stagione:"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Non nasconde la grande"));
    }

    /** jornaldocentro.pt, Académico de Viseu's under-23s: cut teasers at a page's top are links to other stories. */
    @Test
    void cutTeasersAtThePagesTopAreLinks() {
        Annotation annotation = inAllLanguages("jornaldocentro",
                "Sem esquecer o passado e procurando atrair novos públicos, é assim que…",
                "Neste terceiro dia de BTL, a CIM Viseu Dão Lafões brilhou com…",
                "A Turismo Centro de Portugal esteve, uma vez mais, no centro das…",
                "O Académico de Viseu perdeu esta tarde 0-1 com o Portimonense, na oitava jornada do Apuramento para a Taça "
                        + "Revelação (Campeonato Nacional Sub-23).",
                "Foi uma derrota em que ficou a ideia de que a equipa de Viseu poderia fazer mais.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Sem esquecer o passado"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "A Turismo Centro de Portugal"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "O Académico de Viseu perdeu"));
    }

    /** courrierfrontenac.qc.ca, the Assurancia's lost final: "Texte de" opens an author line. */
    @Test
    void texteDeOpensAnAuthorLine() {
        Annotation annotation = inAllLanguages("courrierfrontenac", "L’Assurancia dresse un excellent bilan malgré la défaite en finale",
                "L’Assurancia de Thetford pouvait devenir la première formation de la Ligue nord-américaine de hockey (LNAH) à "
                        + "gagner la coupe Vertdure à quatre reprises, mais le Cool FM de Saint-Georges, ou plutôt le gardien Sébastien "
                        + "Auger, en a décidé autrement alors que la formation beauceronne a remporté la finale en six matchs. Le gain "
                        + "de 3-1 vendredi lui a permis de voir son nom gravé sur le trophée emblématique des séries pour la seconde "
                        + "fois de son histoire.",
                "Texte de Pierre Nadeau",
                "Auger a conservé une moyenne de buts alloués de 2.09 et un taux d’efficacité de .941 dans la finale et a été "
                        + "désigné le joueur par excellence. « Quand tu affrontes un gardien comme ça, c’est extrêmement difficile. On "
                        + "espérait être plus opportunistes, mais ça ne leur enlève rien et il ne faut pas se cacher que leur gardien a "
                        + "été extraordinaire », a commenté Tommy Lafontaine.");
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Texte de Pierre Nadeau"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Auger a conservé une moyenne"));
    }

    // El Confidencial Digital, June 2021 (Europa Press copy); Europa Press, 23 October 2025
    @Test
    void anAgencyDatelineAloneOnItsLineIsAByline() {
        Annotation montero = Annotators.annotate(lines("MADRID, 8 (EUROPA PRESS)",
                "La ministra de Hacienda y Portavoz del Gobierno, María Jesús Montero, ha culpado hoy al PP de divulgar los rumores sobre una posible remodelación del Gobierno de Pedro Sánchez con el fin de tapar las imputaciones de algunos de sus exdirigentes."));
        assertEquals(SpanType.BYLINE, typeAt(montero, "MADRID, 8 (EUROPA PRESS)"));
        Annotation planas = Annotators.annotate(lines("VALÈNCIA, 23 Oct. (EUROPA PRESS) -",
                "El ministro de Agricultura, Pesca y Alimentación, Luis Planas, ha rechazado interpretar como un \"ultimátum\" las palabras de la portavoz de Junts en el Congreso, Miriam Nogueras, al presidente del Gobierno, Pedro Sánchez."));
        assertEquals(SpanType.BYLINE, typeAt(planas, "VALÈNCIA, 23 Oct."));
    }

    // Reuters, 6 January 2015; Roll Call, 2017; Cadena SER, 4 March 2022
    @Test
    void aPhotographersCreditAfterTheAgencyOrInParenthesesClosesACaption() {
        Annotation reuters = Annotators.annotate(lines("January 6, 2015 / 11:05 AM / in 4 years",
                "Virginia ex-governor gets two years in prison for corruption",
                "RICHMOND, Va. (Reuters) - Former Virginia Governor Robert McDonnell was sentenced on Tuesday to two years in federal prison and two years of probation for taking bribes.",
                "Former Virginia Governor Robert McDonnell is surrounded by members of the media after his sentencing hearing in Richmond, Virginia January 6, 2015. REUTERS/Jay Westcott",
                "McDonnell, the first Virginia governor to be convicted of bribe-taking, received a shorter sentence than that sought by prosecutors."));
        assertEquals(SpanType.CAPTION, typeAt(reuters, "Former Virginia Governor Robert McDonnell is surrounded"));
        // the date line with how long ago the story was updated is chrome above the headline
        assertEquals(SpanType.BOILERPLATE, typeAt(reuters, "January 6, 2015 / 11:05 AM"));
        assertEquals(SpanType.TITLE, typeAt(reuters, "Virginia ex-governor gets two years"));
        Annotation rollCall = Annotators.annotate(lines("Senators Swarmed by Media in Sessions Hearing Aftermath",
                "Sen. Amy Klobuchar, D-Minn., ranking member on the Senate Rules Committee, pushed back hard on the Rules Committee directive restricting press access on a busy day on Capitol Hill. (Tom Williams/CQ Roll Call)",
                "Reporters and photographers were out in force on Tuesday as Attorney General Jeff Sessions testified before the Senate Intelligence Committee about his contacts with Russian officials."));
        assertEquals(SpanType.CAPTION, typeAt(rollCall, "Sen. Amy Klobuchar, D-Minn."));
        Annotation ser = Annotators.annotate(lines("Directo",
                "ENTREVISTA RODRI Sigue en directo la entrevista en 'El Larguero' a Rodri, el ganador del Balón de Oro",
                "Política | Actualidad",
                "\"El ataque a Ucrania es también un ataque a la Unión Europea, a nuestros principios y a nuestros valores\"",
                "España ha decidido liberar parte de sus reservas de petróleo como medida extraordinaria para hacer frente al conflicto en Ucrania",
                "La ministra de Política Territorial y portavoz del Gobierno, Isabel Rodríguez García, durante una rueda de prensa posterior a la reunión del Consejo de Ministros. / Chema Moya (EFE)",
                "MADRID",
                "La ministra de Política Territorial y portavoz del Gobierno, Isabel Rodríguez, ha iniciado su comparecencia posterior a la reunión del Consejo de Ministros explicando que la rueda de prensa se ha retrasado."));
        assertEquals(SpanType.CAPTION, typeAt(ser, "durante una rueda de prensa posterior"));
        assertEquals(SpanType.BOILERPLATE, typeAt(ser, "ENTREVISTA RODRI"), "a live promo is no headline");
        assertEquals(SpanType.BOILERPLATE, typeAt(ser, "Política | Actualidad"));
        assertEquals(SpanType.TITLE, typeAt(ser, "\"El ataque a Ucrania"));
        assertEquals(SpanType.BYLINE, typeAt(ser, "MADRID"));
    }

    // Best Fit, January 2019: the list of other stories and the newsletter prompt after the article
    // diariouno.com.ar, 21 March 2023
    @Test
    void aLineThatOpensWithAPhotosFileNameIsItsCaption() {
        Annotation annotation = Annotators.annotate(lines("►TE PUEDE INTERESAR: Dibu Martínez, conmovido por el cariño de los más chicos",
                "scaloni 2.jpg Lionel Scaloni dio la primera conferencia de prensa en el reencuentro de la Selección argentina",
                "Respecto a este compromiso, el entrenador fue claro: \"Vamos a encarar este partido como lo hacemos con todos. Siempre hay que dar el máximo\"."));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "scaloni 2.jpg"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Respecto a este compromiso"));
    }

    @Test
    void aBulletedListOfHeadlinesAfterTheProseAndANewsletterPromptAreBoilerplate() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "Is Janelle Monáe teasing something new?",
                "Janelle Monáe's scheduled performance at the 61st GRAMMYs ceremony is only next month, so teasing a new project ahead of her appearance is a probable theory.",
                "- Billie Eilish performs a series of Christmas covers during Kia Forum residency",
                "- Charli XCX and Post Malone receive extra Grammy nods for Art Direction",
                "- Carrie Underwood to replace Katy Perry as new American Idol judge",
                "Get the Best Fit take on the week in music direct to your inbox every Friday"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "- Billie Eilish"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "- Carrie Underwood"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Get the Best Fit take"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Janelle Monáe's scheduled performance"));
    }

    // TN (Argentina), January 2021: links to other stories set off by "//" between the paragraphs
    @Test
    void aMarkedLinkToAnotherStoryInsideTheArticleIsBoilerplate() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "Pero lo que podría haber terminado con una canción exitosa en la red social de videos se convirtió en una colaboración espontánea con otras personas.",
                "// TikTok fue la app más descargada de 2020 a pesar de sus peleas con EEUU y la India",
                "Primero apareció un usuario, Luke The Voice, que le sumó su voz grave."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "// TikTok fue la app"));
        assertEquals("es", languageAt(annotation, "// TikTok fue la app"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Primero apareció"));
    }

    // Politico, March 2013 (the text-size widget); Besame.fm (the archive tags and a "see also" link)
    @Test
    void pageControlsAreBoilerplateInNoLanguageAndArchiveTagsAreBoilerplate() {
        Annotation politico = Annotators.annotate(String.join("\n",
                "“It’s like they what they say about Las Vegas, what happens in Vegas stays there and the same is supposed to be true of our caucuses,” said Sen. Tom Carper.",
                "Text Size", "  • -", "  • +", "  • reset",
                "Carper added: “I’ll always spill my guts though.”"));
        assertEquals(SpanType.BOILERPLATE, typeAt(politico, "Text Size"));
        assertEquals(SpanType.BOILERPLATE, typeAt(politico, "• reset"));
        assertNull(languageAt(politico, "Text Size"));
        Annotation besame = Annotators.annotate(lines("Ricky Martin anuncia nueva música",
                "El cantante puertorriqueño emocionó a sus fieles fanáticos con la noticia.",
                "Archivado en: Ricky Martin  •  ",
                "Por medio de su cuenta de Instagram, en la que lo siguen más de 16 millones de personas, el artista puertorriqueño Ricky Martin reveló con un corto video que el 2020 traerá nueva música.",
                "Mira También: CRITICAN A ALEJANDRO FERNÁNDEZ POR CAMBIAR SU IMAGEN"));
        assertEquals(SpanType.BOILERPLATE, typeAt(besame, "Archivado en"));
        assertEquals(SpanType.BOILERPLATE, typeAt(besame, "Mira También"));
    }

    // Press TV, 17 October 2018; AP, 15 March 2017
    @Test
    void aSectionPathAndAShareBarAboveTheProseAreBoilerplate() {
        Annotation presstv = Annotators.annotate(lines("News   /   Politics",
                "Trump slams AP as 'fake news' for changing his comments on midterm elections",
                "US President Donald Trump has called the Associated Press “fake news” over a headline it had on a story about comments Trump made on the midterm congressional elections, saying the AP headline was misleading."));
        assertEquals(SpanType.BOILERPLATE, typeAt(presstv, "News   /   Politics"));
        assertEquals(SpanType.TITLE, typeAt(presstv, "Trump slams AP"));
        Annotation ap = Annotators.annotate(String.join("\n", "The Latest: Trump stands by wiretapping tweet",
                "  •       AIM", "  •       Share",
                "FILE - In this Saturday, Jan. 28, 2017 file photo, President Donald Trump speaks on the telephone with Australian Prime Minister Malcolm Turnbull in the Oval Office of the White House in Washington. (AP Photo/Alex Brandon, File)",
                "", "Buy AP Photo Reprints", "",
                "(AP) — The Latest on President Donald Trump (all times local):", "",
                "President Donald Trump is standing by his tweet that the Obama administration wiretapped him last year.", "",
                "Reporter David Cay Johnston revealed the tax documents in an interview with MSNBC's Rachel Maddow. The two pages showed that the president earned $150 million in 2005 and paid $38 million in income taxes that year."));
        assertEquals(SpanType.BOILERPLATE, typeAt(ap, "AIM"));
        assertEquals(SpanType.BOILERPLATE, typeAt(ap, "Buy AP Photo Reprints"));
        // a title before the name is no biography's role, even standing last
        assertEquals(SpanType.PARAGRAPH, typeAt(ap, "Reporter David Cay Johnston"));
    }

    // Tribal Football, 2014; Besame.fm
    @Test
    void aNameAloneByTheAuthorHeadingOrUnderTheHeadlineIsAByline() {
        Annotation tribal = Annotators.annotate(String.join("\n",
                "Koeman: Southampton deserved more from Man Utd meeting", "",
                "Southampton boss Ronald Koeman believes his side should have got something more out of Monday night's clash with Manchester United.", "",
                "Andrew Slevison", "About the author", "", "Andrew Slevison"));
        assertEquals(SpanType.BYLINE, typeAt(tribal, "Andrew Slevison\nAbout"));
        assertEquals(SpanType.BYLINE, tribal.spans().get(tribal.spans().size() - 1).type());
        Annotation besame = Annotators.annotate(lines("Ricky Martin anuncia nueva música",
                "El cantante puertorriqueño emocionó a sus fieles fanáticos con la noticia.",
                "Luisa Toquica",
                "Por medio de su cuenta de Instagram, en la que lo siguen más de 16 millones de personas, el artista puertorriqueño Ricky Martin reveló con un corto video que el 2020 traerá nueva música."));
        assertEquals(SpanType.BYLINE, typeAt(besame, "Luisa Toquica"));
    }

    // Patch, April 2021; WALO Radio, 20 April 2020
    @Test
    void theSentenceAboveTheDatelineParagraphIsTheTeaserAndTheDatelineParagraphIsProse() {
        Annotation patch = Annotators.annotate(String.join("\n", "Crime & Safety",
                "Police Department Apologizes For Sharing Anti-George Floyd Post",
                "The Fall River Police Department in Massachusetts said the post was incorrectly shared on the agency's Facebook page.",
                "",
                "FALL RIVER, MA. — The Fall River Police Department apologized Wednesday after it inadvertently shared and then deleted a Facebook post that appeared to be critical of George Floyd."));
        assertEquals(SpanType.CAPTION, typeAt(patch, "The Fall River Police Department in Massachusetts"));
        assertEquals(SpanType.PARAGRAPH, typeAt(patch, "FALL RIVER, MA."));
        Annotation walo = Annotators.annotate(lines("Olein Yabucoa aclara denuncia del gobierno y retira producto del mercado",
                "Foto: Captura de pantalla", "Noticia por Redacción WALO Radio",
                "(20 de abril de 2020 – WALO Radio) – La directora de Relaciones Corporativas de la compañía Olein Recovery, Corp. en Yabucoa, Marieanela Maldonado, informó a WALO Radio que la empresa se encuentra en el proceso legal de apelación y retiró todo el producto del mercado."));
        assertEquals(SpanType.PARAGRAPH, typeAt(walo, "(20 de abril de 2020"));
    }

    // Filo.news, 16 February 2017: the headline printed again under the standfirst, then the photo's caption
    @Test
    void theHeadlineRepeatedUnderTheStandfirstMakesItATeaser() {
        Annotation annotation = Annotators.annotate(String.join("\n", "Ir al contenido", "Logo",
                "Actualidad #política#Gobierno nacional#presidente de la nación#Conferencia de prensa", "",
                "El Presidente y otros políticos opinaron en Twitter después de la conferencia de prensa", "",
                "Después de las respuestas que brindó a los periodistas en la Casa Rosada, el Presidente escribió una catarata de mensajes en Twitter. Otros políticos también se hicieron eco de sus declaraciones. Leé todos los comentarios",
                "El Presidente y otros políticos opinaron en Twitter después de la conferencia de prensa",
                "Los políticos se expresaron en Twitter", "",
                "El Presidente de la Nación brindó una conferencia de prensa en la que habló de todos los temas políticos del momento: el acuerdo por Correo Argentino, la ley de ART y el aumento de las jubilaciones."));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Después de las respuestas"));
        assertEquals(SpanType.TITLE, typeAt(annotation, "El Presidente y otros políticos opinaron en Twitter después de la conferencia de prensa\nLos"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Los políticos se expresaron"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "El Presidente de la Nación brindó"));
    }

    // La Voz de Michoacán, October 2023; TV Azteca, 5 October 2017
    @Test
    void aNewsroomLineWithASlashIsABylineAndAPromptMayOpenWithAnInvertedMark() {
        Annotation voz = Annotators.annotate(lines(
                "Shakira y sus amigas celebran el regreso de la colombiana a la soltería; ¡así vivieron la fiesta!",
                "Luego de lanzar su nuevo sencillo “Soltera” la cantante demostró lo feliz que puede estar sin Piqué",
                "Foto: Redes", "Redacción / La Voz de Michoacán",
                "Estados Unidos. La cantante colombiana Shakira festejó junto a Belinda, Danna, Kenia Os y otras celebridades el estreno de su nuevo tema “Soltera”, que salió a las plataformas de streaming hace unos días."));
        assertEquals(SpanType.BYLINE, typeAt(voz, "Redacción / La Voz de Michoacán"));
        assertEquals(SpanType.CAPTION, typeAt(voz, "Foto: Redes"));
        Annotation azteca = Annotators.annotate(lines(
                "Mon Laferte también compartió una fotografía con la descripción “Mi amor”, en donde se observa a la cantante muy enamorada de Natalia Pérez, su baterista.",
                "¡No te pierdas nuestro contenido, sigue a Fuerza Informativa Azteca en Google News!",
                "Escrito por: Azteca Noticias"));
        assertEquals(SpanType.BOILERPLATE, typeAt(azteca, "¡No te pierdas"));
        assertEquals(SpanType.BYLINE, typeAt(azteca, "Escrito por"));
    }

    // Demócrata, https://www.democrata.es/politica/sanchez-descarta-crisis-gubernamental-sugiere-futuras-consultas/amp;
    // News18, https://www.news18.com/news/buzz/to-all-the-tweets-that-made-it-to-ig-twitter-takes-a-cheeky-jab-at-instagram-4514543.html
    @Test
    void aLineOfAFewWordsBetweenParagraphsIsACrossheadUnlessItReports() {
        Annotation democrata = Annotators.annotate(lines(
                "Sánchez descarta una crisis de gobierno",
                "Utilizando una respuesta habitual sobre la posibilidad de una crisis gubernamental, Sánchez comentó con cierta ironía: «Es un poco difícil, porque si le digo que sí no me va a creer y si le digo que no, tampoco».",
                "DIÁLOGO SOBRE ECONOMÍA Y DESIGUALDAD CON EL REY",
                "En su encuentro con el Rey, que duró cerca de una hora, Sánchez abordó temas cruciales, comenzando por la situación económica de España, la cual considera «francamente positiva»."));
        assertEquals(SpanType.TITLE, typeAt(democrata, "DIÁLOGO SOBRE ECONOMÍA Y DESIGUALDAD CON EL REY"));
        assertEquals(SpanType.PARAGRAPH, typeAt(democrata, "En su encuentro con el Rey"));
        assertEquals(SpanType.PARAGRAPH, typeAt(democrata, "Utilizando una respuesta habitual"));
        Annotation news18 = Annotators.annotate(lines(
                "The tweet has accumulated more than 1 lakh likes and netizens, along with big brands joining in on the chirp.",
                "American fintech company Chime’s comment read, “Cheers to all the overdraft fees saved this year.”",
                "Cheers to all the overdraft fees saved this year.— Chime (@Chime) December 2, 2021",
                "“Cheers to that,” wrote KFC Gaming",
                "Cheers to that 🍻 pic.twitter.com/KSO6XLwuz6— KFC Gaming (@kfcgaming) December 2, 2021",
                "Now it was time for netizens to shine with their comments.",
                "This user seemed to demand an award from Twitter for the year-long efforts."));
        assertEquals(SpanType.PARAGRAPH, typeAt(news18, "“Cheers to that,” wrote KFC Gaming"), "words after a quotation report");
        // a line that opens a quotation it does not close is no crosshead either: PostsStageTest's
        // signatureWithProseAfterItOnTheSameLineSplitsTheLine ("“Al momento, es totalmente falso una información […]")
        // (kn-online.de, Kiel, 2017: a German quotation closes with “, so the crosshead's marks are balanced)
        Annotation kn = inAllLanguages("kn",
                "Kiel. In der Eckernförder Bucht hat sich jetzt die erste überörtliche Bürgerinitiative gebildet. Sie will noch vor der Landtagswahl eine Petition starten, um die Landesplanungen zu stoppen. Laut Staatskanzlei werden sich bis 2025 auf zwei Prozent der Landesfläche bis zu 3600 Windräder drehen – 500 mehr als bislang. Sie sollen erheblich leistungsstärker sein, zudem will die Landesregierung keinen Wildwuchs mehr und stattdessen feste Flächen für Windparks festlegen. Drei Planungsräume mit Vorrangflächen hat Ministerpräsident Torsten Albig (SPD) vorgestellt. Im März informierte die Regierung auf vier Veranstaltungen über die Pläne. „Die Resonanz war mit 1200 Besuchern geringer als im vergangenen Jahr, als 3500 Besucher zu fünf Veranstaltungen kamen“, sagt ein Sprecher Albigs. Im Internet seien etwa 500, per Post und Mail 350 Stellungnahmen eingegangen. Grundsätzlich habe man nicht den Eindruck, dass die Pläne überwiegend auf Widerstand stießen.",
                "„Energiewende mit der Brechstange“",
                "Dem widersprechen die Windkraftgegner mit Nachdruck: „200 Initiativen gibt es landesweit, und es werden jeden Tag mehr“, sagt Susanne Kirchhof, Vorsitzende des Vereins „Gegenwind“. Inzwischen protestieren Bürgermeister aller politischen Lager öffentlich, sprechen von „Energiewende mit der Brechstange“, „Entmündigung kommunaler Entscheidungsträger“ oder dem Versuch, „gewählte Volksvertreter mundtot zu machen“. In Waabs (Kreis Rendsburg-Eckernförde) schlossen sich auch einige SPD-Bürgermeister den Demonstranten an.");
        assertCrosshead(kn, "„Energiewende mit der Brechstange“", "Dem widersprechen die Windkraftgegner");
    }

    // laola1.at, 2025 (Rapid in Ried): a crosshead with a quoted word inside ("Demir begeistert von "Top-Stürmer"
    // Kara") and one that is a whole quotation; bvz.at (Ollersdorf): a crosshead that asks a question
    @Test
    void aCrossheadMayQuoteAWordBeAQuotationOrAskAQuestion() {
        Annotation laola = inAllLanguages("laola1",
                "\"Ich habe mir auch schon vor den letzten Spielen vorgenommen, mutiger zu agieren. Umso glücklicher bin ich, dass es heute geklappt hat\", freute sich der Youngster.",
                "Demir begeistert von \"Top-Stürmer\" Kara",
                "Kara legte mit dem sehenswerten 2:0 nach, als er Sollbauer überlupfte und dann trocken abschloss. Der Stürmer brachte Rapid damit letztlich auf die Siegerstraße. Vorlagengeber Furkan Demir schwärmte danach von seinem \"Buddy\": \"Was er da mit dem Gegner macht, ist ein Wahnsinn. Und dann mit dem linken ins lange Eck - Top-Stürmer\", grinste er.",
                "Weniger freudestrahlend, aber nicht weniger glücklich gab sich Trainer Peter Stöger nach dem Spiel. \"Das tut uns natürlich sehr gut\", so der Rapid-Coach. \"Wir sind nicht mit viel Selbstvertrauen in die Partie reingegangen\", war ihm bewusst.",
                "\"Mein Tor war der Dosenöffner\"",
                "Dass es überhaupt so kam, lag auch am dritten \"Man of the day\", Paul Gartler. \"Er hat uns zu Beginn im Spiel gehalten\", lobte Stöger die eigentliche Nummer zwei.");
        assertEquals(SpanType.TITLE, typeAt(laola, "Demir begeistert von"));
        assertCrosshead(laola, "\"Mein Tor war der Dosenöffner\"", "Weniger freudestrahlend");
        Annotation bvz = inAllLanguages("bvz",
                "Die SPÖ-Ortspartei hält nämlich zeitgleich ihre Mitgliederversammlung ab, in der auch der Spitzenkandidat für die Gemeinderatswahl festgelegt werden soll. „Wir haben den Bürgermeister deshalb um eine Verschiebung der Gemeinderatssitzung gebeten. Bei über 100 Mitgliedern und angekündigten Ehrengästen wäre es nicht möglich, unseren Ortsparteitag zu verschieben“, erklärt SPÖ-Ortsparteivorsitzende Sylvia Heschl.",
                "Gemeinderatssitzung erst um 22 Uhr?",
                "„Um des Friedens willen“ hat Ortschef Bernd Strobl (ÖVP) dann vorgeschlagen, dass die Gemeinderatssitzung erst um 22 Uhr beginnen soll. „Dann hat die SPÖ genug Zeit, ihre Mitgliederversammlung abzuhalten und sich im Anschluss um das zu kümmern, wofür sie gewählt wurden, nämlich dem Wohl der Gemeinde“, neckt Strobl.");
        assertCrosshead(bvz, "Gemeinderatssitzung erst um 22 Uhr?", "„Um des Friedens willen“");
    }

    // wiwsport.com, 2021 (AS Douanes 1-1 Dakar Sacré-Cœur): a crosshead that gives a coach's words after his name, his club
    // in brackets and a colon; kirkintillochherald.co.uk: a sentence that reports before its colon ("But one parent asked:
    // “…”") is prose
    @Test
    void aCrossheadMayGiveASpeakersWordsAfterTheNameAndAColon() {
        Annotation wiwsport = inAllLanguages("wiwsport",
                "La rencontre AS Douanes – Dakar Sacré-Cœur de samedi dernier s’est soldée sur un nul (1 but partout) qui a fait le bonheur des deux coaches. Ce match de la 6ème journée de L1, quoique d’un bon niveau technique, aurait cependant pu se terminer avec plus de buts. Voici le débriefing des deux coaches.",
                "Joseph Wagane Senghor (AS Douanes) : « Mes joueurs ont fait preuve de caractère »",
                "Depuis 4 ans qu’il est à la tête de l’AS Douanes, Joseph Wagane Senghor n’a jamais eu le bonheur de battre le Dakar Sacré-Cœur. « Soit on fait match nul, soit il nous fait un hold-up », a raconté le coach douanier. Et le deuxième scénario a failli se produire, samedi dernier au stade Ibrahima Boye de Ndiarème, lors de la 6ème journée. Puisque Mouhamed Diop avait ouvert le score à la 50ème mn pour DSC. « Mais mes joueurs ont fait preuve de beaucoup de caractère », selon « Jo » dont l’équipe a refait son retard au bout de 10 mn grâce à Moussa Sow.",
                "Après une première période où ils ont été « timorés », selon le mot même de leur entraineur, les Douaniers sont mieux revenus dans la partie après la pause, « réveillés » qu’ils ont été par ce but pris dès la reprise. A l’arrivée, ils ont signé leur premier match nul de la saison. « Jusqu’ici, soit on gagnait, soit on perdait. On ne savait pas partager les points », s’est presque réjoui Joseph Senghor. Son seul regret, c’est que ses joueurs n’aient pas transformé toutes les opportunités qu’ils se sont créées. Mais, il s’est félicité du « bon spectacle » offert par les deux équipes.");
        Annotation herald = Annotators.annotate(lines(
                "Ms Swinson has insisted that she met parents on countless occasions to discuss St Joseph’s and convened a meeting between parent representatives and East Dunbartonshire Council officers.",
                "But one parent asked: “Why did LibDems protect Bearsden Primary School and not us?”",
                "Milngavie MSP Gil Paterson has also hit out over the MP’s comments."));
        assertCrosshead(wiwsport, "Joseph Wagane Senghor (AS Douanes) : « Mes joueurs ont fait preuve de caractère »",
                "Depuis 4 ans qu’il est à la tête de l’AS Douanes");
        assertEquals(SpanType.PARAGRAPH, typeAt(herald, "But one parent asked"));
    }

    // lepatriote.fr, 2014 (Beaujolais Basket relegated): a page cut after a crosshead that asks a question, its last line
    @Test
    void aQuestionAloneAfterTheLastParagraphIsACrosshead() {
        Annotation patriote = inAllLanguages("lepatriote",
                "Basket-ball/Nationale 2 : Beaujolais Basket a perdu son pari",
                "Un an après sa montée de Nationale 3, suite un exercice 2012-2013 triomphant en tous points, Beaujolais Basket retrouvera donc en septembre le niveau qu’il a côtoyé durant plusieurs années consécutives. La défaite de samedi dernier à Aubenas (97-88) a précipité la chute des bleus. \"On accumule un retard de dix-sept points. Malgré cela, on arrive à revenir à six points. Mais dans la foulée, on offre des points à Aubenas tout en gâchant des opportunités de scorer. De toute façon, quand on commence mal les matches. A ce niveau, les erreurs se payent cash\", relate Franck Macaire.",
                "Cette défaite illustre symboliquement le fil rouge de cette saison inaboutie. Malgré une belle série victorieuse lors de la phase retour, Beaujolais Basket revenait de trop loin pour espérer un miracle. Lors de la séance d’entraînement de ce mardi, Franck Macaire n’a pas manqué de le souligner à ses joueurs avant de conforter son opinion pour notre journal. \"Forcément c’est une grosse déception\", assure-t-il. Et comme toute fin de saison, le passé ressurgit. Celui-ci fait d’autant plus mal que Beaujolais Basket n’a pas rempli son objectif à cause probablement d’une première partie de championnat ratée. Franck Macaire confirme : \"On perd notre maintien lors de la phase aller jusqu’à notre éveil. Ce sont des matches où l’on n’a pas répondu présents, plus particulièrement les matches à domicile. Les déplacements au Cannet ou à Nord Ardèche font également partie de cette liste de défaites où, parfois, on a fait n’importe quoi. Il nous a manqué du caractère, de l’envie, de la maîtrise et de la lucidité à certains moments\".",
                "Et maintenant ?");
        assertCrosshead(patriote, "Et maintenant ?", "Cette défaite illustre");
    }

    // kl1radio.co.uk, 2023 (King's Lynn town council): each photo's alternative text and its caption, the same line twice
    @Test
    void aLinePrintedTwiceInARowInsideTheArticleIsACaption() {
        Annotation kl1 = Annotators.annotate(lines(
                "Lynn town council proposal moves step closer after heated debate",
                "A call to investigate the idea is included in West Norfolk Council’s corporate strategy, which sets out its ambitions over the next four years.",
                "Conservative group leader Stuart Dark said it would be the biggest change in how West Norfolk is governed in 50 years and questioned if it was necessary.",
                "Cllr Stuart Dark. Picture: West Norfolk Council",
                "Cllr Stuart Dark. Picture: West Norfolk Council",
                "Brian Long believes creating a town council would create “an extra layer of bureaucracy” and argued it would cost too much, calling it a “pie in the sky” idea."));
        int first = kl1.text().indexOf("Cllr Stuart Dark. Picture");
        int second = kl1.text().indexOf("Cllr Stuart Dark. Picture", first + 1);
        assertEquals(SpanType.CAPTION, typeAt(kl1, kl1.text().substring(first, first + 20)));
        assertEquals(SpanType.CAPTION, kl1.spans().stream().filter(s -> s.start() == second).findFirst().orElseThrow().type());
        assertEquals(SpanType.PARAGRAPH, typeAt(kl1, "Conservative group leader Stuart Dark"));
    }

    // alanews.it, 2024 (Milan police's yearly figures): a list of links to other stories, each a cut teaser
    @Test
    void cutTeasersInARowAreLinksToOtherStories() {
        Annotation alanews = inAllLanguages("alanews", "Sicurezza Milano, bilancio annuale della Polizia: “Quasi 5mila arresti nel 2023”",
                "Il questore Giuseppe Petronzi fa i numeri: “Tanti recidivi e quasi un rimpatrio al giorno”",
                "CRONACA (Milano). Nel 2023 la Polizia di Stato ha arrestato “quasi 5mila persone, 4750 per l’esattezza” a Milano. Lo ha annunciato oggi in conferenza stampa il questore Giuseppe Petronzi, che non solo ha parlato di “indice in crescita” da via Fatebenefratelli, – sede della questura – ma ha anche lanciato un allarme: “Un tema delicato rimane quello della recidiva: ci sono persone che vengono arrestate più volte”. E ha aggiunto: “Abbiamo espulso quattro persone per questioni di sicurezza nazionale e rimpatriato 362 persone, quasi una al giorno. Persone che rappresentavano una minaccia per il nostro territorio”. (Lorenzo Bonuomo/alanews)",
                "Se non sei abbonato e vuoi acquistare questo video clicca qui",
                "Firenze, Funaro: \"Accanto ai magistrati, indipendenza fondamentale\" Il sindaco: \"Così si mette a rischio la…",
                "Bollette, Schlein: \"Serve disaccoppiamento prezzi e tetto a prezzo gas\" \"Famiglie e imprese pagano costo…",
                "Caso Santanché, la ministra: \"Se ho chiarito con Bignami? Continuo con il mio lavoro\" \"Con…",
                "Giustizia, Carofiglio: \"Interlocutori spregiudicati e poco inclini a considerare tema della verità\" L'ex magistrato cita…",
                "Presidio magistrati contro riforma giustizia, Lesti: \"Tre sono i punti critici\" \"Separazione carriere, l'istituzione di…",
                "Delmastro, Albano: \"Serve una riforma della giustizia per non far più condannare i politici?\" La…");
        assertEquals(SpanType.BOILERPLATE, typeAt(alanews, "Firenze, Funaro:"));
        assertEquals(SpanType.BOILERPLATE, typeAt(alanews, "Delmastro, Albano:"));
        assertEquals(SpanType.PARAGRAPH, typeAt(alanews, "CRONACA (Milano). Nel 2023"));
        // quoted words in such links are no quotations of the article
        int links = alanews.text().indexOf("Firenze, Funaro:");
        assertTrue(alanews.quotes().stream().allMatch(quote -> quote.start() < links));
        assertTrue(alanews.quotes().size() >= 3);
    }

    // freiburger-nachrichten.ch, Düdingen (an excerpt that stops after a crosshead, its share bar in English on a German
    // page); iharare.com, https://iharare.com/saweetie-calls-out-her-record-label/ (the page's text cut after a comma)
    @Test
    void aTextCutAfterACrossheadEndsOnATitleAndOneLanguagesChromeIsInThatLanguage() {
        Annotation freiburger = inAllLanguages("freiburger",
                "Share on facebook",
                "Share on twitter",
                "Ein Quartier so gross wie ein Dorf",
                "«Wir sind in den Startlöchern und parat für die öffentliche Auflage des Briegliparks», sagte der Düdinger Ammann Kuno Philipona (CVP) am Montagabend zu den 167 Bürgerinnen und Bürgern.",
                "CVP-Mitglied Olivier Hayoz fragte nach dem Steuersubstrat, das Düdingen mit dem Brieglipark erwarten dürfe. Das hänge davon ab, wie viele Familien mit Kindern hinziehen würden, erklärte Gemeinderat Niklaus Mäder (SVP), der für das Ressort Finanzen zuständig ist. «Eines kann ich Ihnen versprechen, es werden Steuerzahler sein», sagte Mäder und sorgte mit dieser Aussage ungewollt für Lacher im Buffetsaal.",
                "Sechs Jahre Planung");
        assertCrosshead(freiburger, "Sechs Jahre Planung", "CVP-Mitglied Olivier Hayoz");
        assertEquals("en", languageAt(freiburger, "Share on facebook"));
        assertEquals("de", languageAt(freiburger, "CVP-Mitglied Olivier Hayoz"));
        Annotation iharare = Annotators.annotate(lines(
                "Some fans sympathized with Icy Girl whilst others didn’t think highly of the song. Some were of the opinion that Saweetie was competing with the collaborative single ‘WAP’.",
                "She ended her thread by tweeting,"));
        assertEquals(SpanType.PARAGRAPH, typeAt(iharare, "She ended her thread"), "a line that stops after a comma goes on");
    }

    // lavantage.qc.ca, Rimouski, 13 November 2017: the search form's fields above the story, one of them a journalist's role
    @Test
    void aJournalistsRoleAloneIsInThatRolesLanguage() {
        Annotation lavantage = inAllLanguages("lavantage",
                "Recherche",
                "Recherche par terme",
                "Journaliste",
                "Date de parution",
                "13 novembre 2017",
                "Un nouveau conseil municipal rajeuni et diversifié à Rimouski",
                "ASSERMENTATION. Une cérémonie d’assermentation a permis à un nouveau conseil municipal qualifié par le nouveau maire, Marc Parent, de « rajeuni et diversifié », de commencer le travail lundi soir.");
        assertEquals("fr", languageAt(lavantage, "Journaliste"));
        assertEquals("fr", languageAt(lavantage, "ASSERMENTATION."));
    }

    /**
     * imirante.com (Imperatriz) and europapress.es: a line that dates the story in figures, after a label or a weekday and
     * before a time ("às 11h43", "18:20:46 CET"), is its author's line, whichever figure is the day; a credit with a bar
     * stays the photo's, and a sentence that gives a date in figures stays prose.
     */
    @Test
    void aDateInFiguresDatesTheStory() {
        Annotation annotation = inAllLanguages("imirante", "\"A gente queria demais, mas não conseguimos\", diz Canidé",
                "O Sampaio perdeu por 3 a 1 para o Imperatriz, que ficou com título de campeão.",
                "Atualizada em 27/03/2022 às 11h43",
                "(Foto: Alan Milhomem / Imirante Imperatriz )",
                "IMPERATRIZ – Com um time que em muito pouco se parecia com o Sampaio Corrêa que enfrentou o Imperatriz no último "
                        + "domingo, o técnico Oliveira Canindé viu o time perder o título.",
                "O jogo de volta foi marcado para 03/04/2022, no Estádio Frei Epifânio.",
                "Actualizado 23/08/2018 18:20:46 CET");
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Atualizada em 27/03/2022"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "(Foto: Alan Milhomem"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "O jogo de volta foi marcado"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Actualizado 23/08/2018"));
    }

    /**
     * spikedmedia.co.zw, sportsdayonline.com and grahamleader.com: an audio player's prompt, a push prompt and a print
     * paper's web teaser are chrome around the story; its sentences are not.
     */
    @Test
    void anAudioPlayerAPushPromptAndAPrintTeaserAreChrome() {
        Annotation annotation = inAllLanguages("chrome", "Newly elected Zvimba council chairperson urges unity",
                "Getting your Trinity Audio player ready…",
                "Presiding over the first full council meeting, the district development coordinator urged the new council leadership to work as a team.",
                "Get real time updates directly on you device, subscribe now.",
                "The requirement was made known after a July 2 inspection of the jail by the Texas Commission on Jail Standards.",
                "Read the entire story in this weekend's Graham Leader.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Getting your Trinity Audio"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Get real time updates"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Read the entire story"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The requirement was made known"));
    }

    /**
     * laliberte.ch: a headline whose clause goes on after a slash ("Portalban/Gletterens reçoit une leçon") is no
     * photographer's credit; dnainfo.com: "DNAinfo/Jill Colvin", names on both sides, is one.
     */
    @Test
    void aSlashInAHeadlineIsNoCredit() {
        Annotation headline = inAllLanguages("laliberte", "Logo", "Football", "Football. Portalban/Gletterens reçoit une leçon", "A domicile, les Fribourgeois n’ont pas fait le poids contre Monthey (0-5). Le début de seconde mi-temps leur a été fatal. «Entre la semaine dernière et aujourd’hui, je n’ai pas reconnu mon équipe», regrette l’entraîneur Dominique Coelho.");
        assertEquals(SpanType.TITLE, typeAt(headline, "Football. Portalban/Gletterens"));
        Annotation credit = inAllLanguages("dnainfo", "View Full Caption", "DNAinfo/Jill Colvin", "NEW YORK CITY — The mayor thinks the Department of Transportation is \"stupid\" because it gave the council speaker the same advice it would give every other New Yorker.", "Speaker Melissa Mark-Viverito tweeted a picture Tuesday of a broken traffic light in East Harlem and called on the DOT to fix it.");
        assertEquals(SpanType.CAPTION, typeAt(credit, "DNAinfo/Jill Colvin"));
    }

    /** sport.tirol: the rows of a standings table, a rank, a team's name and figures, are in no language; the prose is German. */
    @Test
    void aStandingsTablesRowsAreInNoLanguage() {
        Annotation annotation = inAllLanguages("sporttirol", "In der Tat konnten die Tiroler die Niederlage trotz eines zwischenzeitlichen 16:23 noch mit 23:26 erträglich gestalten, glücklich war Bergemann dennoch nicht. Er konstatierte „viele technische Fehler“. Aufmunternder Nachsatz: „Positiv war: Wir haben uns nicht aufgegeben.“ Ebenfalls erfreulich - mit Philipp Spendier wurde ein Schwazer Rückraumspieler in den Kader des Nationalteams einberufen. „Er hat sich das definitiv verdient“, freute sich sein Vereinscoach Bergemann über die Anerkennung der jüngsten Leistungen. Am 24. Oktober kann Spendier in Norwegen erstmals seine Qualitäten unter Beweis stellen, vier Tage später tritt das Team in Graz gegen Schweden an.", "Tabelle Grunddurchgang:", "1.HSG Graz 6  4  1  1  166:153   9", "2.Bregenz Handball 6  3  2  1  161:145   8", "3.Moser Medical UHK Krems 6  4  0  2  174:160   8");
        assertNull(languageAt(annotation, "1.HSG Graz"));
        assertNull(languageAt(annotation, "3.Moser Medical UHK Krems"));
        assertEquals("de", languageAt(annotation, "In der Tat konnten die Tiroler"));
    }

    /** wn.de: a breadcrumb trail scraped as a numbered list with a ">" between its links is chrome, every item of it. */
    @Test
    void aNumberedBreadcrumbTrailIsChrome() {
        Annotation annotation = inAllLanguages("wn", "1. www.wn.de", "2. >", "3. Archiv", "4. >", "5. Enttäuschung", "6. >", "Archiv", "Enttäuschung", "wn", "-msch/uw- Münster. Es sollte jetzt endlich den ersten Heimsieg geben. Aber die Landesliga-Handballer von Westfalia Kinderhaus bereiteten ihrem Trainer Helge Rüddenklau die nächste Enttäuschung. Mit 26:33 (16:16) unterlag Kinderhaus gestern am späten Nachmittag dem TSV Ladbergen.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "1. www.wn.de"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "3. Archiv"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "5. Enttäuschung"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "-msch/uw- Münster. Es sollte jetzt endli"));
    }

    /**
     * jipsportsbenin.com: prose the page hard-wrapped, a few words a line with no blank line between them and sentences
     * running on from line to line, is paragraphs in the language of the whole block, however short each line.
     */
    @Test
    void hardWrappedProseIsParagraphsInItsBlocksLanguage() {
        Annotation annotation = Annotators.annotateInAllLanguages("jipsports", String.join("\n", "Les", "Guépards locaux du Bénin ont", "été battu le vendredi 25", "octobre 224 dernier au stade", "de Kégué de Lomé par leur", "homologue des Eperviers du", "Togo dans le cadre du", "premier tour aller des", "éliminatoires du Chan 2024.", "A l’arrivée, deux buts à", "zéro pour les protégés", "sélectionneur togolais", "Cougbadja Kader. Et si le", "technicien togolais se", "réjouit de cette victoire,", "force est de constater que", "Moussa Latoundji y croit", "même si pour les", "observateurs avertis du", "sport-roi pensent que le", "Bénin a hypothéqué leur", "chance de qualification,", "désormais mince . |"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Guépards locaux du Bénin ont"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "octobre 224 dernier au stade"));
        assertEquals("fr", languageAt(annotation, "été battu le vendredi 25"));
        assertEquals("fr", languageAt(annotation, "homologue des Eperviers du"));
        assertEquals("fr", languageAt(annotation, "Togo dans le cadre du"));
    }

    /**
     * guysboroughjournal.ca and diario.usach.cl: a story's date alone on its line, over the headline or under a related
     * story's link, is too little text to tell a language by; the headline and the prose keep theirs.
     */
    @Test
    void aDateAloneIsInNoLanguage() {
        Annotation english = Annotators.annotate(lines("Wednesday, April 23, 2025", "Eastern Memorial ER shuts down for February",
                "NSH seeks solutions to ongoing doctor shortage",
                "CANSO — As a month-long closure of Eastern Memorial Hospital (EMH’s) emergency room begins, Canso "
                        + "residents are voicing anger over a crisis they say has become a recurring threat, with no end in "
                        + "sight to the area’s doctor shortage."));
        assertNull(languageAt(english, "Wednesday, April 23, 2025"));
        assertEquals("en", languageAt(english, "Eastern Memorial ER shuts down"));
        Annotation spanish = Annotators.annotate(lines("Al respecto, el personero de La Moneda señaló: \"debemos recabar evidencia, cámaras de seguridad, "
                        + "evidencia biológica y huellas que permitan vincularlos. Esperamos tener esa evidencia para que sean "
                        + "detenidos\".",
                "Agregó que \"hay una serie de elementos para sospechar que los cuatro retenidos están vinculados a "
                        + "los hechos. Eso hay que corroborarlo. Tiene que ver con registros audiovisuales, trayectos, y eso "
                        + "lo resuelve el fiscal\".",
                "Leer también",
                "Cadem: Tomás Vodanovic es el político mejor evaluado y Matthei lidera intención...",
                "Lunes 18 de noviembre de 2024",
                "Cámara Baja aprobó capacitación obligatoria de altos cargos en violencia de...",
                "Sábado 16 de noviembre de 2024",
                "Irací Hassler renunció a la alcaldía de Santiago para competir en elecciones..."));
        assertNull(languageAt(spanish, "Lunes 18 de noviembre de 2024"));
        assertEquals("es", languageAt(spanish, "Al respecto, el personero"));
    }

    /**
     * guysboroughjournal.ca: an author line set as a list item under the headline ("• By Alec Bruce, …") is a byline;
     * the dateline's prose under it is not.
     */
    @Test
    void aBulletedAuthorLineIsAByline() {
        Annotation annotation = Annotators.annotate(lines("Eastern Memorial ER shuts down for February",
                "NSH seeks solutions to ongoing doctor shortage", "  • February 5 2025",
                "  • By Alec Bruce, Local Journalism Initiative Reporter    ",
                "CANSO — As a month-long closure of Eastern Memorial Hospital (EMH’s) emergency room begins, Canso "
                        + "residents are voicing anger over a crisis they say has become a recurring threat, with no end in "
                        + "sight to the area’s doctor shortage."));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "• By Alec Bruce"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "CANSO — As a month-long"));
    }

    /**
     * jb.pt and lagatineau-archives.com: the author's name over their e-mail address signs the story off, both lines a
     * byline in no language; a name set in capitals is no language's words either, while a headline in capitals is.
     */
    @Test
    void aNameOverItsEmailAddressIsABylineInNoLanguage() {
        Annotation portuguese = inAllLanguages("jb", "Na leitura da sentença, a magistrada disse que a assistente apenas explicou suposições, enquanto "
                        + "que uma testemunha, arrolada por ela própria, prestou um depoimento contraditório. Aliás, um "
                        + "depoimento que valeu a esta testemunha a extração de uma certidão para procedimento criminal por "
                        + "falsidade de testemunho. “Testemunhos que surgiram fortemente comprometidos na sua credibilidade”, "
                        + "afirmou a magistrada, que não perdeu tempo em passar um raspanete a estes dois vizinhos: “Quando as "
                        + "pessoas não têm capacidade para conviverem naturalmente, viram as costas uns aos outros, já que têm "
                        + "esta opção de não se darem de todo e assim evitarem os problemas.”",
                "Pedro Fontes Costa", "pedro@jb.pt");
        assertEquals(SpanType.BYLINE, typeAt(portuguese, "Pedro Fontes Costa"));
        assertEquals(SpanType.BYLINE, typeAt(portuguese, "pedro@jb.pt"));
        assertNull(languageAt(portuguese, "pedro@jb.pt"));
        assertEquals(SpanType.PARAGRAPH, typeAt(portuguese, "Na leitura da sentença"));
        Annotation french = inAllLanguages("lagatineau", "PRIÈRE AUX CONSEILS MUNICIPAUX", "Tour d’horizon de municipalités d’ici",
                "SYLVIE DEJOUY", "sdejouy@lagatineau.com", "LA GATINEAU - La Cour suprême du Canada a donc tranché : le maire de Saguenay, Jean Tremblay, ne "
                        + "pourra plus réciter de prière avant la séance publique du conseil municipal. Les juges du plus haut "
                        + "tribunal au pays estiment que le règlement municipal concernant la prière contrevient à "
                        + "l’obligation de neutralité religieuse de l’État. Selon eux, la prière crée une distinction, une "
                        + "exclusion et une préférence fondée sur la religion.");
        assertNull(languageAt(french, "SYLVIE DEJOUY"));
        assertEquals("fr", languageAt(french, "PRIÈRE AUX CONSEILS MUNICIPAUX"));
    }

    /** ondatv.tv: "banner" four times over the story, an advertising slot's label kept once for each, is chrome. */
    @Test
    void aLabelRepeatedThreeTimesOrMoreIsChrome() {
        Annotation annotation = inAllLanguages("ondatv", "banner", "banner", "banner", "banner",
                "SULMONA. “Una cena tra consiglieri comunali, dalla quale sono scaturite illazioni e considerazioni "
                        + "prive di reale fondamento, non può e non deve costruire argomento di dibattito e non si può "
                        + "consentire che tale metodologia possa diventare un precedente mirato a comprimere la libertà dei "
                        + "singoli consiglieri di confrontarsi ed intrattenere rapporti con altri colleghi, compresi quelli "
                        + "che siedono tra i banchi di minoranza”. Lo hanno affermato questa mattina i consiglieri di "
                        + "maggioranza di Palazzo San Francesco che, sulla cena pescarese del sindaco con Fratelli d’Italia, "
                        + "hanno abbandonato l’aula consiliare come “atto di dissenso verso il degrado del dibattito "
                        + "istituzionale”. L’argomento è approdato a Palazzo tramite un’interrogazione presentata dalla "
                        + "consigliera comunale, Teresa Nannarone. “Evidentemente c’è timore del confronto in aula, "
                        + "diversamente ci si poteva confrontare e dire che non c’è mai stato alcun ribaltone”- insorge la "
                        + "Nannarone. Anche i consiglieri meloniani hanno abbandonato aula con la maggioranza. Niente "
                        + "discussione ma una risposta, a Palazzo, comunque è arrivata.");
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "banner"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "SULMONA."));
    }

    /**
     * telanon.info and hoyte24.de: a match's result, a score among the teams' names ("Cabo Verde vs São Tomé e Príncipe,
     * 7-1"), and a fixture of two teams with their ranks are names and figures in no language; the prose and the
     * quotation under them keep theirs.
     */
    @Test
    void aResultOrARankedFixtureIsInNoLanguage() {
        Annotation results = inAllLanguages("telanon", "De informar que, esta foi a maior vitória da história da selecção cabo-verdiana, depois do 5-0 à "
                        + "Guiné Equatorial e do 4-0 em Madagáscar.",
                "Grupo F:",
                "Resultados:",
                "Marrocos vs Líbia, 1-0",
                "M: El Kaddouri (51)",
                "Cabo Verde vs São Tomé e Príncipe, 7-1");
        assertNull(languageAt(results, "Cabo Verde vs São Tomé e Príncipe, 7-1"));
        assertNull(languageAt(results, "Marrocos vs Líbia, 1-0"));
        assertEquals("pt", languageAt(results, "De informar que"));
        Annotation fixture = inAllLanguages("hoyte24", "Landesklasse Ost",
                "SV Trebendorf (2. ) – LSV Neustadt/Spree (7.)",
                "„Wir fahren zum Derby und wollen die Partie optimistisch angehen, obwohl wir personell noch einige "
                        + "Probleme haben“, blickt LSV-Co-Trainer Carsten Weiß voraus. „Einen Punkt zu holen, ist auf jeden "
                        + "Fall das Ziel, und wir sind alle gespannt auf das erste offizielle Aufeinandertreffen in einem "
                        + "Punktspiel.“ TAGEBLATT-Tipp: Die Aufgabe ist zu schwer gegen die zu Hause unbezwungenen "
                        + "Trebendorfer – Heimsieg.");
        assertNull(languageAt(fixture, "SV Trebendorf (2. )"));
        assertEquals("de", languageAt(fixture, "„Wir fahren zum Derby"));
    }

    /** castelvetranoselinunte.it: the label of the author's line and a period before the name ("AUTORE. Redazione") is a byline. */
    @Test
    void anAuthorLabelAndAPeriodOpenAByline() {
        Annotation annotation = inAllLanguages("castelvetrano", "Erogazione dell’acqua ogni tre giorni e cittadini imbufaliti perché sono coi rubinetti a secco. "
                        + "Succede a Campobello di Mazara dove il Comune, vista la crisi idrica generale e l’invito del "
                        + "prefetto a razionalizzare l’utilizzo dell’acqua, ha organizzato l’erogazione dell’acqua solo alcuni "
                        + "giorni durante la settimana. «La crisi idrica è in tutta la Sicilia visto lo stato di emergenza che "
                        + "ha riconosciuto il governo nazionale – spiega il sindaco Giuseppe Castiglione – tuttavia noi "
                        + "garantiamo l’acqua ogni tre giorni alternativamente alla zona alta e alla zona bassa del paese». Il "
                        + "primo cittadino evidenzia anche il fatto che molti cittadini non avevano a casa adeguate risorse, "
                        + "«perché l’acqua non mancava mai». E chi ha i recipienti in terrazzo rischia di non vederli mai "
                        + "riempiti per mancanza di pressione. La Protezione civile per far fronte all’emergenza idrica ha "
                        + "messo in campo finanziamenti per i Comuni: «Noi non siamo rientrati in questa prima trance di "
                        + "finanziamento – spiega il sindaco – ma stiamo avviando un’operazione con nostre risorse di "
                        + "potenziamento pompe, nelle more di avere finanziati la trivellazione di altri nuovi 4 pozzi».",
                "AUTORE. Redazione");
        assertEquals(SpanType.BYLINE, typeAt(annotation, "AUTORE. Redazione"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Erogazione dell’acqua ogni tre giorni"));
    }

    /**
     * vosgesinfo.fr, Ban-de-Laveline's council against a class's closure, and ondanews.cloud, Sicignano's breeders and the
     * wolves: after the last paragraph, the writer's initials alone ("J.J.") or name between dashes ("– Mariateresa Conte –")
     * sign the story off, and the comments' count before its label ("0 commentaire") is chrome.
     */
    @Test
    void initialsOrANameBetweenDashesAfterTheLastParagraphSignOff() {
        Annotation vosges = inAllLanguages("vosgesinfo", "Si la carte scolaire de la rentrée de septembre 2024 dans les Vosges n’est pas encore définitivement adoptée, une liste provisoire annonce la fermeture de 38 classes dans le département. C’est notamment le cas à Ban-de-Laveline, où l’Inspection Académique des Vosges envisage la fermeture d’une classe de primaire de l’école Simone-Veil.",
                "Une annonce qui passe mal, le Conseil Municipal lavelinois s’opposant « fermement à cette fermeture d’une classe, sur les 6 que compte l’école », tout en dénonçant « une gestion purement comptable ».",
                "Le maire Stéphane Demange, par ailleurs directeur d’école, souligne que du fait que Ban-de-Laveline se trouve en zone rurale de montagne, « la loi prévoit des dérogations à une gestion strictement comptable des effectifs. De plus, des effectifs importants sont prévus pour la rentrée de septembre 2025. Il est illogique de fermer une classe pour en rouvrir une l’année suivante. Il s’agit d’une étape supplémentaire déplorable du désengagement de l’Etat des zones rurales. » L’édile souligne également que l’école de Ban-de-Laveline est une école récente – elle a été construite en 2012 – « qui offre des locaux et des conditions de travail parmi les plus favorables du département des Vosges, fruit d’un investissement très conséquent pour la commune et les co-financeurs du bâtiment. »",
                "Dans une délibération adoptée par le Conseil Municipal lors de la séance ordinaire du 15 février dernier, les élus lavelinois font part de leur opposition à la fermeture annoncée de la classe, et sollicitent « un nouvel examen de la situation de notre école par les services de l’Education Nationale ». Ils invitent également la directrice académique « à venir visiter notre école et apprécier la qualité des locaux ».",
                "J.J.",
                "0 commentaire");
        assertEquals(SpanType.BYLINE, typeAt(vosges, "J.J."));
        assertEquals(SpanType.BOILERPLATE, typeAt(vosges, "0 commentaire"));
        assertEquals(SpanType.PARAGRAPH, typeAt(vosges, "Dans une délibération adoptée"));
        Annotation onda = inAllLanguages("ondanews", "Chiedono che la Regione Campania e la autorità competenti intervengano per tutelare il bestiame nei pascoli, gli allevatori di Sicignano degli Alburni, preoccupati per la presenza di un branco di lupi, che da circa tre mesi si aggira nei boschi e nei pascoli situati ai confini con l’area protetta del Parco Nazionale del Cilento, Vallo di Diano e Alburni.",
                "“In pochi giorni i lupi hanno sbranato un vitello e fatto sparire una mucca – spiega Giuseppe Fernicola, che insieme alla moglie Rosa gestisce uno dei più grandi allevamenti di bovini allo stato brado situato negli Alburni, a ridosso del fiume Bianco a Buccino e dell’autostrada A2 del Mediterraneo a Sicignano – Nella nostra azienda abbiamo 50 capi di bovini, ma siamo preoccupati perché la presenza di un branco di lupi che si aggira tra la mandria rischia di uccidere il bestiame”.",
                "“I lupi minano la nostra unica fonte di reddito che è l’allevamento – dicono gli allevatori – Il problema interessa diverse aziende di ovini e bovini del territorio. Chiediamo l’intervento delle autorità competenti per tutelare sia gli allevatori che i lupi dall’estinzione”.",
                "Intanto gli allevatori stanno presentando le richieste di risarcimento danni, mentre sulla vicenda fa chiarezza anche il veterinario dell’Asl di Salerno, Felice Giglio: “Abbiamo analizzato alcune carcasse, ma considerato lo stato in cui sono state ridotte possiamo affermare che si tratta di animali carnivori e non si esclude che possano essere stati i lupi ad ammazzare i bovini”.",
                "– Mariateresa Conte –");
        assertEquals(SpanType.BYLINE, typeAt(onda, "– Mariateresa Conte –"));
        assertNull(languageAt(onda, "– Mariateresa Conte –"));
        assertEquals(SpanType.PARAGRAPH, typeAt(onda, "Intanto gli allevatori"));
    }

    /**
     * ledjely.com, Conakry's schools sent home during a strike, and togotopnews.tg, Lomé's market on a day of protest: a person's name alone
     * after the last paragraph signs the story, the line a byline with no language, not a crosshead.
     */
    @Test
    void aNameAloneAfterTheLastParagraphIsTheWritersByline() {
        Annotation djely = inAllLanguages("ledjely", "Faudrait-il croire à la conséquence de la grève du syndicat libre des enseignants et chercheurs de Guinée (SLECG) ou de celle de l’appel à la résistance du Front national pour la défense de la constitution (FNDC) ? Toujours est-il qu’en plus de la paralysie de la circulation, plusieurs écoles privées de petit Simbaya, sont obligées, elles aussi, de relâcher les élèves dès l’ouverture des classes, ce mardi matin. Depuis le début de la grève, la semaine dernière, les cours sont perturbés seulment dans les écoles publiques de la zone.",
                "Très tôt dans la matinée, en effet, des individus non encore identifiés ont procédé à des jets de pierres dans l’enceinte de certains établissements et tenter de brûler des pneus sur la chaussée. Un d’entre eux a été arrêté par des jeunes du quartier et conduit au commissariat central de Ratoma. « Il n’y a pas de pagaille ici », a déclaré un jeune du quartier, situé sur la transversale 3, entre cosa et petit Simbaya.",
                "Rencontrée, Nabintou Diallo, élève en 10ème année au groupe scolaire Harounaya, explique : « on a été pris de panique lorsque les bruits ont retentis aux alentours de l’école. Finalement, on nous a dit de rentrer à la maison. »",
                "Dans, la mêlée, les parents d’élèves qui n’ont pas encore vu leurs enfants s’inquiètent. « Mes enfants sont toujours à l’école », se lamente une femme qui se dirige presqu’en courant vers l’établissement de ses enfants. «Il faut être irresponsable pour laisser son enfant aller à l’école avec tous ce que le pays traverse actuellement », déclare Mariama Diouldé Diallo, une autre mère de famille.",
                "Hawa Bah");
        signedBy(djely, "Hawa Bah", "Dans, la mêlée");
        assertNull(languageAt(djely, "Hawa Bah"));
        Annotation togo = inAllLanguages("togotopnews", "Une ambiance inhabituelle règne ce jeudi matin au Grand Marché de Lomé. La majorité des commerces de ce lieu très fréquenté d’habitude sont fermés.La raison : un appel à manifester lancé sur les réseaux sociaux pour exiger le départ du Président du Conseil, Faure Gnassingbé.",
                "Dès les premières heures de la journée, les abords du Grand Marché affichaient un calme surprenant. Les boutiques sont restées pour la plupart vides, les portes de nombreuses boutiques closes.Un contraste saisissant avec l’effervescence quotidienne qui caractérise ce haut lieu du commerce dans la capitale togolaise.",
                "« Je suis venue ce matin pour voir si tout va bien avant d’ouvrir ma boutique.A cette allure, même si j’ouvre , je ne crois pas que la clientèle sera au rendez-vous, la plupart des commerces sont egalement fermés.Je vais donc rentrer chez moi », a affirmé une vendeuse de produits de beauté.",
                "Pour l’heure, des manifestations spontanées et des courses poursuites avec des jets de gaz lacrymogènes sont signalés dans plusieurs quartiers de la capitale entre autres Bè, Adakpamé, Kpota, Adidogomé, Amoutivé, Colombe et Deckon.",
                "»Je sortais à peine de la messe après une séance d’adoration de quelques minutes. J’ai eu l’idée d’aller visiter une cousine qui est en convalescence mais j’ai dû rebrousser chemin avec l’effet des gaz lacrymogènes. Les boutiques et les petits commerces sont presque fermés » , a confié un habitant du quartier Adakpamé à notre Rédaction.",
                "Cette journée risque d’avoir un impact économique significatif pour de nombreux commerçants, en particulier les femmes qui dépendent des recettes journalières pour faire vivre leur famille. « Une journée sans vente, c’est une journée sans revenu », déplore une marchande de condiments.",
                "Notons d’autres manifestations sont prévues pour les 27 et 28 juin.",
                "Rachel Doubidji");
        signedBy(togo, "Rachel Doubidji", "Notons d’autres manifestations");
    }

    /**
     * cronachenuoresi.it and fasopic.net (gold-languages/dev): a story signed after its last paragraph by an initial and a
     * surname, or by a first name and a surname in capitals with the writer's role in brackets.
     */
    @Test
    void anInitialAndASurnameOrASurnameInCapitalsAfterTheLastParagraphSignTheStory() {
        Annotation nuoro = inAllLanguages("cronachenuoresi",
                "A Nuoro le criticità sono presenti non solo nel quartiere Santu Predu con l’interruzione dell’illuminazione pubblica e in via Siniscola (zona viale Costituzione) con un quartiere senz’acqua ma le troviamo anche in altre zone cittadine.",
                "IL TEPPISMO- La segnalazione arriva dai residenti che abitano nei palazzi che si affacciano su piazza Satta e nelle zone limitrofe in questo caso non per disservizi ma per i continui atti di teppismo. Vere e proprie “squadriglie” di Baby teppisti composte da ragazzini e ragazzine che dalle 18.00 fino a tarda sera in una sfida continua compiono azioni vandaliche con imprecazioni e schiamazzi: il “divertimento” più in auge è quello di lanciare petardi e tirare calci sui portoni delle abitazioni specialmente dove risiedono le persone anziane.",
                "«Se si esce per redarguirli- racconta un residente in forma anonima- ti rispondono anche in modo spavaldo che sono minorenni e nessuno gli fa niente anzi, rincarano la dose sottolineando che se gli succede qualcosa rischi tu di essere denunciato».",
                "«Siamo stanchi di azioni vandaliche che si protraggono ormai nel tempo, le continue lamentele telefoniche, le denunce alle Forze dell’Ordine e le segnalazioni al Comune non sono servite a niente» dicono i residenti intervistati in proposito che si definiscono esasperati e chiedono un intervento concreto e immediato: «Prima che la situazione degeneri e che qualcuno perda la pazienza seriamente».",
                "F. Nieddu");
        signedBy(nuoro, "F. Nieddu", "«Siamo stanchi");
        Annotation faso = inAllLanguages("fasopic",
                "A Bouroum-Bouroum, localité située à 25 km de Gaoua, chef-lieu de la province du Poni, la vente des souchets aux abords de la voie est devenue une activité lucrative qui mobilise assez de femmes dans cette localité. A l’arrêt des bus de voyage, les passagers des différentes compagnies de transport en commun sont accueillis par ces femmes. Si l’activité rapporte un peu d’argent aux femmes qui la pratiquent, il n’en demeure pas moins qu’elles sont confrontées à des pertes le plus souvent.",
                "Aux bords de la voie principale de Bouroum-Bouroum, nous assistons à l’arrivée des premiers passagers sur la route nationale N°12 Gaoua-Diébougou. Les passagers sont accostés par les vendeuses de souchets et autres produits. Elles s’invitent même à l’intérieur des compagnies de transport, afin de proposer leurs produits aux passagers. C’est le cas notamment de Djamilatou Perkouma. Pour cette élève en classe de 5ème, « souvent on gagne 2000F, 4000, 5000F, tout comme nous pouvons ne rien avoir ». « Moi je vends c’est pour venir en aide à mes parents », a-t-elle dit. « Nous ne sommes pas assises sur place pour vendre, nous poursuivons les véhicules qui passent ici avec nos marchandises », ajoute Awa Sawadogo.",
                "Ces femmes courent de vrais risques dans la vente de leurs produits. En effet, « les passagers partent souvent avec notre argent, et souvent c’est leur monnaie qui reste avec nous ». Adama Kourouma est également vendeuse de souchet et autres produits. A l’écouter, cette activité est contraignante. Néanmoins, elle permet de subvenir à des besoins, grâce aux bénéfices engrangés. « Les difficultés ne manquent pas, le marché est plus ou moins stable mais nous gardons espoir », a-t-elle conclu.",
                "Victorien DIBLONI (Correspondant)");
        signedBy(faso, "Victorien DIBLONI", "Ces femmes courent");
    }

    /**
     * picenonews24.it (gold-languages/dev): a sharing plugin's label the site keeps in English and its "previous article"
     * link are chrome, each in its own language, though the page is Italian.
     */
    @Test
    void chromeInOneListsLanguageIsInThatLanguage() {
        Annotation ascoli = inAllLanguages("picenonews24",
                "I residenti di Monticelli: “Degrado e incuria nel nostro quartiere. Situazione intollerabile”",
                "ASCOLI PICENO  – Gli abitanti di Largo delle Mimose a Monticelli protestano per la mancanza di attenzione rivolta al loro quartiere. I residenti lamentano incuria, degrado e mancanza di pulizia.",
                "“Qui è un continuo via vai di tossicodipendenti che si drogano, di graffittari che hanno ridotto in malo modo i muri , di cartacce ed erbacce che non vengono raccolte. Da quando è arrivata Ecoinnova, al posto di Ascoli Servizi Comunali, qui la situazione è peggiorata” ci dicono alcuni residenti.",
                "“Qualche giorno fa, mio figlio si è ferito con il vetro di una bottiglia non raccolta” ci racconta un abitante di Largo delle Mimose, “Qui la situazione è peggiorata, per non parlare del cattivo odore che sentiamo ogni giorno, dato che questa via è diventata anche una specie di bagno pubblico all’aperto. Non ne possiamo davvero più. Ci sono anche spuntoni d’acciaio pieni di ruggine: qui i bambini ci giocano e se si dovessero ferire potrebbe diventare un grosso problema. Chiediamo che il Comune si prenda maggiormente cura anche di Monticelli e non solo del centro storico”.",
                "Print Friendly, PDF & Email",
                "Articolo Precedente",
                "Tragedia in spiaggia, muore un uomo a causa di un malore",
                "Articolo Successivo",
                "La siccità ha prosciugato il Lago di Pilato");
        assertEquals(SpanType.BOILERPLATE, typeAt(ascoli, "Print Friendly"));
        assertEquals("en", languageAt(ascoli, "Print Friendly"));
        assertEquals(SpanType.BOILERPLATE, typeAt(ascoli, "Articolo Precedente"));
        assertEquals("it", languageAt(ascoli, "Articolo Precedente"));
    }

    /**
     * leonoticias.com, a Vocento paper: the menu its group sets at the top of every page ("Secciones", "Servicios",
     * "Destacamos") is chrome; voixducaillou.nc: a paywall's notice and its prompt to log in are chrome too.
     */
    @Test
    void aGroupsMenuAndAPaywallsNoticeAreChrome() {
        Annotation leon = inAllLanguages("leonoticias", "Secciones",
                "Servicios",
                "Destacamos",
                "R.FARIÑAS",
                "Sábado, 2 de junio 2018",
                "Con pocas palabras, con voz quebrada y el ánimo por los suelos tras consumar su 'manchón' en un currículo hasta la fecha inmaculado. ... Rubén de la Barrera ha vivido «el día más triste» tras haber perdido la categoría. «El día es muy complicado para todos».",
                "El entrenador reconoce la «ilusión enorme» por mantener la categoría y que el club creciese en la misma. «Muchos pequeños detalles nos llevaron a esta obligación en la última jornada. Hicimos cosas bien pero otras tantas no y esas nos han impedido ganar los partidos que debíamos».",
                "En su comparecencia, el gallego quiso pedir disculpas a la afición. «Es un momento para los que representamos al club, espero y deseo que esto sea un hasta pronto, dentro de lo jodido que es el momento».");
        assertEquals(SpanType.BOILERPLATE, typeAt(leon, "Secciones"));
        assertEquals(SpanType.BOILERPLATE, typeAt(leon, "Destacamos"));
        assertEquals(SpanType.PARAGRAPH, typeAt(leon, "El entrenador reconoce"));
        Annotation caillou = inAllLanguages("voixducaillou", "Lundi dernier, devant le tribunal correctionnel de Nouméa, un homme, accusé d’avoir volé des employés de la SLN à Kouaoua, est apparu perdu dans le box des prévenus.",
                "L’instruction du dossier a commencé depuis plusieurs minutes déjà quand le prévenu semble se réveiller. Un sursaut. Puissamment, sèchement, il lance : « c’est qui le juge ? » Surpris mais pas décontenancé, le président du tribunal lui répond du tac au tac, avec le sourire et utilisant les mains : « le juge, c’est nous », dit-il en indiquant la présence à ses côtés de deux juges assesseurs et deux assesseurs civils. Cinq personnes, donc. « Ahou », relance le mis en cause de 22 ans, qui sourit à son tour et se rassoit. On ne l’entendra plus. Son unique intervention aura duré trois secondes.",
                "Ce contenu est réservé aux abonnés.",
                "Connectez vous pour y accéder !",
                "Anthony Fillet");
        assertEquals(SpanType.BOILERPLATE, typeAt(caillou, "Ce contenu est réservé aux abonnés."));
        assertEquals(SpanType.BOILERPLATE, typeAt(caillou, "Connectez vous pour y accéder !"));
        assertEquals(SpanType.PARAGRAPH, typeAt(caillou, "L’instruction du dossier"));
    }

    /**
     * diarioguadalquivir.com: a cookie notice's heading, its button and its label are chrome; thelancasternews.com,
     * swnews4u.com and mckoysnews.com: the text-size buttons, an ad-supported site's plea and WordPress's anti-spam notice
     * under a comment form are chrome, the story's lines beside them prose.
     */
    @Test
    void aCookieNoticeTextSizeButtonsAndAntiSpamNoticesAreChrome() {
        Annotation ubeda = inAllLanguages("diarioguadalquivir", "Olivares denuncia los recursos interpuestos por el PP ubetense e informa del auto referente a las medidas cautelares interpuestas por José Robles por la adjudicación de la estación de autobuses",
                "La alcaldesa de Úbeda, Antonia Olivares, ha informado sobre un auto que se dictó el 31 de octubre de este mismo año por el Juzgado número 3 de Jaén contra unas medidas cautelares solicitadas por Don José Robles en su función de concejal del grupo municipal Popular.",
                "Deja una respuesta",
                "Uso de cookies",
                "ACEPTAR",
                "Aviso de cookies");
        assertEquals(SpanType.BOILERPLATE, typeAt(ubeda, "Uso de cookies"));
        assertEquals(SpanType.BOILERPLATE, typeAt(ubeda, "ACEPTAR"));
        assertEquals(SpanType.BOILERPLATE, typeAt(ubeda, "Aviso de cookies"));
        assertEquals(SpanType.PARAGRAPH, typeAt(ubeda, "La alcaldesa de Úbeda"));
        Annotation kershaw = inAllLanguages("thelancasternews", "Kershaw official criticizes landfill plan",
                "-A A +A",
                "By Reece Murphy",
                "By allowing ads to appear on this site, you support the local businesses who, in turn, support great journalism.",
                "Davis also faced with the grim fact that the level of crime in St James may prevent residents from coming out to shop during the festive Christmas season, breaking down the commerce of the season in Montego Bay.",
                "Leave a Reply",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.");
        assertEquals(SpanType.BOILERPLATE, typeAt(kershaw, "-A A +A"));
        assertEquals(SpanType.BOILERPLATE, typeAt(kershaw, "By allowing ads to appear"));
        assertEquals(SpanType.BOILERPLATE, typeAt(kershaw, "This site uses Akismet"));
        assertEquals(SpanType.PARAGRAPH, typeAt(kershaw, "Davis also faced"));
    }

    /**
     * lecourrierdelamayenne.fr and rue89strasbourg.com: an advertiser's prompt, a comment form's notices, a paywall's and
     * a reader-funded site's pleas, a log-in link and a loader's label are chrome, the story beside them prose.
     */
    @Test
    void aFrenchWeeklysAdvertiserPromptAndCommentNoticesAreChrome() {
        Annotation laval = inAllLanguages("lecourrierdelamayenne", "C’était le plus gros chantier de l’été. Pendant trois semaines, la chaussée du pont Aristide-Briand et de la rue de la Paix se sont refait une beauté.",
                "Dans cette artère commerçante du centre-ville, le bitume est désormais éclatant. C’est moins le cas du sourire des commerçants qui la bordent.",
                "Plus d'informations dans Le Courrier de la Mayenne du 9 août.",
                "Envie d'afficher votre publicité ?",
                "Contactez-nous",
                "L'espace des commentaires est ouvert aux inscrits.",
                "Connectez-vous ou créez un compte pour pouvoir commenter cet article.");
        assertEquals(SpanType.BOILERPLATE, typeAt(laval, "Envie d'afficher"));
        assertEquals(SpanType.BOILERPLATE, typeAt(laval, "Contactez-nous"));
        assertEquals(SpanType.BOILERPLATE, typeAt(laval, "L'espace des commentaires"));
        assertEquals(SpanType.BOILERPLATE, typeAt(laval, "Connectez-vous ou créez"));
        assertEquals(SpanType.BOILERPLATE, typeAt(laval, "Plus d'informations dans"));
        assertEquals(SpanType.PARAGRAPH, typeAt(laval, "Dans cette artère commerçante"));
        Annotation haguenau = inAllLanguages("rue89strasbourg", "Haguenau : la bétonisation au cœur de la campagne municipale",
                "Le maire sortant Claude Sturni défend son bilan face à une liste d’opposition qui dénonce la bétonisation de la ville et réclame une pause dans les grands projets immobiliers.",
                "Cet article fait partie de l’édition abonnés. Pour lire la suite, profitez d’une offre découverte à 1€.",
                "- Paiement sécurisé",
                "- Sans engagement",
                "Connectez-vous",
                "Chargement des commentaires…");
        assertEquals(SpanType.BOILERPLATE, typeAt(haguenau, "Cet article fait partie"));
        assertEquals(SpanType.BOILERPLATE, typeAt(haguenau, "- Paiement sécurisé"));
        assertEquals(SpanType.BOILERPLATE, typeAt(haguenau, "Connectez-vous"));
        assertEquals(SpanType.BOILERPLATE, typeAt(haguenau, "Chargement des commentaires"));
        assertEquals(SpanType.PARAGRAPH, typeAt(haguenau, "Le maire sortant"));
    }

    /**
     * quotidianocanavese.it and ragusanews.com (a photo gallery's label, a weather widget's place line), ovilaverdense.pt
     * (the pointer to the print edition), infooutremer.fr (a consent manager's heading), zoomdici.fr (an error report form
     * under the article) are chrome.
     */
    @Test
    void galleryWeatherPrintEditionConsentAndErrorFormLinesAreChrome() {
        Annotation cuorgne = inAllLanguages("quotidianocanavese", "Cuorgnè, nuovo ospedale: sindaci pronti alla battaglia",
                "In platea 61 sindaci e amministratori dei Comuni del territorio che proprio non hanno intenzione di arrendersi alla decisione della Regione Piemonte.",
                "Galleria fotografica",
                "Meteo: Ragusa");
        assertEquals(SpanType.BOILERPLATE, typeAt(cuorgne, "Galleria fotografica"));
        assertEquals(SpanType.BOILERPLATE, typeAt(cuorgne, "Meteo: Ragusa"));
        assertEquals(SpanType.PARAGRAPH, typeAt(cuorgne, "In platea 61 sindaci"));
        Annotation cervaes = inAllLanguages("ovilaverdense", "Moradores revoltados com buracos na estrada em Cervães",
                "O Presidente da Câmara Municipal de Vila Verde, António Vilela, explicou que «esta manhã esteve no local um técnico dos serviços municipais a apurar a situação».",
                "Mais desenvolvimentos na edição impressa de Setembro de 2019");
        assertEquals(SpanType.BOILERPLATE, typeAt(cervaes, "Mais desenvolvimentos"));
        assertEquals(SpanType.PARAGRAPH, typeAt(cervaes, "O Presidente da Câmara"));
        Annotation corsac = inAllLanguages("zoomdici", "Les écoles de Brives se dressent contre la fermeture de Corsac",
                "L’association DÉCIDÉE, qui milite depuis six ans pour un service public de l’eau digne de ce nom, interpelle une nouvelle fois le SMGEAG.",
                "Je signale une erreur",
                "Précisez éventuellement la nature de l'erreur",
                "Privacy Preference Center");
        assertEquals(SpanType.BOILERPLATE, typeAt(corsac, "Je signale une erreur"));
        assertEquals(SpanType.BOILERPLATE, typeAt(corsac, "Précisez éventuellement"));
        assertEquals(SpanType.BOILERPLATE, typeAt(corsac, "Privacy Preference Center"));
        assertEquals(SpanType.PARAGRAPH, typeAt(corsac, "L’association DÉCIDÉE"));
    }

    /**
     * gallupsun.com (a Joomla site's breadcrumb and its e-mail, print and PDF buttons), peicanada.com (the note that
     * the paper lifted its paywall), vivecampoo.es (a cookie notice) and notigto.com (the heading of a list of latest news)
     * are chrome.
     */
    @Test
    void aCmssBreadcrumbButtonsAndPaywallAndCookieNotesAreChrome() {
        Annotation gallup = inAllLanguages("gallupsun", "Jails, law enforcement adjusting in era of COVID-19",
                "You are here: News Sun News Jails, law enforcement adjusting in era of COVID-19",
                "E-mail Print PDF",
                "The McKinley County Adult Detention Center has stopped accepting people arrested on misdemeanor charges, the warden said Thursday.",
                "We’ve removed our paywall so all can enjoy PEI’s best local content during the coronavirus crisis. Please consider supporting the vital role of local journalism in our community and province. Subscribe now");
        assertEquals(SpanType.BOILERPLATE, typeAt(gallup, "You are here"));
        assertEquals(SpanType.BOILERPLATE, typeAt(gallup, "E-mail Print PDF"));
        assertEquals(SpanType.BOILERPLATE, typeAt(gallup, "We’ve removed our paywall"));
        assertEquals(SpanType.PARAGRAPH, typeAt(gallup, "The McKinley County"));
        Annotation reinosa = inAllLanguages("vivecampoo", "Los vecinos de Reinosa pasan revista a la gestión municipal",
                "Los vecinos de Reinosa acudieron a la Casona para pasar revista a la gestión del equipo de gobierno municipal en el cuarto foro de participación ciudadana.",
                "Puede obtener más información, en nuestra Política de Cookies.",
                "Últimas noticias en Salamanca hoy");
        assertEquals(SpanType.BOILERPLATE, typeAt(reinosa, "Puede obtener más información"));
        assertEquals(SpanType.BOILERPLATE, typeAt(reinosa, "Últimas noticias"));
        assertEquals(SpanType.PARAGRAPH, typeAt(reinosa, "Los vecinos de Reinosa acudieron"));
    }

    /**
     * nortenoticia.com.br (a prompt to follow the site's channel, its contact lines for readers' tips, list marks and all)
     * and umbriaon.it (a video player's label) are chrome.
     */
    @Test
    void aChannelPromptContactLinesAndAVideoLabelAreChrome() {
        Annotation linhares = inAllLanguages("nortenoticia", "Moradores de Povoação cobram providências",
                "Vídeos e fotos enviados por moradores mostram a situação precária das ruas e avenidas de Povoação, tomadas por lama e buracos.",
                "* WhatsApp: (27) 9 9527-2726",
                "* E-mail: redacao@example.com",
                "Acesse o nosso canal e fique por dentro de tudo que acontece no norte do Espírito Santo! Clique aqui.",
                "IL VIDEO");
        assertEquals(SpanType.BOILERPLATE, typeAt(linhares, "* WhatsApp"));
        assertEquals(SpanType.BOILERPLATE, typeAt(linhares, "* E-mail"));
        assertEquals(SpanType.BOILERPLATE, typeAt(linhares, "Acesse o nosso canal"));
        assertEquals(SpanType.BOILERPLATE, typeAt(linhares, "IL VIDEO"));
        assertEquals(SpanType.PARAGRAPH, typeAt(linhares, "Vídeos e fotos"));
    }

    /**
     * bigislandnow.com and visaliatimesdelta.com: an article's audio player ("Loading Audio... Article will play after ad...")
     * and the link to its comments ("View Comments") are chrome; corydondemocrat.com: "Posted on" alone labels the byline's
     * date. The story's sentences stay prose.
     */
    @Test
    void anAudioPlayerAndACommentsLinkAreChrome() {
        Annotation player = Annotators.annotate(lines("Police Arrest 5 at Kahalu‘u Beach Park For Violation of COVID-19 Protocol",
                "Listen to this Article", "3 minutes", "Loading Audio... Article will play after ad...",
                "Hawai‘i County Police on Saturday arrested five individuals for violating COVID-19 protocols as part of a "
                        + "gathering at Kahalu‘u Beach Park in West Hawai‘i."));
        assertEquals(SpanType.BOILERPLATE, typeAt(player, "Loading Audio..."));
        assertEquals(SpanType.PARAGRAPH, typeAt(player, "Hawai‘i County Police on Saturday"));
        Annotation comments = Annotators.annotate(lines("Luis Hernandez", "Visalia Times-Delta", "View Comments",
                "The clash at Palo Verde school district near Tulare continues as tensions rose Wednesday during a school board meeting."));
        assertEquals(SpanType.BOILERPLATE, typeAt(comments, "View Comments"));
        assertEquals(SpanType.PARAGRAPH, typeAt(comments, "The clash at Palo Verde"));
        Annotation posted = Annotators.annotate(lines("Posted on", "Jail expansion discussed",
                "The Harrison County Council heard a presentation Monday night concerning the need for more space at the Harrison "
                        + "County Jail and Justice Center."));
        assertEquals(SpanType.BYLINE, typeAt(posted, "Posted on"));
    }

    /**
     * haverhillecho.co.uk: a photo's alternative text and its caption, one line printed twice in one block under the
     * headline, are the caption, and the line above them the headline; alpes1.com: a headline the page prints twice in
     * two blocks, under a line of the site's chrome, is still the headline.
     */
    @Test
    void aLinePrintedTwiceInOneBlockUnderTheHeadlineIsItsPhotosCaption() {
        Annotation haverhill = Annotators.annotate("Anti social behaviour plummets in Haverhill\n\nYOB behaviour in Haverhill\n"
                + "YOB behaviour in Haverhill\n\nThe latest crime figures for Haverhill show that the town’s police are winning the "
                + "fight against anti-social behaviour (ASB) - although vehicle crime has seen a sharp rise.");
        assertEquals(SpanType.TITLE, typeAt(haverhill, "Anti social behaviour plummets"));
        assertEquals(SpanType.CAPTION, typeAt(haverhill, "YOB behaviour in Haverhill"));
        assertEquals(SpanType.PARAGRAPH, typeAt(haverhill, "The latest crime figures"));
        Annotation gap = inAllLanguages("alpes1", "Votre ville : SERRE CHEVALIER | Changer de ville",
                "La surpopulation carcérale : une réalité à la maison d’arrêt de Gap",
                "La surpopulation carcérale : une réalité à la maison d’arrêt de Gap",
                "SÉCURITÉ / Alors que l’audience solennelle de rentrée se déroulait ce mardi après-midi au sein du tribunal judiciaire "
                        + "de Gap, la procureure du parquet Marion Lozac’hmeur a évoqué la question de la surpopulation carcérale qui touche "
                        + "la maison d’arrêt de Gap");
        assertEquals(SpanType.TITLE, typeAt(gap, "La surpopulation carcérale"));
    }

    /**
     * rtn.ch, freiepresse.de, regiaodecister.pt, noticiahoje.net, quinews.net: an audio player's label, a comment form's
     * log-in notice, a paywall's notice, a messaging group's prompts and a network footer's audience line are chrome; the
     * story's sentences around them are not.
     */
    @Test
    void anAudioLabelALogInNoticeAPaywallAMessagingPromptAndAnAudienceLineAreChrome() {
        Annotation rtn = inAllLanguages("rtn",
                "Un derby du lac de haut de classement pour Neuchâtel Xamax. La troupe d’Anthony Braizat reçoit "
                        + "Yverdon Sport ce vendredi à 20h15 à La Maladière en Challenge League de football. Les rouge et "
                        + "noir sont actuellement 4e, à seulement trois points des Nord-Vaudois. Deux équipes très "
                        + "proches mais ce duel reste un match comme les autres pour l’entraîneur d’Yverdon, Adrian "
                        + "Ursea. « Le championnat est encore long », temporise le Roumain. Personnellement, pour celui "
                        + "qui a été directeur technique puis directeur du centre de formation de Neuchâtel Xamax, cette "
                        + "rencontre n’est pas particulière. « Je ne m’inscris jamais dans cette approche-là, sinon je me "
                        + "tromperais de métier ! »",
                "Andrea Ursea : « Ça perd un peu de la nuance de ce qu’est un vrai derby. »",
                "Ecouter le son",
                "Adrian Ursea a préparé son équipe comme d’habitude pour ce match, avec « beaucoup de sérieux "
                        + "et de respect pour nos adversaires », mais aussi une analyse profonde du système de jeu "
                        + "neuchâtelois. Pour lui, Xamax fait partie des ténors de Challenge League avec Aarau, Vaduz et "
                        + "Stade Lausanne-Ouchy.");
        assertEquals(SpanType.BOILERPLATE, typeAt(rtn, "Ecouter le son"));
        assertEquals(SpanType.PARAGRAPH, typeAt(rtn, "Adrian Ursea a préparé son équ"));
        Annotation freiepresse = inAllLanguages("freiepresse",
                "Bewertung des Artikels: Noch keine Bewertungen abgegeben",
                "0Kommentare",
                "Um zu kommentieren, müssen Sie angemeldet und Inhaber eines Abonnements sein.");
        assertEquals(SpanType.BOILERPLATE, typeAt(freiepresse, "Um zu kommentieren"));
        Annotation cister = inAllLanguages("cister",
                "A reunião pública da Câmara de Alcobaça, realizada na passada segunda-feira, ficou marcada por "
                        + "um momento de alguma tensão, na sequência de uma crítica feita à vereadora da Cultura pelos "
                        + "vereadores do PS, no passado dia 8, através de um comunicado intitulado “Alcobaça, que "
                        + "futuro?”.",
                "Este conteúdo é apenas para assinantes",
                "Na nota pública, assinada por António José Henriques, Carlos Guerra e Liliana Vitorino, podia "
                        + "ler-se que “o presidente e a restante equipa do executivo liderado por Hermínio Rodrigues "
                        + "(PSD) começam a ficar sem condições para gerir os destinos do município”.");
        assertEquals(SpanType.BOILERPLATE, typeAt(cister, "Este conteúdo é apenas"));
        assertEquals(SpanType.PARAGRAPH, typeAt(cister, "Na nota pública, assinada por "));
        Annotation cacador = inAllLanguages("cacador",
                "“Então eu não sei se é descaso com as famílias daqui ou se fazem a propósito. Queria ver a "
                        + "família dessa gente sem água pros filhos beberem”, finalizou.",
                "Receba notícias, diariamente.",
                "Salve nosso número e mande um OK.",
                "Ao entrar você está ciente e de acordo com todos os termos de uso e privacidade do WhatsApp");
        assertEquals(SpanType.BOILERPLATE, typeAt(cacador, "Salve nosso número"));
        assertEquals(SpanType.BOILERPLATE, typeAt(cacador, "Ao entrar você está ciente"));
        assertEquals(SpanType.PARAGRAPH, typeAt(cacador, "“Então eu não sei se é descaso"));
        Annotation valdera = inAllLanguages("valdera",
                "Questo sito contribuisce alla audience di",
                "QUI quotidiano online.",
                "Percorso semplificato Aggiornato alle 10:04 METEO:PONTEDERA13°16°  QuiNews.net");
        assertEquals(SpanType.BOILERPLATE, typeAt(valdera, "Questo sito contribuisce"));
    }

    @Test
    void shareLogInSubscriberAndMessagingPromptsAreChrome() {
        // dng24.co.uk, northcountrynow.com (gold): a share prompt, a paywall's notice and its log-in prompt
        Annotation dng = Annotators.annotate(lines("Share", "Be the first to share!", "By Abbey Morton", "Moffat",
                "Flood action snub for Moffat",
                "‘IRRESPONSIBLE and antisocial neighbour’ — those are the claims being levelled at Dumfries and Galloway Council "
                        + "after a meeting about flooding this week."));
        assertEquals(SpanType.BOILERPLATE, typeAt(dng, "Be the first to share!"));
        assertEquals(SpanType.PARAGRAPH, typeAt(dng, "‘IRRESPONSIBLE and antisocial"));
        Annotation canton = Annotators.annotate(lines("BY ADAM ATKINSON North Country This Week The village boards for both "
                        + "Canton and Potsdam have approved resolutions voicing support for the Black Lives Matter movement and the "
                        + "police departments of …",
                "This item is available in full to subscribers.", "Please log in to continue"));
        assertEquals(SpanType.BOILERPLATE, typeAt(canton, "This item is available in full"));
        assertEquals(SpanType.BOILERPLATE, typeAt(canton, "Please log in to continue"));
        // esconusted.com, realidadregional.com (gold): messaging-channel and follow prompts, a skip-navigation link
        Annotation maracaibo = Annotators.annotate(lines("Lesbia Rivero, dirigente de la parroquia, expresó que en la zona "
                        + "residen muchas personas de la tercera edad y niños que requieren atención. «Ya tienen 16 días sin "
                        + "electricidad y Corpoelec se hace de la vista gorda».",
                "Ten la información al instante en tu celular. Únete al grupo de Es Con Usted en WhatsApp a través del "
                        + "siguiente link: https://bit.ly/3ma8acR y a nuestro canal por: https://bitly.ws/3cT4n",
                "Nuestro Canal en Telegram https://t.me/NsCGerardTorres",
                "Además puedes seguirnos por Instagram, Facebook y X para recibir en directo todas nuestras actualizaciones"));
        assertEquals(SpanType.PARAGRAPH, typeAt(maracaibo, "Lesbia Rivero"));
        assertEquals(SpanType.BOILERPLATE, typeAt(maracaibo, "Ten la información al instante"));
        assertEquals(SpanType.BOILERPLATE, typeAt(maracaibo, "Nuestro Canal en Telegram"));
        assertEquals(SpanType.BOILERPLATE, typeAt(maracaibo, "Además puedes seguirnos"));
        Annotation nogoya = Annotators.annotate(lines("Saltar menú de navegación Teclas de acceso rápido", "Deportes",
                "Nogoyá: Escándalo, incidentes y tres jugadores detenidos tras partido del campeonato provincial",
                "Don Bosco cerró ayer su participación en el Campeonato Provincial frente a 25 de Mayo de Nogoyá, en un partido "
                        + "que fue suspendido por incidentes. Tres jugadores de Paraná pasaron la noche en el calabozo."));
        assertEquals(SpanType.BOILERPLATE, typeAt(nogoya, "Saltar menú de navegación"));
    }

    @Test
    void aContactListARadioPlayerBarAndALogInFormAreChrome() {
        // mangawhaifocus.co.nz, threefm.co.im, mariescountyadvocate.com (gold): a staff contact list (a name or a label, an
        // e-mail address and a telephone number), a station's on-air and now-playing bar, a log-in form's label
        Annotation mangawhai = Annotators.annotate(lines("Melody sales@mangawhaifocus.co.nz 021454814",
                "Nadia n.lewis@xtra.co.nz 021677978", "Reporting: Julia news@mangawhaifocus.co.nz 0274641673", "Archives",
                "Police Snippets",
                "A motorist was rescued after driving into floodwaters on Tomarata Road on Thursday, police said. The car was "
                        + "swept off the road and the driver climbed onto its roof before help arrived.",
                "For news tips contact Julia at news@mangawhaifocus.co.nz."));
        assertEquals(SpanType.BOILERPLATE, typeAt(mangawhai, "Melody sales@"));
        assertEquals(SpanType.BOILERPLATE, typeAt(mangawhai, "Reporting: Julia"));
        assertEquals(SpanType.BOILERPLATE, typeAt(mangawhai, "Archives"));
        assertEquals(SpanType.PARAGRAPH, typeAt(mangawhai, "A motorist was rescued"));
        Annotation threefm = Annotators.annotate(lines("On Air Now More Music 2:00am - 8:00am Email",
                "Now Playing We Can't Be Friends Ariana Grande Download",
                "Fireworks prosecution was in public interest says director",
                "Turning a \"blind eye\" to Douglas Council's failure to gain the correct licence for a fireworks display would "
                        + "\"open the floodgates\" to other people doing the same.",
                "That's the belief of the Isle of Man's director of prosecutions who's argued that prosecuting was in the public "
                        + "interest."));
        assertEquals(SpanType.BOILERPLATE, typeAt(threefm, "On Air Now"));
        assertEquals(SpanType.BOILERPLATE, typeAt(threefm, "Now Playing"));
        assertEquals(SpanType.TITLE, typeAt(threefm, "Fireworks prosecution"));
        assertEquals(SpanType.PARAGRAPH, typeAt(threefm, "Turning a"));
    }
}
