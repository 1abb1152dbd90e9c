package newsroom.annotator.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsroom.annotator.model.TextRange;

/**
 * Prose a page hard-wrapped at a fixed width: lines one under the other, no blank line between them, whose sentences
 * run on from one line to the next ("Les / Guépards locaux du Bénin ont / été battu le vendredi 25"). Such a run is one
 * paragraph: a line of four words tells neither its language nor its kind, and a quotation or a sentence runs on over
 * the lines as the writer meant it to.
 */
public final class WrappedLines {

    /** A hard-wrapped block runs over more lines than a headline's block, a list or an address does. */
    static final int MIN_LINES = 6;
    /** A wrapped line of prose holds a few words; a widget's lines (a date, a temperature, a town) hold fewer. */
    private static final int MIN_WORDS_PER_LINE = 4;
    /** The marks that end a sentence at a line's end; a sentence that runs on ends with none of them. */
    private static final String SENTENCE_ENDS = ".!?:;»”\"…|";

    private WrappedLines() {
    }

    /** The lines with each hard-wrapped run of them joined into one range, from its first line's start to its last's end. */
    static List<TextRange> join(String text, List<TextRange> lines) {
        int[] run = runs(text, lines);
        List<TextRange> joined = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int last = i;
            while (run[i] >= 0 && last + 1 < lines.size() && run[last + 1] == run[i]) {
                last++;
            }
            joined.add(last == i ? lines.get(i) : new TextRange(lines.get(i).start(), lines.get(last).end()));
            i = last + 1;
        }
        return joined;
    }

    /**
     * For each line, the index of the first line of the hard-wrapped run it belongs to, or -1: a run is
     * {@value #MIN_LINES} lines or more with single line breaks between them, {@value #MIN_WORDS_PER_LINE} words a line
     * or more, and at half of those breaks or more a sentence runs on into a line that opens in lower case.
     */
    private static int[] runs(String text, List<TextRange> lines) {
        int[] run = new int[lines.size()];
        Arrays.fill(run, -1);
        int first = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i < lines.size() && singleBreak(text, lines.get(i - 1).end(), lines.get(i).start())) {
                continue;
            }
            int count = i - first;
            if (count >= MIN_LINES && 2 * runOns(text, lines, first, i) >= count - 1
                    && words(text, lines.get(first).start(), lines.get(i - 1).end()) >= MIN_WORDS_PER_LINE * count) {
                Arrays.fill(run, first, i, first);
            }
            first = i;
        }
        return run;
    }

    /** How many of the breaks between lines [from, to) fall inside a sentence. */
    private static int runOns(String text, List<TextRange> lines, int from, int to) {
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            String before = text.substring(lines.get(i - 1).start(), lines.get(i - 1).end()).strip();
            String after = text.substring(lines.get(i).start(), lines.get(i).end()).strip();
            if (!before.isEmpty() && !after.isEmpty() && SENTENCE_ENDS.indexOf(before.charAt(before.length() - 1)) < 0
                    && Character.isLowerCase(after.codePointAt(0))) {
                count++;
            }
        }
        return count;
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean blank = Trim.isBlank(text.charAt(i));
            words += !blank && !inWord ? 1 : 0;
            inWord = !blank;
        }
        return words;
    }

    /** Whether the text between two lines is one line break and blanks: no blank line. */
    private static boolean singleBreak(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Trim.isBlank(c)) {
                return false;
            }
        }
        return breaks == 1;
    }
}
