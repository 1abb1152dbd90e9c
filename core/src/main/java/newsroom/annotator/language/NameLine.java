package newsroom.annotator.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.LowerCaseWords;

/**
 * Which lines of a page hold nothing but a name or two: a few words, each opening with a capital, none of
 * which the page also writes in lower case ("Ascoli Calcio", "Vigor Castel Fidardo", "STADTLOHN"; not
 * "Recherche" on a page that says "la recherche"). Such a line is in no language of its own, however its
 * letters lean. Several words all in capitals are a shouted heading instead ("MAYOR RESIGNS"), and a line
 * with figures a date or a count; but names with a match's score ("Sampdoria-Cagliari 1-2", "L'AQUILA-GUBBIO 0-0",
 * "Marrocos vs Líbia, 1-0") are still names only. One instance per page.
 */
final class NameLine {

    /** A name rarely has more words than this. */
    private static final int MAX_WORDS = 4;
    /** A match's score between two names: "1-2", "0:1" (not a time: "14:30"). */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.:])(\\d{1,2}\\s?-\\s?\\d{1,2}|\\d{1,2}:\\d)(?![\\d.:])");

    /** "versus" as sports results abbreviate it, between two sides and before their score. */
    private static final Set<String> VERSUS = Set.of("vs", "v");

    private final String page;
    /** The words the page writes in lower case, as written; read when a line first looks like names. */
    private Set<String> lowerCase;

    NameLine(String page) {
        this.page = page;
    }

    boolean namesOnly(CharSequence line) {
        String names = SCORE.matcher(line).replaceAll(" ");
        boolean scored = !names.contentEquals(line);
        if (names.chars().anyMatch(Character::isDigit)) {
            // a date or a count ("Samstag, 28.11.2020", "0 Commentaires") is written in a language
            return false;
        }
        List<String> words = new ArrayList<>();
        boolean allShouted = true;
        for (String word : names.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (scored && VERSUS.contains(word)) {
                // "Marrocos vs Líbia, 1-0": the Latin "versus" between two sides, in every language's sports pages
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || words.size() == MAX_WORDS) {
                return false;
            }
            words.add(word.toLowerCase(Locale.ROOT));
            allShouted &= word.equals(word.toUpperCase(Locale.ROOT));
        }
        // (the page's lower-case words are read only for a line shaped like names: most lines are prose)
        // (team names in capitals with their score are no shouted heading: "L'AQUILA-GUBBIO 0-0")
        return (words.size() == 1 || (words.size() > 1 && (!allShouted || scored))) && words.stream().noneMatch(lowerCase()::contains);
    }

    /**
     * Whether every word of the line is one the page also writes in lower case ("Recherche", "Catégories" over prose that
     * says "la recherche", "les catégories"): words of the page's language, whatever a short line's letters lean to.
     */
    boolean wordsOfThePage(CharSequence line) {
        if (line.chars().anyMatch(Character::isDigit)) {
            // a date or a count ("05 jan 2026, 12:20", "2 min") has its own way of telling a language
            return false;
        }
        boolean any = false;
        for (String word : line.toString().split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!lowerCase().contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a short line is a phrase with names or figures among its words ("Le ton monte à Val-David", "Jusqu'à 10 ans
     * de prison"), no line of names: three words in lower case at least, and no fewer of them than capitalised words.
     */
    static boolean phrase(CharSequence line) {
        int lower = 0;
        int capitalised = 0;
        for (String word : line.toString().split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            } else {
                lower++;
            }
        }
        return lower >= 3 && lower >= capitalised;
    }

    private Set<String> lowerCase() {
        if (lowerCase == null) {
            lowerCase = LowerCaseWords.of(page);
        }
        return lowerCase;
    }
}
