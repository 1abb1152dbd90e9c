package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.segment.Trim;

/**
 * A word or a punctuation mark of the narrator's text, as offsets into the article's text. A word keeps
 * its inner apostrophes, hyphens and periods ("AMLO’s", "Ocasio-Cortez", "U.S.") and its final period
 * when it is an initial or a known abbreviation ("J.", "Sen.").
 *
 * @param lower the word in lower case, for dictionary look-ups; for punctuation, the mark itself
 */
record Token(int start, int end, boolean word, String lower) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[’'\\-.&][\\p{L}\\p{M}\\p{Nd}]+)*");

    /** The tokens of text[from, to). */
    static List<Token> of(String text, int from, int to, Set<String> abbreviations) {
        List<Token> tokens = new ArrayList<>();
        Matcher words = WORD.matcher(text).region(from, to);
        int at = from;
        while (words.find()) {
            addPunctuation(text, at, words.start(), tokens);
            int end = words.end();
            String word = text.substring(words.start(), end);
            if (end < to && text.charAt(end) == '.' && keepsPeriod(word, abbreviations)) {
                end++;
            }
            tokens.add(new Token(words.start(), end, true, text.substring(words.start(), end).toLowerCase(Locale.ROOT)));
            at = end;
        }
        addPunctuation(text, at, to, tokens);
        return tokens;
    }

    private static boolean keepsPeriod(String word, Set<String> abbreviations) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.indexOf('.') >= 0
                || abbreviations.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    private static void addPunctuation(String text, int from, int to, List<Token> tokens) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Trim.isBlank(c)) {
                tokens.add(new Token(i, i + 1, false, String.valueOf(c)));
            }
        }
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
