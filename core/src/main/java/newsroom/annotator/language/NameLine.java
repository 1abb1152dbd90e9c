package newsroom.annotator.language;

import java.util.HashSet;
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

    /** The words the page writes in lower case, as written. */
    private final Set<String> lowerCase = new HashSet<>();

    NameLine(String page) {
        for (String word : page.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                lowerCase.add(word);
            }
        }
    }

    boolean namesOnly(CharSequence line) {
        if (line.chars().anyMatch(Character::isDigit)) {
            // a date, a score or a count ("Samstag, 28.11.2020", "0 Commentaires") is written in a language
            return false;
        }
        int words = 0;
        boolean allShouted = true;
        for (String word : line.toString().split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || ++words > MAX_WORDS || lowerCase.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            allShouted &= word.equals(word.toUpperCase(Locale.ROOT));
        }
        return words == 1 || (words > 1 && !allShouted);
    }
}
