package newsroom.annotator.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which lines of a page hold nothing but a name or two: a few words, each opening with a capital, none of
 * which the page also writes in lower case ("Ascoli Calcio", "Vigor Castel Fidardo", "STADTLOHN"; not
 * "Recherche" on a page that says "la recherche"). Such a line is in no language of its own, however its
 * letters lean. Several words all in capitals are a shouted heading instead ("MAYOR RESIGNS"), and a line
 * with figures a date, a score or a count. One instance per page.
 */
final class NameLine {

    /** A name rarely has more words than this. */
    private static final int MAX_WORDS = 4;

    private final String page;
    /** The words the page writes in lower case, as written; read when a line first looks like names. */
    private Set<String> lowerCase;

    NameLine(String page) {
        this.page = page;
    }

    boolean namesOnly(CharSequence line) {
        if (line.chars().anyMatch(Character::isDigit)) {
            // a date, a score or a count ("Samstag, 28.11.2020", "0 Commentaires") is written in a language
            return false;
        }
        List<String> words = new ArrayList<>();
        boolean allShouted = true;
        for (String word : line.toString().split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || words.size() == MAX_WORDS) {
                return false;
            }
            words.add(word.toLowerCase(Locale.ROOT));
            allShouted &= word.equals(word.toUpperCase(Locale.ROOT));
        }
        // (the page's lower-case words are read only for a line shaped like names: most lines are prose)
        return (words.size() == 1 || (words.size() > 1 && !allShouted)) && words.stream().noneMatch(lowerCase()::contains);
    }

    private Set<String> lowerCase() {
        if (lowerCase == null) {
            lowerCase = new HashSet<>();
            for (String word : page.split("[^\\p{L}]+")) {
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                    lowerCase.add(word);
                }
            }
        }
        return lowerCase;
    }
}
