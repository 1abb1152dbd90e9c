package newsroom.annotator.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.model.Article;

/**
 * Reads a scraped plain-text article. A first line {@code date YYYY-MM-DD} is the publication date, not
 * article text: the article's body starts after it. Scrapers sometimes glue the header to the first
 * paragraph on one line ({@code date 2021-01-04 Mexican President…}); that is read the same way. A header
 * that knows only the month or the year ({@code date 2021-04}, {@code date 2021}) is a header all the same,
 * with no day to give: the article has no date.
 */
public final class PlainTextReader {

    private static final Pattern DATE_HEADER =
            Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}(-\\d{2}(-\\d{2})?)?)(?=\\s|\\z)", Pattern.CASE_INSENSITIVE);

    public Article read(String id, String text) {
        if (text.isBlank()) {
            throw BadInputException.malformed("the article is empty");
        }
        Matcher header = DATE_HEADER.matcher(text);
        if (!header.find()) {
            return new Article(id, text, 0, null, null, null, List.of(), List.of());
        }
        return new Article(id, text, header.end(), date(header), null, null, List.of(), List.of());
    }

    /** The header's day, or null when it names only a month or a year (which must still be real ones). */
    private static LocalDate date(Matcher header) {
        String written = header.group(1);
        try {
            if (header.group(3) != null) {
                return LocalDate.parse(written);
            }
            if (header.group(2) != null) {
                YearMonth.parse(written);
            }
            return null;
        } catch (DateTimeParseException e) {
            throw BadInputException.malformed("the date header " + BadInputException.echo(written) + " is not a valid date");
        }
    }
}
