package newsroom.annotator.types;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.dates.DateMatch;
import newsroom.annotator.dates.DateParser;

/**
 * Tells a line that only dates the article ("Tuesday, July 24, 2007", "2 hours ago", "hace 3 horas",
 * "Published: January 4, 2021 10:30 AM") from prose that mentions a date. Full dates are read with the
 * {@link DateParser}; "N units ago" in each configured language is ICU's own wording. Built once;
 * thread-safe.
 */
final class DateLines {

    /** A dating line is short: a label, the date, a time. */
    private static final int MAX_WORDS = 10;
    /** Words a line may hold before its date: "Published", "Actualizado el", "Cd. de México (28 abril 2023)". */
    private static final int MAX_WORDS_BEFORE = 4;
    /**
     * After the date only a time may follow: "10:30 AM", "12:41 hrs", "GMT", perhaps after a word or two that say
     * "at" ("a las 10:30", "às 11h43", "alle 10:30").
     */
    private static final Pattern TIME_LEFT = Pattern.compile(
            "[\\s,.|/·•–—()-]*(?:(?:\\p{L}{1,4}\\s+){0,2}\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?"
                    + "\\s*(?:[ap]\\.?\\s?m\\.?|hrs?\\.?|horas?|h)?(?:\\s+\\p{Lu}{2,5})?)?[\\s,.|/·•–—()-]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** A list's mark before a line's words: "• February 5 2025". */
    private static final Pattern LIST_MARK = Pattern.compile("^[•·*]\\s+");
    /**
     * A date in figures ("27/03/2022", "09.11.18"): which figure is the day the line need not say, only that it dates
     * the story (the {@link DateParser} leaves such dates alone for that reason).
     */
    private static final Pattern FIGURES_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?!\\d)");

    private final DateParser dates;
    /** "N units ago" as each language writes it, with the language. */
    private final Map<Pattern, String> relative = new LinkedHashMap<>();
    /**
     * What may follow a full date: a time, then perhaps how long ago or until ("January 6, 2015 / 11:05 AM /
     * in 4 years", as Reuters' pages print when a story was last updated).
     */
    private final Pattern afterDate;

    DateLines(DateParser dates, List<String> languages) {
        this.dates = dates;
        List<String> either = new ArrayList<>();
        for (String language : languages) {
            RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(new ULocale(language));
            List<String> forms = relativeForms(formatter, Direction.LAST);
            if (!forms.isEmpty()) {
                relative.put(Pattern.compile("(?:" + String.join("|", forms) + ")" + TIME_LEFT.pattern(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), language);
            }
            either.addAll(forms);
            either.addAll(relativeForms(formatter, Direction.NEXT));
        }
        String relativeLeft = either.isEmpty() ? "" : "(?:(?:" + String.join("|", either) + ")" + TIME_LEFT.pattern() + ")?";
        this.afterDate = Pattern.compile(TIME_LEFT.pattern() + relativeLeft, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * For a dating line, the language its words are in ("2 hours ago": "en"), or "" when it does not show
     * one ("2021-01-04"); null when the line is no dating line.
     */
    String language(String line) {
        String trimmed = line.strip();
        if (tooManyWords(trimmed) || trimmed.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        for (Map.Entry<Pattern, String> form : relative.entrySet()) {
            if (form.getKey().matcher(trimmed).matches()) {
                return form.getValue();
            }
        }
        int wordStart = 0;
        for (int word = 0; word <= MAX_WORDS_BEFORE && wordStart < trimmed.length(); word++) {
            if (dateThen(trimmed, wordStart, afterDate)) {
                return "";
            }
            wordStart = nextWord(trimmed, wordStart);
        }
        return null;
    }

    /** Whether the words hold a date in figures anywhere ("Atualizado em 27/03/2022 às 11h43"). */
    static boolean holdsDateInFigures(String words) {
        return FIGURES_DATE.matcher(words).find();
    }

    /**
     * Whether the line is a date and perhaps its time, nothing before it and nothing after ("6 Aug, 2023
     * 19:10"), as a story's date stands; not a page's label or a "last updated … in 4 years" line.
     */
    boolean isPlainDate(String line) {
        // ("• February 5 2025": a list's mark before the date is the page's, not the line's words)
        String trimmed = LIST_MARK.matcher(line.strip()).replaceFirst("");
        if (trimmed.isEmpty() || tooManyWords(trimmed)) {
            return false;
        }
        return dateThen(trimmed, 0, TIME_LEFT);
    }

    /**
     * Whether a date stands at {@code from}, in words or in figures, and {@code rest} matches all that follows it (a
     * time, a relative phrase).
     */
    private boolean dateThen(String trimmed, int from, Pattern rest) {
        Optional<DateMatch> date = dates.parseAt(trimmed, from);
        if (date.isPresent() && rest.matcher(trimmed.substring(date.get().end())).matches()) {
            return true;
        }
        Matcher figures = FIGURES_DATE.matcher(trimmed).region(from, trimmed.length());
        return figures.lookingAt() && rest.matcher(trimmed.substring(figures.end())).matches();
    }

    /**
     * Whether the stripped line has more than {@link #MAX_WORDS} words; counts the gaps and stops there,
     * so that a paragraph (every span is asked) is not split into all its words.
     */
    private static boolean tooManyWords(String trimmed) {
        Matcher gap = WHITE_SPACE.matcher(trimmed);
        int words = 1;
        while (gap.find()) {
            if (++words > MAX_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** "N units ago" (or "in N units") for every unit, as the language writes it, N any number. */
    private static List<String> relativeForms(RelativeDateTimeFormatter formatter, Direction direction) {
        List<String> forms = new ArrayList<>();
        for (RelativeUnit unit : RelativeUnit.values()) {
            for (int quantity : new int[] {1, 7}) {
                String written = formatter.format(quantity, direction, unit);
                if (written.contains(String.valueOf(quantity))) {
                    forms.add(Pattern.quote(written).replace(String.valueOf(quantity), "\\E\\d+\\Q"));
                }
            }
        }
        return forms;
    }

    private static int nextWord(String text, int from) {
        int at = from;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
