package newsroom.annotator.input;

import java.time.LocalDate;
import java.util.List;
import newsroom.annotator.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page or fragment with jsoup: the title, the publication date and the text of its
 * blocks, one paragraph a block. Scripts, styles and navigation are dropped.
 */
public final class HtmlReader {

    private static final String DROPPED = "script, style, noscript, nav, header > nav, footer, form, iframe, template, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre";

    public Article read(String id, String html) {
        if (html.isBlank()) {
            throw BadInputException.malformed("the page is empty");
        }
        Document page = Jsoup.parse(html);
        page.select(DROPPED).remove();
        StringBuilder text = new StringBuilder();
        for (Element block : page.body().select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue; // its text is part of the enclosing block
            }
            String words = block.text().strip();
            if (!words.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(words);
            }
        }
        if (text.isEmpty()) {
            throw BadInputException.malformed("the page holds no article text");
        }
        return new Article(id, text.toString(), 0, publicationDate(page), title(page), null, List.of(), List.of());
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        Element og = page.selectFirst("meta[property=og:title]");
        return og == null ? null : og.attr("content").strip();
    }

    private static LocalDate publicationDate(Document page) {
        for (String selector : List.of("meta[property=article:published_time]", "time[datetime]")) {
            Element element = page.selectFirst(selector);
            if (element != null) {
                String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
                if (value.length() >= 10) {
                    try {
                        return LocalDate.parse(value.substring(0, 10));
                    } catch (RuntimeException e) {
                        // a malformed date in markup is no date
                    }
                }
            }
        }
        return null;
    }
}
