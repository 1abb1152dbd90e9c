package newsroom.annotator.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

/** What DateParserTest and DateParserLanguagesTest assert of a date read at the start of a text. */
final class DateReading {

    private DateReading() {
    }

    /** {@code text} starts with a date that {@code dates} reads as {@code expected} and is written {@code dateText}. */
    static void reads(DateParser dates, String text, String dateText, LocalDate expected) {
        Optional<DateMatch> match = dates.parseAt(text, 0);
        assertTrue(match.isPresent(), "no date read in: " + text);
        assertEquals(expected, match.get().date(), text);
        assertEquals(dateText, match.get().text(text), text);
    }
}
