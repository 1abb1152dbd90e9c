package newsroom.annotator.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The date of an ISO timestamp or date as markup and feeds write it ("2021-01-04T18:30:00Z"). */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date {@code value} starts with, or null when it starts with none. */
    public static LocalDate dateOf(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
