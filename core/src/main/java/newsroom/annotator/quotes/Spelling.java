package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a set of languages writes its words, as far as splitting text into words goes: the abbreviations
 * whose period belongs to the word ("Sen.", "M."), and the elided words that an apostrophe joins to the
 * next ("l'État", "dell'Interno", "qu'il"), which are words of their own. Words are compared in one form,
 * lower case with typographic apostrophes made plain, so that a list's "d'après" is the text's "d’après".
 *
 * @param abbreviations the abbreviations, in {@link #key} form, period included
 * @param elisions      the elided words, in {@link #key} form, apostrophe included
 */
record Spelling(Set<String> abbreviations, Set<String> elisions) {

    Spelling {
        abbreviations = Set.copyOf(abbreviations);
        elisions = Set.copyOf(elisions);
    }

    /**
     * The form in which words are compared: lower case, the apostrophes ’, ‘ and ´ written ', non-breaking hyphens plain,
     * and î written i, as French writes it since the spelling of 1990 ("entraineur", "reconnait"), a letter no other
     * language here writes.
     */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('´', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('î', 'i');
    }

    /** Whether text[from, apostrophe] (the apostrophe included) is an elided word joined to the next. */
    boolean elides(String text, int from, int apostrophe) {
        return !elisions.isEmpty() && apostrophe - from < 8 && elisions.contains(key(text.substring(from, apostrophe + 1)));
    }

    /** The words of a list's entry as the text's tokens will be: "d'après" is "d'" and "après". */
    String[] words(String entry) {
        List<String> words = new ArrayList<>();
        for (String word : key(entry.strip()).split("\\s+")) {
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0 && apostrophe + 1 < word.length() && elisions.contains(word.substring(0, apostrophe + 1))) {
                words.add(word.substring(0, apostrophe + 1));
                words.add(word.substring(apostrophe + 1));
            } else {
                words.add(word);
            }
        }
        return words.toArray(String[]::new);
    }
}
