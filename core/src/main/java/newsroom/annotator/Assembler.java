package newsroom.annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.LanguageShare;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
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
        List<LanguageShare> shares = shares(numberedSpans);
        String dominant = shares.isEmpty() ? null : shares.get(0).language();
        return new Annotation(document.article().id(), document.article().date(), document.text(),
                dominant, shares, numberedSpans, numberedQuotes);
    }

    /**
     * Each language's share of the letters of the article's own prose (its paragraphs; every span when
     * it has none), counted sentence by sentence so that a Spanish sentence inside English prose counts.
     */
    static List<LanguageShare> shares(List<Span> spans) {
        List<Span> prose = spans.stream().filter(s -> s.type() == SpanType.PARAGRAPH).toList();
        Map<String, Integer> letters = new LinkedHashMap<>();
        for (Span span : prose.isEmpty() ? spans : prose) {
            for (Sentence sentence : span.sentences()) {
                String language = sentence.language().language() != null
                        ? sentence.language().language() : span.language().language();
                if (language != null) {
                    letters.merge(language, sentence.language().scores().letters(), Integer::sum);
                }
            }
        }
        double total = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return List.of();
        }
        return letters.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new LanguageShare(e.getKey(), Math.round(e.getValue() / total * 1000) / 1000.0))
                .toList();
    }
}
