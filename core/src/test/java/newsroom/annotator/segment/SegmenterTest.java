package newsroom.annotator.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> sentences(String paragraph) {
        Annotation annotation = Annotators.annotate(paragraph);
        return annotation.spans().get(0).sentences().stream()
                .map(s -> paragraph.substring(s.start(), s.end())).toList();
    }

    @Test
    void everyNonBlankLineIsOneParagraphWithoutItsSurroundingWhiteSpace() {
        String text = "  Title line  \n\n\tFirst paragraph.\r\nSecond paragraph.\u00a0\n \n";
        List<Span> spans = Annotators.annotate(text).spans();
        assertEquals(List.of("Title line", "First paragraph.", "Second paragraph."),
                spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    /**
     * karibinfo.com, on Guadeloupe's water syndicate: a stop inside French guillemets, the closing one set apart by a
     * space, ends the sentence after the guillemet, not before it; an opening mark stays with its sentence.
     */
    @Test
    void aClosingGuillemetSetApartByASpaceEndsTheSentenceBeforeTheNext() {
        assertEquals(List.of("Pour Guy Losbar, c’est « un moment historique. »",
                        "Pour Ary Chalus, « c’est naturel que les élus s’engagent pour l’eau. »", "On comprend."),
                sentences("Pour Guy Losbar, c’est « un moment historique. » Pour Ary Chalus, « c’est naturel que les élus "
                        + "s’engagent pour l’eau. » On comprend."));
        assertEquals(List.of("He left.", "“We won,” she said."), sentences("He left. “We won,” she said."));
    }

    /**
     * abruzzonews.eu, on a court hearing: an abbreviation after an elided article ("l’avv.", Italian's list read as a page
     * in the six languages is) ends no sentence.
     */
    @Test
    void noBreakAfterAnAbbreviationWithItsElidedArticle() {
        Annotation annotation = Annotators.annotateInAllLanguages("abruzzonews", "Anche l’avv. Femminella, legale dell’ex "
                + "borsista Fabrizio Paolini, ha allontanato ogni possibile forma di reato.");
        assertEquals(1, annotation.spans().get(0).sentences().size());
    }

    @Test
    void noBreakAfterCountryAbbreviationsBeforeACapital() {
        // Breitbart, 4 January 2021 (src/test/resources/articles/breitbart-asylum-plain.txt)
        String paragraph = "The passing of that law comes soon after Mexico successfully pressured the U.S. "
                + "Department of Justice into releasing a former secretary of defense. After the voluntary "
                + "dismissal, the former general was sent home.";
        assertEquals(2, sentences(paragraph).size());
    }

    @Test
    void noBreakAfterUkOrUsInsideASentence() {
        // Breitbart, 4 January 2021
        String paragraph = "The announcement came soon after a U.K. judge refused an extradition request by the "
                + "U.S. government, the AP reported. Assange is wanted for espionage charges.";
        assertEquals(List.of(
                "The announcement came soon after a U.K. judge refused an extradition request by the U.S. "
                        + "government, the AP reported.",
                "Assange is wanted for espionage charges."), sentences(paragraph));
    }

    @Test
    void noBreakAfterEeUu() {
        // RTVE, http://www.rtve.es/temas/donald-trump/93110/ (two sentences of one paragraph)
        String paragraph = "La Casa Blanca ha afirmado este martes que el líder norcoreano, Kim Jong-un, ha solicitado "
                + "en una nueva carta mantener un segundo encuentro con el presidente de EE.UU., Donald Trump, en "
                + "cuya \"coordinación\" ya está trabajando. Nacional Canadá y EE.UU. iniciarán conversaciones "
                + "formales en enero sobre el T-MEC.";
        assertEquals(2, sentences(paragraph).size());
    }

    @Test
    void noBreakAfterSpanishTitleBeforeAName() {
        // Uypress, "Nelson Villarreal, Srio. de Derechos Humanos de Presidencia…", 5 February 2018,
        // https://www.uypress.net/Secciones/Nelson-Villarreal-Srio-de-Derechos-Humanos-de-Presidencia-atar-la-vision-de-derechos-humanos-a-la-gestion-por-resultados-uc83326
        String paragraph = "Nelson Villarreal Durán fue designado por el presidente Vázquez para ocupar la secretaría "
                + "de Derechos Humanos de la Presidencia, a partir del alejamiento del Dr. Javier Miranda para ocupar "
                + "la presidencia del Frente Amplio. Militante de la Izquierda Democrática Independiente (IDI) en sus "
                + "épocas de estudiante, tuvo su pasaje por la Vertiente Artiguista.";
        assertEquals(2, sentences(paragraph).size());
    }

    @Test
    void noBreakAfterMrOrAMonthAbbreviation() {
        // Press TV via passionislam.com, "Assange to be extradited to Sweden", http://passionislam.com/news.php?news_id=30
        assertEquals(2, sentences("District Judge Howard Riddle said at Belmarsh Magistrates' Court in south London on "
                + "Thursday that the extradition would not violate Mr. Assange's human rights. Assange dismissed the "
                + "three charges of rape and sexual assault.").size());
        // UPI, 21 October 2019, https://www.upi.com/Top_News/World-News/2019/10/21/British-judge-denies-delay-at-Assange-extradition-hearing/6791571661617/
        assertEquals(1, sentences("Oct. 21 (UPI) -- A British judge on Monday denied WikiLeaks co-founder Julian "
                + "Assange a delay for his extradition hearing, allowing the effort by U.S. prosecutors to proceed.").size());
    }

    @Test
    void noBreakAfterTheInitialOfAName() {
        // KUNC (NPR), "George W. Bush: 'I'm Comfortable With What I Did'", 15 April 2013, http://www.kunc.org/term/president-george-w-bush?page=3
        assertEquals(1, sentences("Jenna Bush Hager, daughter of former President George W. Bush and former first lady "
                + "Laura Bush, gave birth over the weekend to a girl.").size());
        // El Siglo de Torreón, 10 May 2022 (src/test/resources/gold/elsiglo-tellez-dia-madres.txt)
        assertEquals(1, sentences("La senadora por el Partido Acción Nacional (PAN), Lilly Téllez, presumió por sus redes "
                + "sociales dos fotografías, en donde se observa la buena relación que la funcionaria lleva con su hijo, "
                + "Leonardo J. Calderón Téllez.").size());
    }

    @Test
    void aSingleCapitalEndingASentenceBeforeASmallWordStillEndsIt() {
        // Salon, "I'm the C student, and just look at who's the president", 20 September 2007,
        // http://www.salon.com/2007/09/20/bush_8/ (George W. Bush at a news conference)
        assertEquals(List.of("I think I got a B in Econ 101.", "I got an A, however, in keeping taxes low."),
                sentences("I think I got a B in Econ 101. I got an A, however, in keeping taxes low."));
        assertEquals(2, sentences("Hoy sacó una A. Luego se fue a su casa.").size(), "a Spanish starter too");
    }

    @Test
    void aQuotationEndingInAnExclamationOrQuestionMarkDoesNotEndTheSentenceThatGoesOn() {
        // Hürriyet Daily News (AP), 25 August 2023 (src/test/resources/gold/hurriyet-trump-mugshot-x.txt)
        assertEquals(List.of("“I LOVE TRUTH SOCIAL.", "IT IS MY HOME!!!” he wrote."),
                sentences("“I LOVE TRUTH SOCIAL. IT IS MY HOME!!!” he wrote."));
        assertEquals(2, sentences("He posted a photo of his mug shot and the words “Election interference. Never "
                + "surrender!” along with a link to his website, which directs to a fundraising page.").size());
        // Mundo Hispánico, 11 May 2020 (src/test/resources/gold/mundohispanico-trump-numeros.txt)
        assertEquals(List.of("“Los números de coronavirus se ven mucho mejor, disminuyendo en casi todas partes.",
                "¡Se están haciendo grandes progresos!” indicó el mandatario a través de su cuenta oficial de Twitter."),
                sentences("“Los números de coronavirus se ven mucho mejor, disminuyendo en casi todas partes. ¡Se están "
                        + "haciendo grandes progresos!” indicó el mandatario a través de su cuenta oficial de Twitter."));
        // headtopics.com, "López Obrador asegura que no pueden detener sus…" (src/test/resources/quotes/es.txt)
        assertEquals(1, sentences("Desde su punto de vista, elno se atrevería a prohibir su reciente libro “¡Gracias!”, por "
                + "las referencias que pueden violar la ley electoral.").size());
    }

    @Test
    void aSpanishQuestionInsideASentenceDoesNotEndIt() {
        // Zócalo Saltillo, "Tuit espacial de Elon Musk desconcierta a internautas" (src/test/resources/articles/zocalo-musk-luna.txt)
        assertEquals(1, sentences("Un tuit del magnate de origen sudafricano levantó polémica, ¿la razón? utilizar una "
                + "imagen de la luna para referirse a Marte.").size());
        // nadaqueobjetar.com, "¿Por qué no?", 1 May 2016, https://nadaqueobjetar.com/2016/05/01/por-que-no/
        assertEquals(2, sentences("Aún recuerdo la primera vez que me alargaron un porro de marihuana y al tomarlo entre "
                + "los dedos índice y pulgar dije: “¿Por qué no?”. Cuando me matriculé de italiano en la Escuela Oficial "
                + "de Idiomas dije: “¿Por qué no?”.").size());
    }

    @Test
    void sentencesEndAtTerminalPunctuationInBothLanguages() {
        String paragraph = "¿Qué dijo el presidente? Nada. He said nothing! Then he left.";
        assertEquals(List.of("¿Qué dijo el presidente?", "Nada.", "He said nothing!", "Then he left."),
                sentences(paragraph));
    }
}
