package newsroom.annotator.dictionaries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The table of first names and the gender each tells ({@code first-name-genders.tsv}: "name&lt;TAB&gt;m" or "f", lower
 * case without accents), looked up by binary search so that every annotator built on the same dictionaries shares the
 * one list. Immutable and thread-safe.
 */
public final class FirstNameTable {

    /** The table's lines, sorted. */
    private final List<String> lines;

    public FirstNameTable(List<String> lines) {
        this.lines = sorted(lines);
    }

    /** The table of the dictionaries' {@code first-name-genders.tsv}. */
    public static FirstNameTable of(Dictionaries dictionaries) {
        return new FirstNameTable(dictionaries.table("first-name-genders.tsv"));
    }

    /** What the table says of the name ("m" or "f"), accents and case aside; null when it does not have it. */
    public String gender(String name) {
        String key = TextKey.of(name) + "\t";
        int at = Collections.binarySearch(lines, key);
        int next = at >= 0 ? at : -at - 1;
        return next < lines.size() && lines.get(next).startsWith(key) ? lines.get(next).substring(key.length()).strip() : null;
    }

    /** Whether the word is a first name the table has. */
    public boolean has(String word) {
        return gender(word) != null;
    }

    /** The lines as they are when sorted (a packaged table is), else a sorted copy (a user's may not be). */
    private static List<String> sorted(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).compareTo(lines.get(i)) > 0) {
                List<String> copy = new ArrayList<>(lines);
                Collections.sort(copy);
                return List.copyOf(copy);
            }
        }
        return lines;
    }
}
