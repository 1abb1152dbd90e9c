package newsroom.annotator.types;

import static newsroom.annotator.types.TypesStageTest.lines;
import static newsroom.annotator.types.TypesStageTest.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * Site chrome that looks like an article's lines: a publication's masthead over the headline, a sprite's
 * icon names, a video player's counter, a prompt run into the next element, links to other stories in
 * capitals or in a list after the prose; and what looks like chrome but is the article's: a headline with
 * a credit's words, a list that a paragraph introduces. Each fixture is a real page's lines, its source named.
 */
class MastheadAndLinkTypesTest {

    // The Sunday Post (Newcastle) on PressReader, 13 January 2019; The Washington Post, 5 September 2018
    @Test
    void aPublicationsMastheadAboveTheHeadlineIsBoilerplateAndTheHeadlineUnderItTheTitle() {
        Annotation sundayPost = Annotators.annotate(lines("The Sunday Post (Newcastle)",
                "We deserved some fortune, insists Dyche",
                "-",
                "Sean Dyche suggested Burnley had been due some luck following the 2-1 win over Fulham in which they profited from two own-goals and did not register an effort on target."));
        assertEquals(SpanType.BOILERPLATE, typeAt(sundayPost, "The Sunday Post (Newcastle)"));
        assertEquals(SpanType.TITLE, typeAt(sundayPost, "We deserved some fortune"));
        Annotation post = Annotators.annotate(lines("The Washington PostDemocracy Dies in Darkness",
                "Get The Trailer newsletter and stay in the know on campaigns and elections",
                "Placeholder while article actions load",
                "As a campaign reporter, I hear it all the time: “Hey, what’s actually happening with the elections?”",
                "It’s said with a sense of regret, and a little shame, like promising your partner that you will set up that dentist appointment as soon as this episode of “House Hunters” is over."));
        assertEquals(SpanType.BOILERPLATE, typeAt(post, "The Washington PostDemocracy"));
        assertEquals(SpanType.TITLE, typeAt(post, "Get The Trailer newsletter"));
        assertEquals(SpanType.BOILERPLATE, typeAt(post, "Placeholder while article actions load"));
    }

