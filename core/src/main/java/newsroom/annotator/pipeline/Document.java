package newsroom.annotator.pipeline;

import java.util.List;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;

/**
 * The article as it goes down the pipeline: each stage gets one and returns a new one with its findings
 * added. Spans and quotes stay offsets into the article's one text.
 */
public record Document(Article article, List<Span> spans, List<Quote> quotes) {

    public Document {
        spans = List.copyOf(spans);
        quotes = List.copyOf(quotes);
    }

    public static Document of(Article article) {
        return new Document(article, List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public Document withSpans(List<Span> newSpans) {
        return new Document(article, newSpans, quotes);
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return new Document(article, spans, newQuotes);
    }

    /** The id the next quote added should take: ids are unique within a document until assembly. */
    public int nextQuoteId() {
        return quotes.stream().mapToInt(Quote::id).max().orElse(-1) + 1;
    }
}
