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
    void sentencesEndAtTerminalPunctuationInBothLanguages() {
        String paragraph = "¿Qué dijo el presidente? Nada. He said nothing! Then he left.";
        assertEquals(List.of("¿Qué dijo el presidente?", "Nada.", "He said nothing!", "Then he left."),
                sentences(paragraph));
    }
}
