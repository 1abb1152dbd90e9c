package newsroom.annotator.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about the article apart from its text: the headline ({@code h1}, else
 * {@code og:title}), the publication date ({@code article:published_time}, JSON-LD
 * {@code datePublished}, else the first {@code time[datetime]}) and the canonical address. Missing or
 * malformed metadata is simply absent.
 *
 * @param headline the element the headline was taken from, to be left out of the body's text; null when
 *                 the headline came from a meta tag
 */
record PageMetadata(String title, Element headline, LocalDate date, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Embeds carry {@code time} elements of their own; those are the post's date, not the article's. */
    private static final String EMBEDS = "blockquote, iframe";

    /** Reads the metadata; call it before scripts are removed, since JSON-LD lives in a script element. */
    static PageMetadata of(Document page, Element root) {
        Element h1 = firstWithText(root.select("h1"));
        if (h1 == null) {
            h1 = firstWithText(page.select("h1"));
        }
        String title = h1 != null ? h1.text().strip() : meta(page, "meta[property=og:title], meta[name=twitter:title]");
        return new PageMetadata(title, h1, date(page), url(page));
    }

    private static Element firstWithText(Iterable<Element> elements) {
        for (Element element : elements) {
            if (!element.text().isBlank()) {
                return element;
            }
        }
        return null;
    }

    private static LocalDate date(Document page) {
        LocalDate date = EmbedDates.parseIso(meta(page,
                "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date]"));
        if (date == null) {
            date = jsonLdDate(page);
        }
        if (date == null) {
            for (Element time : page.select("time[datetime]")) {
                if (time.closest(EMBEDS) == null) {
                    date = EmbedDates.parseIso(time.attr("datetime"));
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
                    LocalDate date = EmbedDates.parseIso(published.asText());
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
