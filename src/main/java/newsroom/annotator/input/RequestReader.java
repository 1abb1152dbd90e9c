package newsroom.annotator.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import newsroom.annotator.model.Article;

/**
 * Reads a JSON request: {@code {"id"?, "text" or "html", "date"?, "url"?, "title"?, "languages"?}}.
 * Every field is checked here, so that a wrong one gets a message that names it.
 */
public final class RequestReader {

    /** Strict: text after the request's object ({@code {…} garbage}) is malformed too. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlReader html;
    private final Predicate<String> knownLanguage;

    /** @param knownLanguage tells whether a code in "languages" is one the annotator was configured with */
    public RequestReader(HtmlReader html, Predicate<String> knownLanguage) {
        this.html = html;
        this.knownLanguage = knownLanguage;
    }

    public Article read(String json) {
        return read(parse(json, "the body"));
    }

    /** A JSON request's tree, strictly: one value and nothing after it; {@code what} names it in the error. */
    public static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(what + " is not JSON: " + e.getOriginalMessage());
        }
    }

    public Article read(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw BadInputException.malformed("the request must be a JSON object with \"text\" or \"html\"");
        }
        String id = optionalText(request, "id", true);
        String text = optionalText(request, "text", false);
        String page = optionalText(request, "html", false);
        if ((text == null) == (page == null)) {
            throw BadInputException.malformed("give the article as exactly one of \"text\" or \"html\"");
        }
        Article article = text != null ? plainText.read(id, text) : html.read(id, page);
        LocalDate date = date(request, article.date());
        String title = optionalText(request, "title", false);
        String url = optionalText(request, "url", false);
        return new Article(id, article.text(), article.bodyStart(), date,
                title != null ? title : article.title(), url != null ? url : article.url(),
                languages(request), article.hints());
    }

    /** The id of a request, read leniently, for error lines about a request that could not be read. */
    public static String idOf(JsonNode request) {
        JsonNode id = request == null ? null : request.get("id");
        return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
    }

    private static String optionalText(JsonNode request, String field, boolean numbersToo) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || (numbersToo && value.isNumber())) {
            return value.asText();
        }
        throw BadInputException.malformed("\"" + field + "\" must be a string");
    }

    private static LocalDate date(JsonNode request, LocalDate fromText) {
        String value = optionalText(request, "date", false);
        if (value == null) {
            return fromText;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw BadInputException.malformed("\"date\" must be an ISO date such as 2021-01-04: got "
                    + BadInputException.echo(value));
        }
    }

    private List<String> languages(JsonNode request) {
        JsonNode value = request.get("languages");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw BadInputException.malformed("\"languages\" must be a list of ISO 639-1 codes such as [\"en\", \"es\"]");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode code : value) {
            if (!code.isTextual()) {
                throw BadInputException.malformed("\"languages\" must be a list of ISO 639-1 codes such as [\"en\", \"es\"]");
            }
            codes.add(code.asText());
        }
        List<String> normalized = new ArrayList<>();
        for (String code : codes) {
            String lower = code.trim().toLowerCase(Locale.ROOT);
            if (!knownLanguage.test(lower)) {
                throw BadInputException.malformed("\"languages\" names " + BadInputException.echo(code)
                        + ", which the annotator is not configured for (annotator.languages)");
            }
            normalized.add(lower);
        }
        return normalized;
    }
}
