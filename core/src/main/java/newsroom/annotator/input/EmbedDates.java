package newsroom.annotator.input;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date an embed's markup writes out, such as "January 4, 2021" (a tweet's status link),
 * "14 February 2025 at 08:22" (Bluesky) or "4 de enero de 2021" (an embed made in Spanish). The
 * platforms write the date in the embedding user's locale with CLDR's long, medium or full patterns, so
 * those patterns are tried for the locales newsrooms of both languages use; words after the date ("at
 * 12:58 AM") are ignored. Thread-safe: java.time formatters are immutable.
 */
final class EmbedDates {

    private static final List<DateTimeFormatter> FORMATS = formats();

    private EmbedDates() {
    }

    /** The date the text starts with, or null. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            ParsePosition position = new ParsePosition(0);
            TemporalAccessor fields = format.parseUnresolved(trimmed, position);
            if (fields == null || position.getErrorIndex() >= 0) {
                continue;
            }
            try {
                return LocalDate.of(fields.get(ChronoField.YEAR_OF_ERA), fields.get(ChronoField.MONTH_OF_YEAR),
                        fields.get(ChronoField.DAY_OF_MONTH));
            } catch (DateTimeException e) {
                // a field missing or out of range: try the next pattern
            }
        }
        return null;
    }

    private static List<DateTimeFormatter> formats() {
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (Locale locale : List.of(Locale.US, Locale.UK, Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("es-MX"))) {
            for (FormatStyle style : List.of(FormatStyle.LONG, FormatStyle.FULL, FormatStyle.MEDIUM)) {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                        .appendLocalized(style, null).toFormatter(locale));
            }
        }
        return List.copyOf(formats);
    }
}
