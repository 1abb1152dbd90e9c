package newsroom.annotator.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as the input stage read it: the text every offset points into, plus what the caller or the
 * page told us about it.
 *
 * @param id        the caller's identifier (a file name in batch), or null
 * @param text      the text all offsets index into
 * @param bodyStart where the article proper begins: after a {@code date YYYY-MM-DD} header, else 0
 * @param date      publication date, or null
 * @param title     the headline the caller or the page gave, or null
 * @param url       the article's address, or null
 * @param languages ISO 639-1 codes this caller restricts detection to; empty means every configured one
 * @param hints     what markup said about regions of the text (HTML input); empty for plain text
 */
public record Article(String id, String text, int bodyStart, LocalDate date, String title, String url,
                      List<String> languages, List<Hint> hints) {

    public Article {
        Objects.requireNonNull(text, "text");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of the text: " + bodyStart);
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** A plain article with nothing but its text. */
    public static Article of(String text) {
        return new Article(null, text, 0, null, null, null, List.of(), List.of());
    }

    public Article withId(String newId) {
        return new Article(newId, text, bodyStart, date, title, url, languages, hints);
    }
}
