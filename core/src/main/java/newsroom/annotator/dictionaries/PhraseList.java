package newsroom.annotator.dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of phrases from the dictionaries of every configured language, matched on {@link TextKey keys}.
 * An entry that ends in "…" opens a line ("Lee también…": the line starts with those words and goes on);
 * any other entry is a whole line ("Publicidad"). Entries match whole words only: "Por…" does not open
 * "Portugal". Each phrase remembers the languages whose lists hold it, so that a line too short for the
 * detector ("Compartir:") still says what language it is in.
 */
public final class PhraseList {

    private static final String OPENS = "…";

    /** A phrase found in a key: how many of the key's characters it covers, and whose lists hold it. */
    public record Match(int length, Set<String> languages) {

        /** The one language whose list holds the phrase, or null when several do. */
        public String language() {
            return languages.size() == 1 ? languages.iterator().next() : null;
        }
    }

    private final Map<String, Set<String>> lines = new LinkedHashMap<>();
    private final Map<String, Set<String>> openers = new LinkedHashMap<>();
    /**
     * The openers by their {@link #firstWord first word}, each list longest first: an opener can only open a
     * key whose first word is its own, so a look-up reads one short list, not every opener of the list.
     */
    private final Map<String, List<String>> openersByFirstWord = new HashMap<>();

    /** The phrases of the list {@code name} of each language, with the languages whose lists hold each. */
    public PhraseList(Dictionaries dictionaries, List<String> languages, String name) {
        for (String language : languages) {
            for (String entry : dictionaries.list(language, name)) {
                add(entry, language);
            }
        }
        List<String> longestFirst = new ArrayList<>(openers.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String opener : longestFirst) {
            openersByFirstWord.computeIfAbsent(firstWord(opener), k -> new ArrayList<>()).add(opener);
        }
    }

    private void add(String entry, String language) {
        String trimmed = entry.strip();
        if (trimmed.endsWith(OPENS) || trimmed.endsWith("...")) {
            String opener = TextKey.of(trimmed.substring(0, trimmed.length() - (trimmed.endsWith(OPENS) ? 1 : 3)));
            if (!opener.isEmpty()) {
                openers.computeIfAbsent(opener, k -> new LinkedHashSet<>()).add(language);
            }
        } else if (!trimmed.isEmpty()) {
            lines.computeIfAbsent(TextKey.of(trimmed), k -> new LinkedHashSet<>()).add(language);
        }
    }

    /** Whether the key is one of the whole-line entries, ignoring end punctuation. */
    public boolean isLine(String key) {
        return line(key) != null;
    }

    /** The whole-line entry the key is, ignoring end punctuation, or null. */
    public Match line(String key) {
        String bare = withoutEndPunctuation(key);
        Set<String> languages = lines.get(bare);
        return languages == null ? null : new Match(bare.length(), languages);
    }

    /** The length of the longest opener the key starts with, or -1. */
    public int opener(String key) {
        Match match = openerMatch(key);
        return match == null ? -1 : match.length();
    }

    /** The longest opener the key starts with, or null. */
    public Match openerMatch(String key) {
        for (String opener : openersByFirstWord.getOrDefault(firstWord(key), List.of())) {
            if (key.startsWith(opener) && endsWord(key, opener.length())) {
                return new Match(opener.length(), openers.get(opener));
            }
        }
        return null;
    }

    /** The key as a whole-line entry, else the opener it starts with, else null. */
    public Match match(String key) {
        Match line = line(key);
        return line != null ? line : openerMatch(key);
    }

    /** The first entry, whole-line or opener alike, that stands in the key as whole words, or null. */
    public Match within(String key) {
        for (Map<String, Set<String>> phrases : List.of(lines, openers)) {
            for (Map.Entry<String, Set<String>> phrase : phrases.entrySet()) {
                if (containsWords(key, phrase.getKey())) {
                    return new Match(phrase.getKey().length(), phrase.getValue());
                }
            }
        }
        return null;
    }

    /** Whether an entry, whole-line or opener alike, stands in the key as whole words. */
    public boolean occursIn(String key) {
        return within(key) != null;
    }

    /**
     * Whether an entry stands in the key as whole words, and not right after one of {@code notAfter}: "la foto
     * de Becky G" holds "foto de" as a noun of the sentence, not as a credit.
     */
    public boolean occursIn(String key, Set<String> notAfter) {
        for (Map<String, Set<String>> phrases : List.of(lines, openers)) {
            for (String phrase : phrases.keySet()) {
                for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
                    if (startsWord(key, at, phrase) && endsWord(key, at + phrase.length())
                            && !notAfter.contains(wordBefore(key, at))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The letters and digits a key starts with, up to the first other character ("" when it starts with one).
     * An opener matches only as whole words ({@link #endsWord}), so a key it opens starts with its first word:
     * the word either ends inside the opener, at a character both share, or is the whole opener and ends
     * where the key's first word does.
     */
    static String firstWord(String key) {
        int end = 0;
        while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
            end++;
        }
        return key.substring(0, end);
    }

    private static String wordBefore(String key, int at) {
        int end = at;
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(key.charAt(start - 1))) {
            start--;
        }
        return key.substring(start, end);
    }

    private static boolean startsWord(String key, int at, String phrase) {
        return at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1)) || !Character.isLetterOrDigit(phrase.charAt(0));
    }

    public static boolean containsWords(String key, String phrase) {
        for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
            if (startsWord(key, at, phrase) && endsWord(key, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String key, int end) {
        return end >= key.length() || !Character.isLetterOrDigit(key.charAt(end))
                || !Character.isLetterOrDigit(key.charAt(end - 1));
    }

    public static String withoutEndPunctuation(String key) {
        int end = key.length();
        while (end > 0 && !Character.isLetterOrDigit(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end);
    }
}
