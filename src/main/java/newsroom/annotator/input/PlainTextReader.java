package newsroom.annotator.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.model.Article;

/**
 * Reads a scraped plain-text article. A first line {@code date YYYY-MM-DD} is the publication date, not
 * article text: the article's body starts after it. Scrapers sometimes glue the header to the first
 * paragraph on one line ({@code date 2021-01-04 Mexican President…}); that is read the same way.
 */
public final class PlainTextReader {

    private static final Pattern DATE_HEADER =
            Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)", Pattern.CASE_INSENSITIVE);

    public Article read(String id, String text) {
        if (text.isBlank()) {
            throw BadInputException.malformed("the article is empty");
        }
        Matcher header = DATE_HEADER.matcher(text);
        if (!header.find()) {
            return new Article(id, text, 0, null, null, null, List.of(), List.of());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(header.group(1));
        } catch (DateTimeParseException e) {
            throw BadInputException.malformed("the date header '" + header.group(1) + "' is not a valid date");
        }
        return new Article(id, text, header.end(), date, null, null, List.of(), List.of());
    }
}
