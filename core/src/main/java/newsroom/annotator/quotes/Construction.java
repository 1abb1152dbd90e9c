package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One reporting construction of a language, read from a line of {@code reporting-constructions.txt}:
 * a name, then a pattern of elements around the quotation, such as {@code as {SPEAKER} put it , {QUOTE}}
 * or {@code {QUOTE} , {VERB} por su parte {SPEAKER}}. Elements:
 * <ul>
 *   <li>{@code {QUOTE}}: the quotation, once;</li>
 *   <li>{@code {SPEAKER}}: who speaks, a name, a role or a pronoun, read by the {@link SpeakerParser};</li>
 *   <li>{@code {VERB}}: a reporting verb of {@code reporting-verbs.txt}; {@code {SOURCE}}: a cue phrase of
 *       {@code cue-phrases.txt};</li>
 *   <li>{@code …}: any words of the narrator's clause; before a word of the pattern, words only (no mark,
 *       no relative pronoun: "fue la respuesta del ministro", not "fue interpretada como …, que …");</li>
 *   <li>{@code ^}: the start of the quotation's sentence, before every other element ({@code ^ pour {SPEAKER}
 *       , … {QUOTE}}: "Pour le ministre, c'est un «…»");</li>
 *   <li>a word or a punctuation mark stands for itself (case does not matter); in brackets it may be
 *       left out: {@code [,]}; {@code de|del} is either word.</li>
 * </ul>
 * Adverbs and time words may stand between any two elements. A pattern whose first element after the
 * quotation is the period ({@code {QUOTE} . lo {VERB} {SPEAKER}}, optional or not) goes on into the next
 * sentence of the paragraph ("“…”. Lo ha detto il sindaco"); any other stays within the quotation's clause.
 * Immutable.
 *
 * @param before the elements before the quotation, nearest the quotation first
 * @param after  the elements after the quotation, nearest the quotation first
 */
record Construction(String language, String name, List<Element> before, List<Element> after) {

    Construction {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Whether the pattern goes on after the quotation's sentence: its first element after the quotation is a period. */
    boolean goesOn() {
        return !after.isEmpty() && after.get(0).kind() == Kind.MARK && after.get(0).text().equals(".");
    }

    /**
     * Whether the pattern names its speaker only before the quotation, across any words ({@code ^ para {SPEAKER} ,
     * … {QUOTE}}): a cue in the quotation's clause after it stands nearer and tells whose words they are.
     */
    boolean speakerFarBefore() {
        return after.isEmpty() && before.stream().anyMatch(element -> element.kind() == Kind.GAP);
    }

    /** What an element of a pattern matches. */
    enum Kind { QUOTE, SPEAKER, VERB, SOURCE, GAP, START, WORD, MARK }

    /**
     * One element of a pattern; {@code text} is the word or mark for WORD and MARK, lower case, and a word
     * may be one of several written with bars between them ({@code de|del}).
     */
    record Element(Kind kind, String text, boolean optional) {

        /** Whether a token's lower-case form is this word or mark (or one of its alternatives). */
        boolean matches(String lower) {
            if (kind != Kind.WORD) {
                return text.equals(lower);
            }
            // each alternative in turn, without splitting the text for every token a pattern is tried on
            int from = 0;
            while (true) {
                int bar = text.indexOf('|', from);
                int end = bar < 0 ? text.length() : bar;
                if (end - from == lower.length() && text.startsWith(lower, from)) {
                    return true;
                }
                if (bar < 0) {
                    return false;
                }
                from = bar + 1;
            }
        }
    }

    /** Reads "name TAB pattern"; refuses a pattern without one {@code {QUOTE}} and one {@code {SPEAKER}}. */
    static Construction parse(String language, String line) {
        String[] fields = line.split("\t", 2);
        if (fields.length < 2) {
            throw new IllegalArgumentException(language + "/reporting-constructions.txt: no tab between name and pattern in '" + line + "'");
        }
        List<Element> elements = new ArrayList<>();
        for (String word : fields[1].strip().split("\\s+")) {
            elements.add(element(word));
        }
        int quote = -1;
        int speakers = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == Kind.QUOTE) {
                if (quote >= 0) {
                    quote = -2;
                    break;
                }
                quote = i;
            }
            speakers += elements.get(i).kind() == Kind.SPEAKER ? 1 : 0;
        }
        if (quote < 0 || speakers != 1) {
            throw new IllegalArgumentException(language + "/reporting-constructions.txt: '" + fields[0].strip()
                    + "' needs one {QUOTE} and one {SPEAKER}: " + fields[1].strip());
        }
        List<Element> before = new ArrayList<>(elements.subList(0, quote));
        Collections.reverse(before);
        return new Construction(language, fields[0].strip(), before, elements.subList(quote + 1, elements.size()));
    }

    private static Element element(String word) {
        boolean optional = word.length() > 2 && word.startsWith("[") && word.endsWith("]");
        String bare = optional ? word.substring(1, word.length() - 1) : word;
        Kind kind = switch (bare) {
            case "{QUOTE}" -> Kind.QUOTE;
            case "{SPEAKER}" -> Kind.SPEAKER;
            case "{VERB}" -> Kind.VERB;
            case "{SOURCE}" -> Kind.SOURCE;
            case "…", "..." -> Kind.GAP;
            case "^" -> Kind.START;
            default -> Character.isLetterOrDigit(bare.codePointAt(0)) ? Kind.WORD : Kind.MARK;
        };
        if (bare.startsWith("{") && kind != Kind.QUOTE && kind != Kind.SPEAKER && kind != Kind.VERB && kind != Kind.SOURCE) {
            throw new IllegalArgumentException("unknown element " + bare + " in a reporting construction");
        }
        return new Element(kind, Spelling.key(bare), optional);
    }
}
