package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsroom.annotator.segment.Trim;

/**
 * A word or a punctuation mark of the narrator's text, as offsets into the article's text. A word keeps
 * its inner apostrophes, hyphens and periods ("AMLO’s", "Ocasio-Cortez", "U.S.") and its final period
 * when it is an initial or a known abbreviation ("J.", "Sen.").
 *
 * @param lower the word in lower case, for dictionary look-ups; for punctuation, the mark itself
 */
record Token(int start, int end, boolean word, String lower) {

    /** The tokens of text[from, to). A hand-written scan: this runs on every sentence of every article. */
    static List<Token> of(String text, int from, int to, Set<String> abbreviations) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (!Trim.isBlank(c)) {
                    tokens.add(new Token(i, i + 1, false, String.valueOf(c)));
                }
                i++;
                continue;
            }
            int start = i++;
            while (i < to) {
                if (isWordChar(text.charAt(i))) {
                    i++;
                } else if ("’'-.&".indexOf(text.charAt(i)) >= 0 && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i < to && text.charAt(i) == '.' && keepsPeriod(text.substring(start, i), abbreviations)) {
                i++;
            }
            tokens.add(new Token(start, i, true, text.substring(start, i).toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean keepsPeriod(String word, Set<String> abbreviations) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.indexOf('.') >= 0
                || abbreviations.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    /** A word that starts with a capital letter: a name, an acronym, or the first word of a sentence. */
    boolean capitalised(String text) {
        if (!word) {
            return false;
        }
        char first = text.charAt(start);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** "AMLO’s", "Mexico's": the word names whose the next thing is, not who speaks. */
    boolean possessive() {
        return word && (lower.endsWith("’s") || lower.endsWith("'s"));
    }

    boolean is(char mark) {
        return !word && lower.charAt(0) == mark;
    }
}
