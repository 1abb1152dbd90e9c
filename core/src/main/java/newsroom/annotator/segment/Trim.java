package newsroom.annotator.segment;

import newsroom.annotator.model.TextRange;

/** The stretch of text without the white space at its ends. */
public final class Trim {

    private Trim() {
    }

    /** text[start, end) without leading and trailing white space, or null when it is all blank. */
    public static TextRange range(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new TextRange(s, e);
    }

    /** White space as Java knows it, plus the no-break spaces that scraped pages are full of. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
