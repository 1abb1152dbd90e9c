package newsroom.annotator.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of phrases from the dictionaries, matched on {@link TextKey keys}. An entry that ends in "…"
 * opens a line ("Lee también…": the line starts with those words and goes on); any other entry is a
 * whole line ("Publicidad"). Entries match whole words only: "Por…" does not open "Portugal".
 */
final class PhraseList {

    private static final String OPENS = "…";

    private final Set<String> lines = new HashSet<>();
    private final List<String> openers = new ArrayList<>();

    PhraseList(List<String> entries) {
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.endsWith(OPENS) || trimmed.endsWith("...")) {
                String opener = TextKey.of(trimmed.substring(0, trimmed.length() - (trimmed.endsWith(OPENS) ? 1 : 3)));
                if (!opener.isEmpty()) {
                    openers.add(opener);
                }
            } else if (!trimmed.isEmpty()) {
                lines.add(TextKey.of(trimmed));
            }
        }
        openers.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** Whether the key is one of the whole-line entries, ignoring end punctuation. */
    boolean isLine(String key) {
        return lines.contains(withoutEndPunctuation(key));
    }

    /** The length of the longest opener the key starts with, or -1. */
    int opener(String key) {
        for (String opener : openers) {
            if (key.startsWith(opener) && endsWord(key, opener.length())) {
                return opener.length();
            }
        }
        return -1;
    }

    /** Whether an entry, whole-line or opener alike, stands in the key as whole words. */
    boolean occursIn(String key) {
        for (String phrase : lines) {
            if (containsWords(key, phrase)) {
                return true;
            }
        }
        for (String phrase : openers) {
            if (containsWords(key, phrase)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWords(String key, String phrase) {
        for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1))
                    || !Character.isLetterOrDigit(phrase.charAt(0));
            if (startsWord && endsWord(key, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String key, int end) {
        return end >= key.length() || !Character.isLetterOrDigit(key.charAt(end))
                || !Character.isLetterOrDigit(key.charAt(end - 1));
    }

    static String withoutEndPunctuation(String key) {
        int end = key.length();
        while (end > 0 && !Character.isLetterOrDigit(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end);
    }
}
