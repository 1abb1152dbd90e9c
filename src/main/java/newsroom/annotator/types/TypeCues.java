package newsroom.annotator.types;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;

/**
 * Reads a span's cues from the phrase lists of every configured language ({@code boilerplate},
 * {@code byline}, {@code agencies}, {@code caption-credits}, {@code bio-roles}, {@code bio-contact}):
 * an English article carries Spanish agency credits as often as the reverse. Built once; immutable.
 */
final class TypeCues {

    /** A paragraph longer than this is prose, whatever it opens with. */
    private static final int BOILERPLATE_MAX_WORDS = 39;
    private static final int AUTHOR_LINE_MAX_WORDS = 12;
    private static final int HEADLINE_MAX_WORDS = 25;
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int CAPTION_MAX_WORDS = 120;

    /**
     * A name of two to five capitalized words (with the particles of Spanish and Dutch names), perhaps a
     * parenthesis ("María Eizaguirre (San Sebastián, 1978)"), then a lower-case word: the verb of "X is
     * an award-winning journalist", "X es periodista".
     */
    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|del|la|las|los|van|von|da|di|y)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,4}"
                    + "(?:\\s*\\([^)]{0,80}\\))?,?\\s+\\p{Ll}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\p{Punct}+");

    private final PhraseList boilerplate;
    private final PhraseList authorLines;
    private final PhraseList agencies;
    private final PhraseList credits;
    private final PhraseList roles;
    private final PhraseList contacts;
    private final Pattern datedDash;

    TypeCues(Dictionaries dictionaries, List<String> languages) {
        this.boilerplate = new PhraseList(dictionaries.list(languages, "boilerplate"));
        this.authorLines = new PhraseList(dictionaries.list(languages, "byline"));
        this.agencies = new PhraseList(dictionaries.list(languages, "agencies"));
        this.credits = new PhraseList(dictionaries.list(languages, "caption-credits"));
        this.roles = new PhraseList(dictionaries.list(languages, "bio-roles"));
        this.contacts = new PhraseList(dictionaries.list(languages, "bio-contact"));
        this.datedDash = datedDash(languages);
    }

    SpanCues read(String text, Span span, Hint.Kind hint, String givenTitleKey) {
        String words = text.substring(span.start(), span.end());
        String key = withoutLeadingSymbols(TextKey.of(words));
        int wordCount = WHITE_SPACE.split(words.strip()).length;
        List<String> sentences = sentences(text, span);
        String first = sentences.get(0);
        String lastKey = TextKey.of(sentences.get(sentences.size() - 1));
        boolean unpunctuated = !endsSentence(words);

        boolean isBoilerplate = wordCount <= BOILERPLATE_MAX_WORDS
                && (boilerplate.isLine(key) || boilerplate.opener(key) >= 0);
        boolean authorLine = authorLines.isLine(key) || agencies.isLine(key)
                || (wordCount <= AUTHOR_LINE_MAX_WORDS && unpunctuated && opensWithName(words, key));
        boolean bioOpening = NAME_THEN_VERB.matcher(first).find() && roles.occursIn(TextKey.of(first));
        boolean contact = sentences.stream().anyMatch(s -> contacts.opener(withoutLeadingSymbols(TextKey.of(s))) >= 0);
        boolean credit = wordCount <= CAPTION_MAX_WORDS
                && (credits.opener(withoutLeadingSymbols(key.startsWith("(") ? key.substring(1) : key)) >= 0
                || (unpunctuated && (credits.occursIn(lastKey) || endsWithAgency(key))));
        boolean truncated = words.endsWith("…") || words.endsWith("...");
        boolean headline = wordCount <= HEADLINE_MAX_WORDS && words.length() <= HEADLINE_MAX_CHARS
                && !endsLikeProse(words) && startsLikeHeadline(words);
        boolean givenTitle = givenTitleKey != null && !givenTitleKey.isEmpty()
                && PhraseList.withoutEndPunctuation(key).equals(givenTitleKey);
        return new SpanCues(hint, isBoilerplate, authorLine, bioOpening, contact, credit,
                datedDash.matcher(words).find(), truncated, unpunctuated, headline, givenTitle);
    }

    /** "By Jack Davis…", "Por: La Jornada": an author-line opener, then a capitalized word. */
    private boolean opensWithName(String words, String key) {
        int length = authorLines.opener(key);
        if (length < 0) {
            return false;
        }
        int openerWords = WHITE_SPACE.split(key.substring(0, length).strip()).length;
        String[] tokens = WHITE_SPACE.split(words.strip());
        if (tokens.length <= openerWords) {
            return false;
        }
        String next = LEADING_PUNCTUATION.matcher(tokens[openerWords]).replaceFirst("");
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
    }

    /** "… Julian Assange Reuters": an agency's name as the last one to three words of the line. */
    private boolean endsWithAgency(String key) {
        String[] tokens = PhraseList.withoutEndPunctuation(key).split(" ");
        for (int n = 1; n <= Math.min(3, tokens.length); n++) {
            if (agencies.isLine(String.join(" ", Arrays.copyOfRange(tokens, tokens.length - n, tokens.length)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String text, Span span) {
        List<String> sentences = new ArrayList<>();
        for (Sentence sentence : span.sentences()) {
            sentences.add(text.substring(sentence.start(), sentence.end()));
        }
        if (sentences.isEmpty()) {
            sentences.add(text.substring(span.start(), span.end()));
        }
        return sentences;
    }

    /** Bullets and arrows that sites put before a prompt: "» Lee también", "▶ Suscríbete". */
    private static String withoutLeadingSymbols(String key) {
        int start = 0;
        while (start < key.length()) {
            char c = key.charAt(start);
            if (Character.isLetterOrDigit(c) || c == '"' || c == '(' || c == '¿' || c == '¡' || c == '\'') {
                break;
            }
            start++;
        }
        return key.substring(start).strip();
    }

    /** Whether the text ends as a sentence does; a closing parenthesis with a period (AP's "(…, File).") does not count. */
    private static boolean endsSentence(String words) {
        String trimmed = words.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last == '.' && trimmed.length() > 1 && trimmed.charAt(trimmed.length() - 2) == ')') {
            return false;
        }
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…'
                || last == '"' || last == '”' || last == '»';
    }

    /** A headline may end in "?" or "!", never in a period, colon or ellipsis. */
    private static boolean endsLikeProse(String words) {
        String trimmed = words.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == ':' || last == ';' || last == ',' || last == '…';
    }

    private static boolean startsLikeHeadline(String words) {
        int first = words.strip().codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'¿¡«".indexOf(first) >= 0;
    }

    /**
     * A date, then " - ": agencies' captions append the story's first line to the photo's dated
     * description ("…in Mexico City on March 11, 2019. - It has been…"). Month names come from ICU for
     * every configured language; Spanish writes "11 de marzo de 2019".
     */
    private static Pattern datedDash(List<String> languages) {
        Set<String> months = new LinkedHashSet<>();
        for (String language : languages) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(language));
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String month : symbols.getMonths(DateFormatSymbols.FORMAT, width)) {
                    String bare = month.replace(".", "").strip();
                    if (bare.length() >= 3) {
                        months.add(Pattern.quote(bare));
                    }
                }
            }
        }
        List<String> sorted = new ArrayList<>(months);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(?:" + String.join("|", sorted) + ")";
        return Pattern.compile("(?:\\b" + month + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                        + "|\\b\\d{1,2}\\.?\\s+(?:de\\s+)?" + month + "\\.?,?\\s+(?:del?\\s+)?\\d{4})"
                        + "\\.?\\s+[-–—]\\s+\\S",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
