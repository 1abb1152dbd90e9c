package newsroom.annotator.quotes;

import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.TextRange;

/** A speaker named in the text, as written there, with the roles the text gave them and the cue last used. */
record Speaker(String name, TextRange at, Set<String> roles, String cue) {

    /** A nickname in quotation marks inside a name, with the space before it: "Saúl ‘Canelo’ Álvarez". */
    private static final Pattern NICKNAME = Pattern.compile("\\s+[" + QuotationFinder.MARKS + "]\\p{Lu}[^" + QuotationFinder.MARKS
            + "]{0,40}[" + QuotationFinder.MARKS + "](?=\\s+\\p{Lu})");

    Speaker {
        roles = Set.copyOf(roles);
    }

    /** A speaker named by the words at {@code range}, with no role; the name without a nickname it carries. */
    static Speaker at(String text, TextRange range, Set<String> roles) {
        String name = text.substring(range.start(), range.end());
        if (elided(text, range.start(), range.end())) {
            // "Alhaja ’Mowumi Ahmad": a first name written with its elision mark keeps it, as the article writes the name
            name = text.charAt(range.start() - 1) + name;
        }
        boolean marked = name.chars().anyMatch(c -> QuotationFinder.isMark((char) c));
        return new Speaker(marked ? NICKNAME.matcher(name).replaceAll("") : name, range, roles, null);
    }

    /**
     * Whether a typographic apostrophe stands right before the name at [start, end), after a space or the text's start,
     * and a capital opens the name: the mark of a first name's elided first letters ("’Mowumi", "’Tunde").
     */
    private static boolean elided(String text, int start, int end) {
        if (start < 1 || start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        // (a straight mark, or one the name's end closes again, quotes the name: "la cuenta 'Rosalía News'")
        boolean closed = end < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'');
        return text.charAt(start - 1) == '’' && !closed && (start == 1 || Character.isWhitespace(text.charAt(start - 2)));
    }

    Speaker withCue(String newCue) {
        return new Speaker(name, at, roles, newCue);
    }

    Attribution attribution() {
        return new Attribution(name, null, null, null, null, cue, at, null);
    }
}
