package newsroom.annotator.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * The words and punctuation marks of one article's text, read once when its quotations are attributed:
 * every rule looks its tokens up here, by position, instead of reading the text again, so the quotes
 * stage's time grows with the text and not with how often a rule looks at a stretch of it. One instance
 * per article.
 */
final class TokenView {

    private final String text;
    private final Token[] tokens;
    private final List<Token> all;
    private final int[] starts;
    private final int[] ends;
    /** For each token, the index of the first word token at or after it ({@code tokens.length} when none). */
    private final int[] nextWord;

    private TokenView(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens.toArray(Token[]::new);
        this.all = Arrays.asList(this.tokens);
        this.starts = new int[this.tokens.length];
        this.ends = new int[this.tokens.length];
        this.nextWord = new int[this.tokens.length + 1];
        for (int i = 0; i < this.tokens.length; i++) {
            starts[i] = this.tokens[i].start();
            ends[i] = this.tokens[i].end();
        }
        nextWord[this.tokens.length] = this.tokens.length;
        for (int i = this.tokens.length - 1; i >= 0; i--) {
            nextWord[i] = this.tokens[i].word() ? i : nextWord[i + 1];
        }
    }

    /** The tokens of the whole text, as {@link Token#of} reads them. */
    static TokenView of(String text, Spelling spelling) {
        return new TokenView(text, Token.of(text, 0, text.length(), spelling));
    }

    String text() {
        return text;
    }

    /** The tokens lying wholly inside text[from, to), in order: a view, not a copy. */
    List<Token> tokens(int from, int to) {
        int first = firstEndingAfter(from);
        while (first < tokens.length && starts[first] < from) {
            first++;
        }
        int last = firstStartingAtOrAfter(to);
        while (last > first && ends[last - 1] > to) {
            last--;
        }
        return first >= last ? List.of() : all.subList(first, last);
    }

    /** Whether a word (letters or digits) stands in text[from, to), whole or in part. */
    boolean hasWord(int from, int to) {
        int word = nextWord[firstEndingAfter(from)];
        return word < tokens.length && starts[word] < to;
    }

    /** The index of the first token that ends after {@code position}. */
    private int firstEndingAfter(int position) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the first token that starts at or after {@code position}. */
    private int firstStartingAtOrAfter(int position) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
