package newsroom.annotator.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The annotator's answer for one article: its segmentation, languages and quotes. Offsets are UTF-16
 * indices into {@code text}; they become code points only where JSON is written.
 *
 * @param language  the dominant language of the article's own prose, or null
 * @param languages each language's share of that prose, largest first
 */
public record Annotation(String id, LocalDate date, String text, String language,
                         List<LanguageShare> languages, List<Span> spans, List<Quote> quotes) {

    public Annotation {
        languages = List.copyOf(languages);
        spans = List.copyOf(spans);
        quotes = List.copyOf(quotes);
    }
}
