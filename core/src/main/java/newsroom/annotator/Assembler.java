package newsroom.annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.LanguageShare;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.pipeline.Document;

/**
 * Turns the pipeline's finished document into the annotation: spans and quotes in text order, numbered
 * from 0, and the languages of the article's own prose.
 */
final class Assembler {

    Annotation assemble(Document document) {
        List<Quote> quotes = new ArrayList<>(document.quotes());
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        Map<Integer, Integer> newQuoteIds = new HashMap<>();
        List<Quote> numberedQuotes = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            newQuoteIds.put(quote.id(), numberedQuotes.size());
            numberedQuotes.add(quote.withId(numberedQuotes.size()));
        }
        List<Span> spans = new ArrayList<>(document.spans());
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> numberedSpans = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Integer quote = span.quote() == null ? null : newQuoteIds.get(span.quote());
            numberedSpans.add(span.withId(numberedSpans.size(), quote));
        }
        List<LanguageShare> shares = LanguageShare.of(numberedSpans);
        String dominant = shares.isEmpty() ? null : shares.get(0).language();
        return new Annotation(document.article().id(), document.article().date(), document.text(),
                dominant, shares, numberedSpans, numberedQuotes);
    }
}
