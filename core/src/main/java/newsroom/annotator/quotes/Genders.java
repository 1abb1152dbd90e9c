package newsroom.annotator.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.FirstNameTable;

/**
 * Whether a pronoun or a person is a man or a woman, so that "she said" goes to no man named last: a pronoun
 * by the language's {@code grammar.txt} ({@code masculine-pronouns}, {@code feminine-pronouns}), a person by a
 * title the text gave them ({@code masculine-titles}, {@code feminine-titles}: "Mr", "Sra.") or else by their
 * first name ({@code first-name-genders.tsv}). Immutable and thread-safe.
 */
final class Genders {

    enum Gender {
        MASCULINE, FEMININE, UNKNOWN;

        /** Whether both are known and differ. */
        boolean contradicts(Gender other) {
            return this != UNKNOWN && other != UNKNOWN && this != other;
        }
    }

    /** Pronouns and titles in lower case, a title without its period. */
    private final Map<String, Gender> pronouns;
    private final Map<String, Gender> titles;
    private final FirstNameTable firstNames;

    Genders(Map<String, Gender> pronouns, Map<String, Gender> titles, FirstNameTable firstNames) {
        this.pronouns = Map.copyOf(pronouns);
        this.titles = Map.copyOf(titles);
        this.firstNames = firstNames;
    }

    static Genders load(Dictionaries dictionaries, List<String> languages) {
        Map<String, Gender> pronouns = new HashMap<>();
        Map<String, Gender> titles = new HashMap<>();
        for (String language : languages) {
            Map<String, String> grammar = dictionaries.facts(language, "grammar");
            put(pronouns, grammar.get("masculine-pronouns"), Gender.MASCULINE);
            put(pronouns, grammar.get("feminine-pronouns"), Gender.FEMININE);
            put(titles, grammar.get("masculine-titles"), Gender.MASCULINE);
            put(titles, grammar.get("feminine-titles"), Gender.FEMININE);
        }
        return new Genders(pronouns, titles, FirstNameTable.of(dictionaries));
    }

    /** The gender a pronoun says ("she", "elle"), or of one a verb carries after its hyphen ("dit-elle"). */
    Gender ofPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Gender gender = pronouns.get(lower);
        int hyphen = lower.lastIndexOf('-');
        if (gender == null && hyphen >= 0) {
            gender = pronouns.get(lower.substring(hyphen));
        }
        return gender == null ? Gender.UNKNOWN : gender;
    }

    /** The gender of the first pronoun among the words ("a-t-elle ajouté"), unknown when none says one. */
    Gender ofPronounIn(String words) {
        for (String word : words.split("\\s+")) {
            Gender gender = ofPronoun(word);
            if (gender != Gender.UNKNOWN) {
                return gender;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The gender a title among the roles says ("mrs", "sra."), unknown when none does. */
    Gender ofTitles(Set<String> roles) {
        for (String role : roles) {
            Gender gender = titles.get(withoutPeriod(role));
            if (gender != null) {
                return gender;
            }
        }
        return Gender.UNKNOWN;
    }

    /** Whether the table has the name as a first name, whether or not it tells a gender ("jose", "andrea"). */
    boolean isFirstName(String name) {
        return firstNames.has(name);
    }

    /** The gender a first name tells, unknown when the table does not have it or it tells neither. */
    Gender ofFirstName(String name) {
        String told = firstNames.gender(name);
        return "m".equals(told) ? Gender.MASCULINE : "f".equals(told) ? Gender.FEMININE : Gender.UNKNOWN;
    }

    private static void put(Map<String, Gender> map, String words, Gender gender) {
        if (words == null) {
            return;
        }
        for (String word : words.split("\\s+")) {
            if (!word.isEmpty()) {
                map.putIfAbsent(withoutPeriod(word), gender);
            }
        }
    }

    private static String withoutPeriod(String word) {
        return word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }
}
