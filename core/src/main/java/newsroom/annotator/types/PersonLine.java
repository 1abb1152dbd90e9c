package newsroom.annotator.types;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.FirstNameTable;
import newsroom.annotator.dictionaries.LowerCaseWords;

/**
 * Whether a line is one person's name alone: two to four capitalised words, a known first name among them with
 * a surname after it, perhaps a title's abbreviation before ("Mark Greenhill", "Cllr Paul Ross", "FS Quandre
 * Diggs"), and none of its words one the page also writes in lower case ("Read More", "The Latest" are chrome,
 * though "read" and "the" are first names somewhere). A name tells no language, as the marking conventions say,
 * however its letters lean. First names come from {@code first-name-genders.tsv}.
 */
final class PersonLine {

    /** A name with its title rarely has more words than this. */
    static final int MAX_WORDS = 4;
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern CLOSING_MARK = Pattern.compile("[.:]$");
    /** Figures, handles, brackets and separators: a date, a credit or a list, not a name alone. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@()\\[\\]/|,;:]");
    /** A word of a name in capitals: "SYLVIE", "JEAN-LOUIS", "D'ARCY". */
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}(?:['’-]\\p{Lu}+)*");
    private static final Pattern VOWEL = Pattern.compile("(?i)[aeiouyáéíóúàèìòùäöü]");
    /** A first name's initial: "F.". */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** A word or two in brackets closing a line: a signature's role, "(Correspondant)". */
    private static final Pattern BRACKETED_END = Pattern.compile("\\s*\\([\\p{L}\\s]{2,30}\\)$");

    private final FirstNameTable firstNames;

    PersonLine(FirstNameTable firstNames) {
        this.firstNames = firstNames;
    }

    /** The lines of one page, read against the words that page writes in lower case. */
    Page on(String text) {
        return new Page(text);
    }

    /** One page's reading: its lower-case words are read once, when a line first looks like a name. */
    final class Page {

        private final String text;
        private Set<String> lowerCase;

        private Page(String text) {
            this.text = text;
        }

        boolean isPersonAlone(String line) {
            String words = CLOSING_MARK.matcher(LEADING_SYMBOLS.matcher(line.strip()).replaceFirst("")).replaceFirst("");
            if (words.isEmpty() || NOT_A_NAME.matcher(words).find()) {
                return false;
            }
            String[] parts = words.split("\\s+");
            if (parts.length < 2 || parts.length > MAX_WORDS) {
                return false;
            }
            if (TypeCues.upperCaseOnly(words)) {
                // "SYLVIE DEJOUY", "JEAN-LOUIS FRANCISQUE": a byline or a caption's name set in capitals, a first name first
                // and no word the text writes in lower case ("LA RESPUESTA DE CERRUTI", "NADA DEU CERTO" are headlines)
                return firstNames.has(parts[0]) && Arrays.stream(parts).allMatch(part -> CAPITALS_WORD.matcher(part).matches()
                        && !lowerCase().contains(part.toLowerCase(Locale.ROOT)));
            }
            int first = 0;
            while (first < parts.length - 1 && abbreviation(parts[first])) {
                first++;
            }
            if (first == parts.length - 1 || !firstNames.has(parts[first])) {
                return false;
            }
            for (int k = first; k < parts.length; k++) {
                if (!writtenAsName(parts[k]) || lowerCase().contains(parts[k].toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a line signs a story as its writer's name does: a person's name alone, an initial and a surname
         * ("F. Nieddu"), or a first name and a surname in capitals ("Victorien DIBLONI"), a word or two in brackets
         * perhaps after it ("(Correspondant)").
         */
        boolean signs(String line) {
            String words = BRACKETED_END.matcher(line.strip()).replaceFirst("");
            if (isPersonAlone(words)) {
                return true;
            }
            String[] parts = words.split("\\s+");
            if (parts.length < 2 || parts.length > MAX_WORDS || NOT_A_NAME.matcher(words).find()) {
                return false;
            }
            String surname = parts[parts.length - 1];
            if (parts.length == 2 && INITIAL.matcher(parts[0]).matches()) {
                return writtenAsName(surname) && !lowerCase().contains(surname.toLowerCase(Locale.ROOT));
            }
            return firstNames.has(parts[0]) && writtenAsName(parts[0])
                    && Arrays.stream(parts, 1, parts.length).allMatch(part -> CAPITALS_WORD.matcher(part).matches());
        }

        private Set<String> lowerCase() {
            if (lowerCase == null) {
                lowerCase = LowerCaseWords.of(text);
            }
            return lowerCase;
        }
    }

    /** A title's abbreviation: in capitals ("FS"), with a period ("Sen."), or without a vowel ("Cllr", "Dr"). */
    private static boolean abbreviation(String word) {
        return word.endsWith(".") || word.equals(word.toUpperCase(Locale.ROOT)) || !VOWEL.matcher(word).find();
    }

    /** A capital, then small letters (a hyphen or an apostrophe between): "Greenhill", "O'Brien". */
    private static boolean writtenAsName(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && Character.isLowerCase(word.codePointAt(word.offsetByCodePoints(0, 1)));
    }
}
