package newsroom.annotator.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import newsroom.annotator.dates.IsoDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's head says about the article apart from its text: the title it gives for sharing
 * ({@code og:title}, {@code twitter:title}), the document's {@code <title>} (which often ends with the
 * site's name), the publication date ({@code article:published_time}, JSON-LD {@code datePublished}, else
 * the first {@code time[datetime]}) and the canonical address. Missing or malformed metadata is simply
 * absent.
 *
 * @param title         the headline from a meta tag, or null
 * @param documentTitle the text of {@code <title>}, or null
 */
record PageMetadata(String title, String documentTitle, LocalDate date, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Embeds carry {@code time} elements of their own; those are the post's date, not the article's. */
    private static final String EMBEDS = "blockquote, iframe";

    /** Reads the metadata; call it before scripts are removed, since JSON-LD lives in a script element. */
    static PageMetadata of(Document page) {
        String documentTitle = page.title().strip();
        return new PageMetadata(meta(page, "meta[property=og:title], meta[name=twitter:title], meta[property=twitter:title]"),
                documentTitle.isEmpty() ? null : documentTitle, date(page), url(page));
    }

    private static LocalDate date(Document page) {
        LocalDate date = IsoDates.dateOf(meta(page,
                "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date]"));
        if (date == null) {
            date = jsonLdDate(page);
        }
        if (date == null) {
            for (Element time : page.select("time[datetime]")) {
                if (time.closest(EMBEDS) == null) {
                    date = IsoDates.dateOf(time.attr("datetime"));
                    if (date != null) {
                        break;
                    }
                }
            }
        }
        return date;
    }

    private static LocalDate jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                LocalDate date = datePublished(JSON.readTree(script.data()));
                if (date != null) {
                    return date;
                }
            } catch (JsonProcessingException e) {
                // CMSs do emit broken JSON-LD; it is no date, not an error of the request
            }
        }
        return null;
    }

    /** The first {@code datePublished} anywhere in the JSON-LD, looking through {@code @graph} and lists. */
    private static LocalDate datePublished(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (root != null) {
            pending.add(root);
        }
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if (node.isObject()) {
                JsonNode published = node.get("datePublished");
                if (published != null && published.isTextual()) {
                    LocalDate date = IsoDates.dateOf(published.asText());
                    if (date != null) {
                        return date;
                    }
                }
                node.forEach(pending::add);
            } else if (node.isArray()) {
                node.forEach(pending::add);
            }
        }
        return null;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return canonical.attr("href").strip();
        }
        return meta(page, "meta[property=og:url]");
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String value = element.attr("content").strip();
        return value.isEmpty() ? null : value;
    }
}
