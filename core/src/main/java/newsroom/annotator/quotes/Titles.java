package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * Tells quoted titles and names from quotations: words in quotation marks right after a word that
 * introduces a title ("a biography titled “American Lion,”", "el intérprete de “La camisa negra”"), a
 * capitalised title right after a possessive ("Fox News' “Tucker Carlson Tonight”"), a quoted name that a
 * hyphen joins to the noun after it ("im «Bild»-Talk"), a nickname inside a name ("Saúl ‘Canelo’
 * Álvarez"), a number alone in marks, and the titles listed after one of these ("“La camisa negra”,
 * “Volverte a ver” y “Nada valgo sin tu amor”").
 * Immutable and thread-safe.
 */
final class Titles {

    /** How far before an opening mark a lead-in may start. */
    private static final int LOOK_BACK = 40;
    /** The most words a nickname in quotation marks inside a name has. */
    private static final int MAX_NICKNAME = 3;
    /** How far around a quoted nickname the words of its name are read. */
    private static final int NAME_WORD_CHARS = 40;

    /** Each lead-in's words, lower case, by its last word. */
    private final Map<String, List<String[]>> leadInsByLastWord;
    private final ReportingCues cues;

    Titles(List<String> leadIns, ReportingCues cues) {
        Map<String, List<String[]>> byLast = new HashMap<>();
        for (String leadIn : leadIns) {
            String[] words = Spelling.key(leadIn.strip()).split("\\s+");
            byLast.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(words);
        }
        byLast.replaceAll((last, list) -> List.copyOf(list));
        this.leadInsByLastWord = Map.copyOf(byLast);
        this.cues = cues;
    }

    static Titles load(Dictionaries dictionaries, List<String> languages, ReportingCues cues) {
        return new Titles(dictionaries.list(languages, "title-lead-ins"), cues);
    }

    /** The quotations that are not titles or nicknames, in their order. */
    List<Quotation> withoutTitles(TokenView view, List<Quotation> quotations) {
        String text = view.text();
        List<Quotation> kept = new ArrayList<>(quotations.size());
        Quotation lastTitle = null;
        for (Quotation quotation : quotations) {
            boolean title = !quotation.dialogue() && !quotation.overParagraphs()
                    && startsCapitalised(text, quotation)
                    && (afterLeadIn(view, quotation.open()) || compound(text, quotation)
                        || (afterPossessive(text, quotation.open()) && titleCase(text, quotation))
                        || (lastTitle != null && listed(view, lastTitle.close(), quotation.open())));
            if (title) {
                lastTitle = quotation;
            } else if (!insideName(view, quotation) && hasLetter(text, quotation)) {
                // (a number alone in marks is a shirt's, a score's or a count's: “4”, "2-0")
                kept.add(quotation);
            }
        }
        return kept;
    }

    private static boolean hasLetter(String text, Quotation quotation) {
        return quotation.text(text).codePoints().anyMatch(Character::isLetter);
    }

    /** Whether the quotation is a nickname between the words of a name ("Sergio “Kun” Agüero"). */
    private boolean insideName(TokenView view, Quotation quotation) {
        if (quotation.dialogue() || quotation.pieces().size() != 1 || quotation.close() - quotation.open() > NAME_WORD_CHARS) {
            return false;
        }
        List<Token> tokens = view.tokens(Math.max(0, quotation.open() - NAME_WORD_CHARS),
                Math.min(view.text().length(), quotation.close() + NAME_WORD_CHARS));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == quotation.open()) {
                return nicknameClosing(cues, view.text(), tokens, i) > i;
            }
        }
        return false;
    }

    /**
     * Where a nickname in quotation marks inside a name closes: the mark at {@code open} after a
     * capitalised word or an article, one to three capitalised words, the closing mark, and the name's
     * capitalised word right after it ("Saúl ‘Canelo’ Álvarez", "el “Kun” Agüero", "Dwayne "The Rock"
     * Johnson"); else -1.
     */
    static int nicknameClosing(ReportingCues cues, String text, List<Token> tokens, int open) {
        if (open == 0 || !isMark(tokens.get(open))) {
            return -1;
        }
        Token before = tokens.get(open - 1);
        if (!before.word() || !(before.capitalised(text) || cues.isArticle(before))) {
            return -1;
        }
        for (int j = open + 1; j < tokens.size() && j - open <= MAX_NICKNAME + 1; j++) {
            Token token = tokens.get(j);
            if (isMark(token)) {
                boolean named = j > open + 1 && j + 1 < tokens.size() && tokens.get(j + 1).word()
                        && tokens.get(j + 1).capitalised(text) && !cues.isFunctionWord(tokens.get(j + 1));
                return named ? j : -1;
            }
            if (!token.word() || !(token.capitalised(text) || cues.isArticle(token))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isMark(Token token) {
        return !token.word() && token.lower().length() == 1 && QuotationFinder.isMark(token.lower().charAt(0));
    }

    private boolean afterLeadIn(TokenView view, int open) {
        String text = view.text();
        List<Token> tokens = view.tokens(Math.max(0, open - LOOK_BACK), open);
        int last = tokens.size() - 1;
        if (last < 0 || !tokens.get(last).word() || tokens.get(last).end() != lastNonBlank(text, open)) {
            return false;
        }
        for (String[] leadIn : leadInsByLastWord.getOrDefault(tokens.get(last).lower(), List.of())) {
            int first = last - leadIn.length + 1;
            if (first < 0 || (first == 0 && open - LOOK_BACK > 0)) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < leadIn.length && matches; k++) {
                Token token = tokens.get(first + k);
                matches = token.word() && token.lower().equals(leadIn[k]);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * "im «Bild»-Talk", "dem „Spiegel“-Interview": a hyphen right after the closing mark joins the quoted
     * name to the noun after it, a compound's first part, never a quotation.
     */
    private static boolean compound(String text, Quotation quotation) {
        int after = quotation.close();
        // (the quotation must close with its mark: "“En este cargo, este ministro -dijo Quintana- …" goes on over an aside)
        return after + 1 < text.length() && after > 0 && "”“\"»«›‹".indexOf(text.charAt(after - 1)) >= 0
                && (text.charAt(after) == '-' || text.charAt(after) == '\u2011') && Character.isLetter(text.charAt(after + 1));
    }

    /** "Fox News' “…”", "CNN's “…”": the word before the mark is a capitalised possessive. */
    private static boolean afterPossessive(String text, int open) {
        int end = lastNonBlank(text, open);
        if (end < 3) {
            return false;
        }
        char last = text.charAt(end - 1);
        boolean apostrophe = last == '\'' || last == '’';
        boolean saxon = (text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’'))
                || (apostrophe && text.charAt(end - 2) == 's');
        if (!saxon) {
            return false;
        }
        int word = end - 1;
        while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
            word--;
        }
        return Character.isUpperCase(text.charAt(word));
    }

    /**
     * Whether the quoted words read as a name or a title rather than speech: every word of four letters or
     * more capitalised ("“Cold Heart”", "«La Casa de Papel»"); one such word alone too ("“Brevard”"), save
     * where the language capitalises its nouns ({@code nounsCapitalised}), a single capitalised word being as
     * often a noun quoted there („Riesenchance“).
     */
    boolean nameLike(String text, Quotation quotation, boolean nounsCapitalised) {
        if (titleCase(text, quotation)) {
            return true;
        }
        String[] words = quotation.text(text).strip().split("\\s+");
        String letters = words[0].replaceAll("\\P{L}", "");
        return words.length == 1 && !letters.isEmpty() && Character.isUpperCase(letters.charAt(0)) && !nounsCapitalised;
    }

    /**
     * Whether title case tells that quoted words a sieve gave to someone name a thing ("il leader di “Siracusa
     * Protagonista” va"): not where every noun has a capital, nor in shouted words ("NEVER SURRENDER!") or words that quote
     * words of their own ("las "Representantes Demócratas 'Progresistas'""), which are someone's.
     */
    static boolean capitalsName(String text, Quotation quotation, boolean nounsCapitalised) {
        String words = quotation.text(text);
        boolean shouted = words.codePoints().anyMatch(Character::isLetter) && words.codePoints().noneMatch(Character::isLowerCase);
        boolean quotesWithin = words.chars().anyMatch(c -> QuotationFinder.isMark((char) c));
        return !nounsCapitalised && !shouted && !quotesWithin;
    }

    /** Every word of four letters or more starts with a capital, as titles are written in English. */
    private static boolean titleCase(String text, Quotation quotation) {
        String words = quotation.text(text);
        int capitalised = 0;
        for (String word : words.split("\\s+")) {
            String letters = word.replaceAll("\\P{L}", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
            capitalised += letters.isEmpty() || !Character.isUpperCase(letters.charAt(0)) ? 0 : 1;
        }
        return capitalised >= 2;
    }

    /**
     * Whether the quoted words are one to four capitalised words that name a newspaper ("dem «Tages-Anzeiger» verrät",
     * "« Thurgauer Zeitung »"): a masthead's word opens or closes them, attributed or not.
     */
    boolean newspaper(TokenView view, Quotation quotation) {
        List<Token> words = view.tokens(quotation.start(), quotation.end());
        return !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(word -> word.word() && word.capitalised(view.text()))
                && cues.namesAPublicationAlone(words, view.text());
    }

    /** Only a comma or a conjunction stands between two quotations: they are one list. */
    private boolean listed(TokenView view, int from, int to) {
        return cues.onlyListSeparators(view.tokens(from, to));
    }

    private static boolean startsCapitalised(String text, Quotation quotation) {
        String words = quotation.text(text);
        for (int i = 0; i < words.length(); i++) {
            if (Character.isLetterOrDigit(words.charAt(i))) {
                return Character.isUpperCase(words.charAt(i)) || Character.isDigit(words.charAt(i));
            }
        }
        return false;
    }

    /** Where the text before {@code at} ends, white space left out. */
    private static int lastNonBlank(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
