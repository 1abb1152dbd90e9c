package newsroom.annotator.dates;

import java.time.LocalDate;

/**
 * A date found in a text.
 *
 * @param date  the calendar day as written (in the writer's own time zone when a time is given)
 * @param start UTF-16 offset of the first character of the date
 * @param end   UTF-16 offset after its last character, a trailing time and zone included
 */
public record DateMatch(LocalDate date, int start, int end) {

    /** The date as written. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
