package newsroom.annotator.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an article capitalises its words, read in one pass: the words it capitalises inside a sentence, as
 * names are ("said coach Steve Kerr"), and those it writes after another capitalised word, as the last
 * word of a longer name ("star Kevin Durant’s"). A capitalised word that opens a sentence ("Wearing a
 * worn…", "Durant has since apologized") is a name only when the article shows it so elsewhere.
 */
final class CapitalisedWords {

    private final Set<String> insideSentences = new HashSet<>();
    private final Set<String> endingNames = new HashSet<>();
    private final String text;
    /** The words the article writes in lower case somewhere ("tiene", "clearly"), read when first asked. */
    private Set<String> lowerCase;

    CapitalisedWords(String text) {
        this.text = text;
        // the capitalised word just before, letters only and followed by a space, and whether the run of
        // capitalised words it belongs to started inside a sentence
        boolean afterName = false;
        boolean nameInside = false;
        char before = '.';
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (!isSpace(c)) {
                    before = c;
                    afterName = false;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || innerApostrophe(text, i))) {
                i++;
            }
            boolean capitalised = Character.isUpperCase(c);
            boolean inside = Character.isLowerCase(before) || before == ',';
            if (capitalised && inside) {
                insideSentences.add(word(text.substring(start, i)));
            }
            if (capitalised && afterName && nameInside) {
                endingNames.add(word(text.substring(start, i)));
            }
            boolean followedBySpace = i < text.length() && isSpace(text.charAt(i));
            nameInside = capitalised && (afterName ? nameInside : inside);
            afterName = capitalised && followedBySpace;
            before = text.charAt(i - 1);
        }
    }

    /**
     * An apostrophe inside a name ("O’Neill", "D’Aversa", "N’Gouan") between a letter and a capital: the
     * name's own, not a possessive's ("Durant’s") nor an elision's ("l’opposition").
     */
    private static boolean innerApostrophe(String text, int at) {
        char c = text.charAt(at);
        return (c == '’' || c == '\'') && at > 0 && Character.isLetter(text.charAt(at - 1)) && at + 1 < text.length()
                && Character.isUpperCase(text.charAt(at + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    /**
     * Whether the words are a line in title case ("The Mayor Requests Staff Study of Confederacy
     * Statues"), whose capitals show no names: at least four words, every word of four letters or more
     * but one capitalised, and most words capitalised: title case leaves only small words in lower case,
     * so a short sentence about a person ("Maria Lopez was not happy.") is no title. A headline ends
     * without a full stop: words closed by one are a sentence ("Labour Minister Hubert Heil warned on
     * Monday."), however many names it holds.
     */
    static boolean titleCased(String text, List<Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is('.')) {
            return false;
        }
        int words = 0;
        int lower = 0;
        int lowerLong = 0;
        for (Token token : tokens) {
            if (token.word()) {
                words++;
                if (!token.capitalised(text)) {
                    lower++;
                    if (token.end() - token.start() >= 4) {
                        lowerLong++;
                    }
                }
            }
        }
        return words >= 4 && lowerLong <= 1 && lowerLong * 4 < words && lower * 2 < words;
    }

    /**
     * Whether the words open with three written in capitals throughout, as a kicker or a heading does ("ESTE ES UN
     * RESUMEN de la conferencia de …"): its capitals show no name.
     */
    static boolean opensInCapitals(String text, List<Token> tokens) {
        int shouted = 0;
        for (Token token : tokens) {
            if (!token.word()) {
                continue;
            }
            if (!shouted(text, token) || !token.capitalised(text)) {
                return false;
            }
            if (++shouted == 3) {
                return true;
            }
        }
        return false;
    }

    /** A word in capitals throughout, as headings write them ("RESPONDE CANEK VÁZQUEZ"); an initial is not. */
    static boolean shouted(String text, Token token) {
        // (letters only: an initial with its period, "B.", is one capital, no shouted word)
        int letters = 0;
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** Whether the article capitalises the word after a lower-case word or a comma somewhere. */
    boolean insideASentence(String word) {
        return insideSentences.contains(word(word));
    }

    /**
     * Whether the capitalised word opens a sentence only: the article writes it in lower case somewhere and never
     * with its capital inside a sentence ("Tiene Óscar Puente", "Clearly Fabian Picardo"), as no name is written.
     */
    boolean opensSentencesOnly(String word) {
        String written = word(word);
        return !insideSentences.contains(written) && lowerCase().contains(written.toLowerCase(Locale.ROOT));
    }

    /** The words written in lower case, read in one pass the first time a name's opening word is asked about. */
    private Set<String> lowerCase() {
        if (lowerCase == null) {
            lowerCase = new HashSet<>();
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || innerApostrophe(text, i))) {
                    i++;
                }
                if (Character.isLowerCase(text.charAt(start))) {
                    lowerCase.add(word(text.substring(start, i)));
                }
            }
        }
        return lowerCase;
    }

    /** Whether the article writes the word as the last of a longer name inside a sentence somewhere. */
    boolean endsAName(String word) {
        return endingNames.contains(word(word));
    }

    /** The word with its apostrophe in one form: pages write "O'Neill" and "O’Neill" alike. */
    private static String word(String written) {
        return written.replace('’', '\'');
    }
}
