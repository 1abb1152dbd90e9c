package newsroom.annotator.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.TextRange;
import org.junit.jupiter.api.Test;

/** Which lines are a hard-wrapped block of prose, joined into one paragraph, on real pages' lines. */
class WrappedLinesTest {

    private static List<String> joined(String text) {
        return WrappedLines.join(text, Segmenter.paragraphs(text, 0)).stream()
                .map(range -> text.substring(range.start(), range.end())).toList();
    }

    /** jipsportsbenin.com: nine lines of a few words each, one sentence running on over them, are one paragraph. */
    @Test
    void linesWhoseSentencesRunOnAreOneParagraph() {
        String text = String.join("\n", "Les", "Guépards locaux du Bénin ont", "été battu le vendredi 25", "octobre 224 dernier au stade", "de Kégué de Lomé par leur", "homologue des Eperviers du", "Togo dans le cadre du", "premier tour aller des", "éliminatoires du Chan 2024.");
        assertEquals(List.of(text), joined(text));
    }

    /**
     * postdata.news: a date, a temperature and a town over the headline, six short lines with single breaks, are a
     * widget's lines, no prose (two words a line or fewer); the headline and the prose after a blank line are no block.
     */
    @Test
    void aWidgetsShortLinesAreNoBlock() {
        List<String> lines = List.of("domingo, 25", "de enero 2026", "16.5 C", "Morelia", "domingo, 25", "de enero 2026", "", "Alcalde de Cotija se mantiene al frente del ayuntamiento, no renunciará: PAN", "", "La lideresa del PAN en Michoacán, María del Refugio Cabrera Hermosillo reconoció una situación grave de inseguridad en Cotija, pero aclaró que el alcalde Juan Pablo Aguilar Barragán sigue al frente del ayuntamiento aunque en ocasiones se ausenta; señaló que no dará más detalles  “por motivos de seguridad”.");
        String text = String.join("\n", lines);
        assertEquals(lines.stream().filter(line -> !line.isEmpty()).toList(), joined(text));
    }

    /**
     * jornaldedesporto.pt: a coach's words hard-wrapped over lines, one quotation from “ to ”, between lines of
     * prose that run on too: the lines are one paragraph, whose sentences run over the breaks.
     */
    @Test
    void aQuotationHardWrappedIsInOneParagraphAndItsSentencesRunOverTheBreaks() {
        String text = String.join("\n", "Nuno Cirilo, treinador do Oriental Dragon, no final do jogo estava",
                "descontente porque a sua equipa cometeu erros que foram fatais e depois não",
                "teve capacidade para reagir. O treinador orientalista mostrou-se também",
                "bastante crítico para com a AF Setúbal pela escolha do campo para a final.",
                "“O nosso objectivo era claramente",
                "a vitória. Ficou comprovado desde o início do jogo que não viemos para defender.");
        assertEquals(List.of(text), joined(text));
        List<TextRange> sentences = SentenceSplitter.forLanguages(Dictionaries.load(Optional.empty()), List.of("pt")).split(text, 0, text.length());
        assertEquals("Nuno Cirilo, treinador do Oriental Dragon, no final do jogo estava\ndescontente porque a sua equipa cometeu erros que foram fatais e depois não\nteve capacidade para reagir.",
                text.substring(sentences.get(0).start(), sentences.get(0).end()));
        assertEquals("“O nosso objectivo era claramente\na vitória.", text.substring(sentences.get(2).start(), sentences.get(2).end()));
    }
}
