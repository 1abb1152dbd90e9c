package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.TextRange;

/**
 * A stretch of quoted words found by its marks, before it is attributed.
 *
 * @param open     where the opening mark (or dialogue dash) stands
 * @param close    after the closing mark; for an unclosed quotation or a dialogue turn, after its last word
 * @param pieces   the quoted words of each paragraph the quotation runs over, marks left out
 * @param dialogue a turn of dialogue opened by a dash rather than a quotation mark
 * @param joinsPrevious the words after the narrator's aside between dashes inside the same marks ("“Mi ha
 *                 molto colpito – ha aggiunto – la nota”"), in a language whose quotations keep such an
 *                 aside: attributed on their own, written as one quote with the words before the aside
 */
record Quotation(int open, int close, List<TextRange> pieces, boolean dialogue, boolean joinsPrevious) {

    /** The marks that close a quotation nested inside another, right before the outer one closes. */
    private static final String NESTED_CLOSING_MARKS = "'’”\"»›";

    Quotation {
        pieces = List.copyOf(pieces);
    }

    Quotation(int open, int close, List<TextRange> pieces, boolean dialogue) {
        this(open, close, pieces, dialogue, false);
    }

    int start() {
        return pieces.get(0).start();
    }

    int end() {
        return pieces.get(pieces.size() - 1).end();
    }

    /**
     * The last character of the quoted words that is no closing mark of a quotation nested inside: the comma of
     * "“I tweeted …, 'I may have offended,'” he said", which ends the nested and the outer quotation together.
     */
    char lastMark(String text) {
        int last = end() - 1;
        while (last > start() && NESTED_CLOSING_MARKS.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return text.charAt(last);
    }

    boolean overParagraphs() {
        return pieces.size() > 1;
    }

    /** The quoted words: the pieces joined by a line break, the marks repeated at each paragraph left out. */
    String text(String text) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            TextRange piece = pieces.get(i);
            if (i > 0) {
                words.append('\n');
            }
            words.append(text, piece.start(), piece.end());
        }
        return words.toString();
    }
}
