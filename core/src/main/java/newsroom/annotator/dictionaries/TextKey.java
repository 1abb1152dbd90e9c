package newsroom.annotator.dictionaries;

import com.ibm.icu.text.Normalizer2;

/**
 * The form in which text is compared with the phrase lists: without accents, lower case, typographic
 * apostrophes and quotes made plain, white space squeezed. "Suscríbete" and "SUSCRIBETE", "you’re" and
 * "you're" have one key. Keys are for comparing only; offsets always point into the article's text.
 */
public final class TextKey {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();
    /**
     * Each character of the Basic Multilingual Plane below U+3000 that starts a normalization segment
     * of its own, decomposed: text made of such characters decomposes character by character, which is
     * what a scraped article nearly always is, and far cheaper than normalizing the whole string.
     */
    private static final int TABLE_SIZE = 0x3000;
    private static final String[] DECOMPOSED = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            if (!Character.isSurrogate(c) && DECOMPOSE.hasBoundaryBefore(c)) {
                DECOMPOSED[c] = DECOMPOSE.normalize(String.valueOf(c));
            }
        }
    }

    private TextKey() {
    }

    public static String of(CharSequence text) {
        StringBuilder key = new StringBuilder(text.length());
        Squeezer squeezer = new Squeezer(key);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposed = c < TABLE_SIZE ? DECOMPOSED[c] : null;
            if (decomposed == null) {
                // a combining mark, a character from further up: normalize the whole text the slow way
                return slow(text);
            }
            for (int j = 0; j < decomposed.length(); j++) {
                squeezer.append(decomposed.charAt(j));
            }
        }
        return key.toString();
    }

    /** A key without the bullets and arrows that sites put before a prompt: "» Lee también", "▶ Suscríbete". */
    public static String withoutLeadingSymbols(String key) {
        int start = 0;
        while (start < key.length()) {
            char c = key.charAt(start);
            if (Character.isLetterOrDigit(c) || c == '"' || c == '(' || c == '¿' || c == '¡' || c == '\'' || c == '@') {
                break;
            }
            start++;
        }
        return key.substring(start).strip();
    }

    /** The key by normalizing the whole text first: the reference the fast path must agree with. */
    static String slow(CharSequence text) {
        String decomposed = DECOMPOSE.normalize(text);
        StringBuilder key = new StringBuilder(decomposed.length());
        Squeezer squeezer = new Squeezer(key);
        for (int i = 0; i < decomposed.length(); i++) {
            squeezer.append(decomposed.charAt(i));
        }
        return key.toString();
    }

    /** Appends decomposed characters to a key: marks dropped, spaces squeezed, case and quotes folded. */
    private static final class Squeezer {

        private final StringBuilder key;
        private boolean space;

        Squeezer(StringBuilder key) {
            this.key = key;
        }

        void append(char c) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !key.isEmpty();
                return;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`' -> '\'';
                case '\u201C', '\u201D', '\u00AB', '\u00BB' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
    }
}
