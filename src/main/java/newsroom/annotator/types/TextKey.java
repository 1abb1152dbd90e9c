package newsroom.annotator.types;

import com.ibm.icu.text.Normalizer2;

/**
 * The form in which text is compared with the phrase lists: without accents, lower case, typographic
 * apostrophes and quotes made plain, white space squeezed. "Suscríbete" and "SUSCRIBETE", "you’re" and
 * "you're" have one key. Keys are for comparing only; offsets always point into the article's text.
 */
final class TextKey {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();

    private TextKey() {
    }

    static String of(CharSequence text) {
        String decomposed = DECOMPOSE.normalize(text);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !key.isEmpty();
                continue;
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
        return key.toString();
    }
}
