package newsroom.annotator.dates;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * Reads a date written out in words where a text says one stands: "January 4, 2021", "4 de enero de
 * 2021", "4 janv. 2021", "Monday, January 4, 2021", "January 4, 2021 at 10:00 AM", or ISO 8601. The
 * shapes are ICU4J's (CLDR's) long, full and medium forms of English, Spanish and every configured
 * language, plus the extra ICU patterns of each language's {@code date-patterns.txt} for shapes that
 * platforms write and CLDR lacks. Numeric dates such as "4/1/21" are left alone: nobody can tell their
 * order ("2024年12月15日" says which number is which, and is read). Built once; thread-safe (each
 * thread gets its own ICU formats).
 */
public final class DateParser {

    /** Dates are looked for within this many characters of where they should start. */
    private static final int MAX_LENGTH = 80;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;
    private static final String[] SKELETONS = {
        "yMMMMd", "yMMMd", "yMMMMEEEEd", "yMMMEd", "yMMMMdjmm", "yMMMdjmm", "yMMMMdHmm", "yMMMdHmm",
    };
    private static final Pattern ISO = Pattern.compile(
            "\\G(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\p{L}\\p{N}])");
    /** A time zone written after a time: "3:55pm PDT". */
    private static final Pattern ZONE = Pattern.compile("\\G[ \\t\\u00A0]+[A-Z]{2,5}(?![\\p{L}\\p{N}])");

    private final List<Shape> shapes;
    private final ThreadLocal<Parsers> parsers;

    private DateParser(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
        this.parsers = ThreadLocal.withInitial(() -> new Parsers(this.shapes));
    }

    /**
     * A parser for English, Spanish and the given ISO 639-1 codes, with each language's extra patterns
     * from {@code <language>/date-patterns.txt}.
     */
    public static DateParser forLanguages(Collection<String> codes, Dictionaries dictionaries) {
        Set<String> languages = new LinkedHashSet<>(List.of("en", "es"));
        languages.addAll(codes);
        Set<Shape> shapes = new LinkedHashSet<>();
        for (String language : languages) {
            ULocale locale = new ULocale(language);
            List<String> patterns = new ArrayList<>();
            for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM}) {
                patterns.add(pattern(DateFormat.getDateTimeInstance(style, DateFormat.SHORT, locale)));
                patterns.add(pattern(DateFormat.getDateInstance(style, locale)));
            }
            DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(locale);
            for (String skeleton : SKELETONS) {
                patterns.add(generator.getBestPattern(skeleton));
            }
            patterns.addAll(dictionaries.list(language, "date-patterns"));
            for (String pattern : patterns) {
                if (pattern != null && readsUnambiguously(pattern)) {
                    shapes.add(new Shape(pattern, locale));
                }
            }
        }
        return new DateParser(new ArrayList<>(shapes));
    }

    /**
     * Whether a pattern names its month ("MMM") or marks its fields with words ("y年M月d日", "d 'de' MMMM"):
     * "M/d/y" and "d.M.y" read the same digits differently, and are left out.
     */
    static boolean readsUnambiguously(String pattern) {
        if (pattern.contains("MMM")) {
            return true;
        }
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (Character.isLetter(c) && (quoted || c > 0x7F)) {
                return true;
            }
        }
        return false;
    }

    private static String pattern(DateFormat format) {
        return format instanceof SimpleDateFormat simple ? simple.toPattern() : null;
    }

    /** The date written at {@code start}, if one is; the longest reading wins. */
    public Optional<DateMatch> parseAt(CharSequence text, int start) {
        if (start < 0 || start >= text.length() || !Character.isLetterOrDigit(text.charAt(start))) {
            return Optional.empty();
        }
        Optional<DateMatch> iso = iso(text, start);
        if (iso.isPresent()) {
            return iso;
        }
        int limit = start;
        while (limit < text.length() && limit - start < MAX_LENGTH && text.charAt(limit) != '\n' && text.charAt(limit) != '\r') {
            limit++;
        }
        String window = text.subSequence(start, limit).toString();
        Parsers mine = parsers.get();
        int bestEnd = -1;
        LocalDate bestDate = null;
        boolean bestHasTime = false;
        for (int i = 0; i < shapes.size(); i++) {
            GregorianCalendar calendar = mine.calendar;
            calendar.clear();
            calendar.setTimeZone(TimeZone.GMT_ZONE);
            ParsePosition position = new ParsePosition(0);
            mine.formats[i].parse(window, calendar, position);
            int end = trimEnd(window, position.getIndex());
            if (position.getErrorIndex() >= 0 || end <= bestEnd || !endsAtBoundary(window, end)) {
                continue;
            }
            LocalDate date = date(calendar);
            if (date != null) {
                bestEnd = end;
                bestDate = date;
                bestHasTime = shapes.get(i).hasTime();
            }
        }
        if (bestDate == null) {
            return Optional.empty();
        }
        int end = start + bestEnd;
        if (bestHasTime) {
            Matcher zone = ZONE.matcher(text).region(end, text.length());
            if (zone.lookingAt()) {
                end = zone.end();
            }
        }
        return Optional.of(new DateMatch(bestDate, start, end));
    }

    private static Optional<DateMatch> iso(CharSequence text, int start) {
        if (!Character.isDigit(text.charAt(start))) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text).region(start, text.length());
        if (!iso.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            return Optional.of(new DateMatch(date, start, iso.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day the calendar holds, or null when the fields make no day ("February 30") or no likely year. */
    private static LocalDate date(Calendar calendar) {
        try {
            int year = calendar.get(Calendar.YEAR);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return null;
            }
            return LocalDate.of(year, calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    private static int trimEnd(String window, int end) {
        while (end > 0 && Character.isWhitespace(window.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** "January 4, 20213" is no date: a reading must not stop inside a word or number. */
    private static boolean endsAtBoundary(String window, int end) {
        return end > 0 && (end == window.length() || !Character.isLetterOrDigit(window.charAt(end)));
    }

    /** One way to write a date: an ICU pattern in the language it is read in. */
    private record Shape(String pattern, ULocale locale) {

        boolean hasTime() {
            return pattern.indexOf('H') >= 0 || pattern.indexOf('h') >= 0 || pattern.indexOf('k') >= 0
                    || pattern.indexOf('K') >= 0;
        }

        SimpleDateFormat format() {
            SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
            format.setCalendar(new GregorianCalendar(TimeZone.GMT_ZONE, locale));
            format.setCalendarLenient(false);
            // a month written as a number is not the month name the shape promises
            format.setBooleanAttribute(DateFormat.BooleanAttribute.PARSE_ALLOW_NUMERIC, false);
            return format;
        }
    }

    /** One thread's ICU formats (they are not thread-safe) and the calendar it reads into. */
    private static final class Parsers {
        final SimpleDateFormat[] formats;
        final GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);

        Parsers(List<Shape> shapes) {
            formats = shapes.stream().map(Shape::format).toArray(SimpleDateFormat[]::new);
            calendar.setLenient(false);
        }
    }
}