    // RT, 6 August 2023: the icon sprite's names, the date, the headline printed twice around its teaser
    @Test
    void aRunOfIconNamesIsBoilerplateInNoLanguageAndTheDateOverTheHeadlineAByline() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon chevron upicon closeicon v-compressicon downloadicon editicon v-expandicon fbicon fileicon filtericon flag ruicon full chevron downicon full chevron lefticon full chevron righticon full chevron upicon gpicon insicon mailicon moveicon-musicicon mutedicon nomutedicon okicon v-pauseicon v-playicon searchicon shareicon sign inicon sign upicon stepbackicon stepforicon swipe downicon tagicon tagsicon tgicon trashicon twicon vkicon yticon wticon fm",
                "6 Aug, 2023 19:10",
                "",
                "Oscar-winning actor apologizes for ‘anti-Semitic’ Instagram post",
                "",
                "‘Friends’ star Jennifer Aniston has also expressed regret for ‘liking’ the offending message",
                "Oscar-winning actor apologizes for ‘anti-Semitic’ Instagram post",
                "",
                "The American Academy Award-winning actor Jamie Foxx has issued an apology for a since-deleted Instagram post which some people had construed as being a vocal attack on members of the Jewish community."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "icon bookmark-bicon"));
        assertNull(spanAt(annotation, "icon bookmark-bicon").language().language(), "icon names are in no language");
        assertEquals(SpanType.BYLINE, typeAt(annotation, "6 Aug, 2023 19:10"));
        assertEquals(SpanType.TITLE, typeAt(annotation, "Oscar-winning actor apologizes"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "‘Friends’ star Jennifer Aniston"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The American Academy Award-winning actor"));
    }

    // Stormlake Pilot Tribune, 24 July 2007: the page's own date over the headline, the story's under it
    @Test
    void aDateOverAnotherDateInTheLeadIsThePagesAndStaysChrome() {
        Annotation annotation = Annotators.annotate(lines("Sunday, May 1, 2016",
                "McCain pledges 'We will win Iowa'",
                "Tuesday, July 24, 2007",
                "Republican John McCain met with key Iowa supporters Sunday to assure them he's doing fine and intends to seriously compete in the state's leadoff precinct caucuses despite staff cuts and money problems."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Sunday, May 1, 2016"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Tuesday, July 24, 2007"));
    }

    // El Norte, 28 April 2023: the video player's counter under the headline
    @Test
    void aVideoPlayersCounterIsBoilerplate() {
        Annotation annotation = Annotators.annotate(String.join("\n", "Sesionan senadores en patio de sede alterna",
                "00 MIN 30 SEG",
                "Claudia Salazar y Mayolo López",
                "Cd. de México (28 abril 2023) .-17:52 hrs",
                "Los senadores de Morena y sus aliados llevaron a cabo una sesión ordinaria en la Casona de Xicoténcatl como sede alterna, ya que la Oposición rechazó la sesión en el Senado."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "00 MIN 30 SEG"));
        assertNull(spanAt(annotation, "00 MIN 30 SEG").language().language());
    }

    // Faulkner News Network (faulknernewsnetwork.online), 28 September 2023: another story's headline in the prose
    @Test
    void aHeadlineInCapitalsWithItsTopicBeforeAColonInsideTheProseIsALink() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "Menendez tells Senate Democrats he won’t resign after bribery indictment",
                "September 28, 2023 05:37 PM",
                "Sen. Bob Menendez (D-NJ) told his Senate Democratic colleagues on Thursday that he will not resign despite calls from more than half of the conference to do so following his federal indictment on bribery charges.",
                "The embattled senator did not address his political future in his 15-minute speech to the conference, instead vowing to defend his innocence in court. Sens. Michael Bennet (D-CO) and Joe Manchin (D-WV) told reporters after the meeting that Menendez wasn’t asked any questions in the room.",
                "BIDEN IMPEACHMENT: GOP WITNESS SAYS HOLDING A VOTE ON OPENING INQUIRY IS ‘BEST PRACTICE’",
                "The vast majority of Senate Democrats declined to comment on what took place during the closed-door meeting, citing the sensitivity of the situation. Of those who demurred, most said that the meeting did not change their position on Menendez or the charges."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "BIDEN IMPEACHMENT"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "The vast majority"));
    }

    // NBC News, June 2020: the "more news" prompt run into the live player's label
    @Test
    void aPromptRunIntoTheNextElementIsStillBoilerplate() {
        Annotation annotation = Annotators.annotate(lines(
                "'Haven't read the damn thing': Republican senators dodge questions about Trump's conspiracy tweet",
                "Some said they hadn't read his tweet about an injured Buffalo protester; others said they had a policy of not discussing the president's Twitter posts.",
                "Get more newsLiveonNBC News Now",
                "WASHINGTON — Republican senators don't want to talk about President Donald Trump's tweet. Some say they haven't read it."));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Get more newsLiveonNBC"));
    }

    // Moda (Peru): "foto de" in the headline is its noun, not a credit; the radio promo and the cards of
    // other stories after the prose are chrome
    @Test
    void aCreditsWordsAfterAnArticleAreTheHeadlinesAndTheCardsAfterTheProseAreLinks() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "La foto de Becky G junto a Maluma que desató la euforia de sus fanáticos",
                "La cantante estadounidense se animó a subir una fotografía en sus redes sociales junto a Maluma y sus fanáticos enloquecieron.",
                "> ESCUCHA LA MÚSICA QUE ESTÁ DE MODA, LAS 24 HORAS, AQU",
                "A pocos días de realizarse los Grammy, la sensual cantante urbana Becky G compartió con sus seguidores en Instagram una fotografía sacada directamente desde el baúl de los recuerdos.",
                "Por su parte Maluma ya lanzó su nueva colaboración junto a su compatriota Shakira en el tema ‘Trap’ que promete seguir los pasos de ‘Chantaje’.",
                "",
                " ",
                "             Arcángel y su emotivo mensaje tras conocer Machu Picchu",
                "            Arcángel y su emotivo mensaje tras conocer Machu Picchu ",
                "         Arcángel visitó Machu Picchu como parte de su recorrido por las siete maravillas del mundo",
                "            Arcángel visitó Machu Picchu como parte de su recorrido por las siete maravillas del mundo",
                "         Karo"));
        assertEquals(SpanType.TITLE, typeAt(annotation, "La foto de Becky G"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "La cantante estadounidense se animó"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "> ESCUCHA LA MÚSICA"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Arcángel y su emotivo"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Arcángel visitó Machu Picchu"));
        assertEquals(SpanType.BOILERPLATE, typeAt(annotation, "Karo"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Por su parte Maluma"));
    }

    // The Washington Post, 5 September 2018: the newsletter's promises, listed after "Here's what you can expect:"
    @Test
    void aListThatAParagraphIntroducesIsTheArticles() {
        Annotation annotation = Annotators.annotate(lines(
                "Get The Trailer newsletter and stay in the know on campaigns and elections",
                "In The Trailer, our new newsletter that will begin this month and be delivered on Tuesday, Thursday and Sunday evenings, I will report on every development in the midterms and elections further down the horizon. Here’s what you can expect:",
                "  • In-depth reporting on key races and upsets that Washington might not see coming",
                "  • Breaking news about polls, campaign moves, ads and strategy",
                "  • Analysis that will demystify, debunk or simply explain the controversies being launched into the news cycle"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "• In-depth reporting"));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "• Analysis that will demystify"));
    }

    // Noroeste, December 2018: a long teaser without a period is no run of icon names
    @Test
    void aLongUnpunctuatedCaptionIsStillACaption() {
        Annotation annotation = Annotators.annotate(lines(
                "Tengo las riendas del poder en las manos, dice AMLO en su primera conferencia como presidente",
                "Promete un libre acceso a la información y un libre del ejercicio de la libertad de expresión durante su mandato",
                "\"No será como están pensando nuestros adversarios, que se están frotando las manos, de que no se pueda conducir el Gobierno, al contrario, cada vez este Gobierno tendrá más legitimidad y que no se pierda de vista de que esta es una transformación del país\", indicó el mandatario nacional."));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Promete un libre acceso"));
    }

    // Diario Las Américas (Alejandro Sanz, Instagram) and La Nación (Argentina), June 2019: the scrape lost
    // the headline and kept its standfirst, which describes the people the headline named
    @Test
    void aLongFirstLineThatNamesNobodyRightAboveTheProseIsTheLostHeadlinesStandfirst() {
        Annotation sanz = Annotators.annotate(String.join("\n",
                "El cantante español sorprendió a sus seguidores al dirigirse en la red social a sus colegas de Colombia",
                "Alejandro Sanz envió mensajes a J. Balvin y Maluma. El ganador del Grammy sorprendió a sus seguidores al dirigirse en Instagram a sus colegas de Colombia."));
        assertEquals(SpanType.CAPTION, typeAt(sanz, "El cantante español sorprendió"));
        assertEquals(SpanType.PARAGRAPH, typeAt(sanz, "Alejandro Sanz envió mensajes"));
        Annotation macri = Annotators.annotate(String.join("\n",
                " date 2019-06 Los únicos tuits del Presidente en esa fecha fueron en referencia al incidente eléctrico",
                "",
                "Después del apagón que el domingo último afectó a casi todo el país, parte de Uruguay y el sur de Brasil, comenzó a circular por redes sociales un supuesto tuit del presidente de la Nación, Mauricio Macri, que habría publicado un minuto antes del corte de luz: \"Les escribo temprano a todos los papás de los países de la región deseándoles que tengan un día lleno de luz. ¡Feliz día del Padre!\". Sin embargo, esto es falso. Lo único que tuiteó Macri el 16 de junio último fue en relación al apagón general y no escribió un mensaje por el Día del Padre."));
        assertEquals(SpanType.CAPTION, typeAt(macri, "Los únicos tuits del Presidente"));
        // a headline names who: a long first line with names stays the title (Rare, January 2017)
        Annotation sanders = Annotators.annotate(lines(
                "Bernie Sanders printed out a Trump tweet and presented it on the floor of the Senate YouTube/Think Politics",
                "Senator Bernie Sanders (I-VT) has always been something of an unorthodox politician, and when he came to the Senate floor on Wednesday morning, he continued his role as the think-outside-the-box Senator."));
        assertEquals(SpanType.TITLE, typeAt(sanders, "Bernie Sanders printed out"));
    }

    // Maduradas, Karol G's cancelled concerts: the outlet the photos came from, after each photo's caption
    @Test
    void anOutletsNameAloneBetweenParagraphsCreditsAPhoto() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "¡ASÍ LO DIJO! “Me rompe el alma dar esta noticia”: Karol G canceló sus próximos conciertos por “motivos de fuerza mayor”",
                "",
                "La cantante colombiana Karol G informó que fueron canceladas varias de sus presentaciones por «motivos de fuerza mayor».",
                "",
                "El Farandi.",
                "",
                "A través de las redes sociales, la artista informó que sus próximas cuatro presentaciones serían canceladas y que se debe a un acontecimiento de último momento que le impide compartir con sus fanáticos.",
                "",
                "«Por motivos de fuerza mayor, debimos posponer cuatro de los shows de la gira que estaban completamente Sold Out para el próximo mes (Houston, Dallas, Chicago, Boston). Me rompe el corazón dar esta noticia», informó.",
                "",
                "Además agradeció a sus fanáticos tener comprensión con ella y apoyarla de forma incondicional.",
                "",
                "El Farandi.",
                "",
                "Redacción Maduradas con información de La Patilla."));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "El Farandi."));
        assertEquals("es", spanAt(annotation, "El Farandi.").language().language());
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Además agradeció"));
        assertEquals(SpanType.BYLINE, typeAt(annotation, "Redacción Maduradas"));
    }

    // Celebradar, October 2018 (a Shutterstock photo's credit and dated description); Infobae, July 2025
    @Test
    void aPhotosDatedDescriptionAndACreditAfterADashMakeCaptionsNotHeadlines() {
        Annotation holbrook = Annotators.annotate(lines("Photo: Michelle Quance/Variety/Shutterstock",
                "Variety Studio presented by AT&T, Day 2, Toronto International Film Festival, Canada - 08 Sep 2018",
                "Boyd Holbrook has joinedSterling K. Brownin apologizing to their costarOlivia Munn.",
                "Holbrook posted a lengthy response on Instagram Monday apologizing for not speaking on the situation earlier and canceling press opportunities, leaving Munn alone."));
        assertEquals(SpanType.CAPTION, typeAt(holbrook, "Photo: Michelle Quance"));
        assertEquals(SpanType.CAPTION, typeAt(holbrook, "Variety Studio presented by AT&T"));
        Annotation cabal = Annotators.annotate(lines(
                "La senadora María Fernanda Cabal criticó al presidente Gustavo Petro por una publicación que hizo el mandatario en X - crédito @MariaFdaCabal/X y César Carrió/Presidencia",
                "La senadora del Centro Democrático, María Fernanda Cabal, una de las fieles opositoras del presidente Gustavo Petro, volvió a irse contra el mandatario por cuenta de un trino sobre las supuestas obras de su gobierno en Riohacha, La Guajira."));
        assertEquals(SpanType.CAPTION, typeAt(cabal, "La senadora María Fernanda Cabal criticó"));
        assertEquals(SpanType.PARAGRAPH, typeAt(cabal, "La senadora del Centro Democrático"));
    }

    // Telemar Campeche, 2025: a headline in capitals with a colon opens the page: it is the title, no link
    @Test
    void aHeadlineInCapitalsWithAColonAboveTheProseIsTheTitle() {
        Annotation annotation = Annotators.annotate(String.join("\n",
                "ZAFARRANCHO EN EL SENADO: GRITOS Y CODAZOS ENTRE LEGISLADORES",
                "Un altercado en el pleno del Senado generó tensión entre legisladores, cuando Alejandro Moreno y Gerardo Fernández Noroña protagonizaron un enfrentamiento que culminó en gritos y codazos."));
        assertEquals(SpanType.TITLE, typeAt(annotation, "ZAFARRANCHO EN EL SENADO"));
    }

    // Olé, July 2022: a first paragraph of three sentences that trails off in "..." is prose, no cut teaser
    @Test
    void aParagraphOfThreeSentencesEndingInAnEllipsisIsProse() {
        Annotation annotation = Annotators.annotate(lines(
                "Después de mucho esperar, el fichaje estelar de la Liga MX se hará realidad: Dani Alves será nuevo refuerzo de Pumas UNAM. Luego de varios idas y vueltas, la llegada del brasileño está al caer y ya hubo intercambio de mensajes en las redes sociales para elevar las expectativas. Sin embargo, parece que no todos están ilusionados por la situación en suelo azteca...",
                "Si bien a primera vista suena a una locura, Alves podría estar disputando entre nueve y diez partidos de temporada regular en lo que resta del Apertura 2022. Si el club alcanza las finales de los playoffs, podría percibir un total de hasta 1.7 millones de dólares. El objetivo de Dani es agarrar ritmo y mostrarse en una mejor versión para soñar con ser convocado al Mundial de Qatar 2022.",
                "Quedó libre del Culé y, a sus 39 años, llegará a Pumas. (Pau BARRENA / AFP)",
                "Mientras en la previa al anuncio oficial por parte del club, los hinchas se encargaron de hacerle llegar al futbolista su deseo de tenerlo en el plantel. A través de redes sociales, miles de usuarios le comentaron las fotos invitándolo, asegurándole que se iba a sentir cómodo y mucho más. Y también hubo posteos negativos..."));
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, "Después de mucho esperar"));
        assertEquals(SpanType.CAPTION, typeAt(annotation, "Quedó libre del Culé"));
    }

    private static Span spanAt(Annotation annotation, String snippet) {
        int at = annotation.text().indexOf(snippet);
        return annotation.spans().stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElseThrow();
    }
}
