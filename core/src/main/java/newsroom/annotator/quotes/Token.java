package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import newsroom.annotator.segment.Trim;

/**
 * A word or a punctuation mark of the narrator's text, as offsets into the article's text. A word keeps
 * its inner apostrophes, hyphens and periods ("AMLO’s", "Ocasio-Cortez", "U.S.") and its final period
 * when it is an initial or a known abbreviation ("J.", "Sen.").
 *
 * @param lower the word in lower case with plain apostrophes ({@link Spelling#key}), for dictionary look-ups; for
 *              punctuation, the mark itself
 */
record Token(int start, int end, boolean word, String lower) {

    /** The small letters a surname joined to its particle has after its capital at least ("deViere": four). */
    private static final int MIN_SMALL_AFTER_JOINED_CAPITAL = 4;

    /**
     * What may stand inside a word between two letters: apostrophes (also the acute accent some pages type for one,
     * "d´Aubuisson"), hyphens (also the non-breaking ones), periods.
     */
    private static final String INNER = "’'´-\u2010\u2011.&";
    /** The marks that elide a particle before a surname: "D'Alema", "d´Aubuisson". */
    private static final String APOSTROPHES = "’'´";

    /** Whether tokens[from..last] are all words in lower case, none of them one that {@code excluded} accepts. */
    static boolean lowerCaseWords(String text, List<Token> tokens, int from, int last, Predicate<Token> excluded) {
        for (int i = from; i <= last; i++) {
            Token token = tokens.get(i);
            if (!token.word() || token.capitalised(text) || excluded.test(token)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line break stands in text[from, to): a name never runs on from one line into the next. */
    static boolean lineBreakIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of text[from, to). An elided word ("l'", "dell'") is a token of its own, apart from the word
     * its apostrophe joins it to, unless both are capitalised, as in a surname ("D'Alema"). A hand-written
     * scan: this runs on every sentence of every article.
     */
    static List<Token> of(String text, int from, int to, Spelling spelling) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (!Trim.isBlank(c)) {
                    // a mark in the form words are compared in: "E’ quanto afferma" is "E' quanto afferma"
                    tokens.add(new Token(i, i + 1, false, Spelling.key(String.valueOf(c))));
                }
                i++;
                continue;
            }
            int start = i++;
            while (i < to) {
                char next = text.charAt(i);
                if (isWordChar(next)) {
                    i++;
                } else if (INNER.indexOf(next) >= 0 && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                    if (next == '.' && gluedToName(text, start, i, to, spelling.abbreviations())) {
                        // "Cllr.Trevor Beatty", "Dr.Smith": an abbreviation's period with no space before the name
                        i++;
                        break;
                    }
                    if ((next == '\'' || next == '’') && spelling.elides(text, start, i)
                            && !(Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(i + 1)))) {
                        i++;
                        break;
                    }
                    i += 2;
                } else {
                    break;
                }
            }
            if (i < to && text.charAt(i) == '.' && keepsPeriod(text.substring(start, i), spelling.abbreviations())) {
                i++;
            } else if (possessiveApostrophe(text, start, i, to)) {
                // "Jones’ coach Bob Smith", "Buchholz‘ Trainer Toni Kuhn": the apostrophe is the name's possessive ending
                i++;
            }
            tokens.add(new Token(start, i, true, Spelling.key(text.substring(start, i))));
        }
        return tokens;
    }

    /**
     * Whether an apostrophe right after a capitalised word ending in s, z, x or ß, a blank after it, makes the word a
     * possessor: "Jones’ coach", "Buchholz’ Trainer" (an opening mark never follows a word).
     */
    private static boolean possessiveApostrophe(String text, int start, int end, int to) {
        boolean apostrophe = end < to && (APOSTROPHES.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '‘');
        if (!apostrophe || end + 1 >= to || !Trim.isBlank(text.charAt(end + 1)) || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return "szxß".indexOf(Character.toLowerCase(text.charAt(end - 1))) >= 0;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Whether text[start, period) is a listed abbreviation of more than one letter, with no period of its own, and a
     * capitalised word follows its period at once: "Cllr.Trevor", not "U.S." nor "e.g.".
     */
    private static boolean gluedToName(String text, int start, int period, int to, Set<String> abbreviations) {
        if (period - start < 2 || period + 2 >= to || !Character.isUpperCase(text.charAt(period + 1))
                || !Character.isLowerCase(text.charAt(period + 2))) {
            return false;
        }
        String abbreviation = text.substring(start, period);
        return abbreviation.indexOf('.') < 0 && abbreviations.contains(Spelling.key(abbreviation) + ".");
    }

    private static boolean keepsPeriod(String word, Set<String> abbreviations) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.indexOf('.') >= 0
                || abbreviations.contains(Spelling.key(word) + ".");
    }

    /**
     * A word that starts with a capital letter (a name, an acronym, or the first word of a sentence), or a
     * handle, which names its account however it is written ("escribió @schonekatzen").
     */
    boolean capitalised(String text) {
        if (!word) {
            return false;
        }
        char first = text.charAt(start);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || (start > 0 && text.charAt(start - 1) == '@')
                || particleJoined(text);
    }

    /**
     * "deViere", "diMaggio": a surname's particle of two or three small letters written together with it, the
     * capital inside and a few small letters after it ("iPhone", "eBay" have one small letter before theirs;
     * "macOS" none after it; "youThe", two words a scrape glued, a short word after the capital); or elided
     * before it in one word, where no language's list writes the elision apart ("d´Aubuisson" in Spanish).
     */
    private boolean particleJoined(String text) {
        int capital = start;
        while (capital < end && Character.isLowerCase(text.charAt(capital))) {
            capital++;
        }
        int prefix = capital - start;
        boolean elided = prefix >= 1 && prefix <= 4 && capital + 1 < end && APOSTROPHES.indexOf(text.charAt(capital)) >= 0;
        if (elided) {
            capital++;
        } else if (prefix < 2 || prefix > 3) {
            return false;
        }
        if (capital >= end || !Character.isUpperCase(text.charAt(capital))) {
            return false;
        }
        int small = capital + 1;
        while (small < end && Character.isLowerCase(text.charAt(small))) {
            small++;
        }
        return small == end && (elided ? small > capital + 1 : small - capital - 1 >= MIN_SMALL_AFTER_JOINED_CAPITAL);
    }

    /** The word without its possessive ending ("Moore’s" → "Moore", "Jones’" → "Jones"); the word itself when it has none. */
    Token withoutPossessive(String text) {
        if (!possessive()) {
            return this;
        }
        int nameEnd = start + text.substring(start, end).replaceFirst("['’‘]s?$", "").length();
        return new Token(start, nameEnd, true, Spelling.key(text.substring(start, nameEnd)));
    }

    /** "AMLO’s", "Mexico's": the word names whose the next thing is, not who speaks. */
    boolean possessive() {
        return word && (lower.endsWith("'s") || lower.endsWith("'"));
    }

    boolean is(char mark) {
        return !word && lower.charAt(0) == mark;
    }

    /** A quotation mark of any of the languages' conventions ("“", "«", "„", a straight one). */
    boolean quotationMark() {
        return !word && QuotationFinder.isMark(lower.charAt(0));
    }
}
