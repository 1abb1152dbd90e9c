package newsroom.annotator.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/** Which lines are a hard-wrapped block of prose, on real pages' lines. */
class WrappedLinesTest {

    /** One span a non-blank line, as the segment stage makes them. */
    private static List<Span> lines(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                spans.add(new Span(spans.size(), SpanType.PARAGRAPH, start, start + line.length(), LanguageGuess.UNKNOWN, List.of(), null));
            }
            start += line.length() + 1;
        }
        return spans;
    }

    /** jipsportsbenin.com: nine lines of a few words each, one sentence running on over them, are one block. */
    @Test
    void linesWhoseSentencesRunOnAreOneBlock() {
        String text = String.join("\n", "Les", "Guépards locaux du Bénin ont", "été battu le vendredi 25", "octobre 224 dernier au stade", "de Kégué de Lomé par leur", "homologue des Eperviers du", "Togo dans le cadre du", "premier tour aller des", "éliminatoires du Chan 2024.");
        int[] block = new int[9];
        assertArrayEquals(block, WrappedLines.runs(text, lines(text)));
    }

    /**
     * postdata.news: a date, a temperature and a town over the headline, six short lines with single breaks, are a
     * widget's lines, no prose (two words a line or fewer); the headline and the prose after a blank line are no block.
     */
    @Test
    void aWidgetsShortLinesAreNoBlock() {
        String text = String.join("\n", "domingo, 25", "de enero 2026", "16.5 C", "Morelia", "domingo, 25", "de enero 2026", "", "Alcalde de Cotija se mantiene al frente del ayuntamiento, no renunciará: PAN", "", "La lideresa del PAN en Michoacán, María del Refugio Cabrera Hermosillo reconoció una situación grave de inseguridad en Cotija, pero aclaró que el alcalde Juan Pablo Aguilar Barragán sigue al frente del ayuntamiento aunque en ocasiones se ausenta; señaló que no dará más detalles  “por motivos de seguridad”.");
        int[] none = new int[8];
        Arrays.fill(none, -1);
        assertArrayEquals(none, WrappedLines.runs(text, lines(text)));
    }
}
