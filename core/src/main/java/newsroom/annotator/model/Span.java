package newsroom.annotator.model;

import java.util.List;

/**
 * One segment of the article: a paragraph, the title, a caption, a paragraph of an embedded post…
 * Offsets are UTF-16 indices into the article's text, end exclusive.
 *
 * @param quote        for a {@link SpanType#POST} span, the id of the post's {@link Quote}; else null
 * @param typedByPlace the type rests only on where the span stands (a line above the headline is taken
 *                     for site chrome), not on its words or the page's markup: a guess that later stages
 *                     weigh less (quotations in such a span are still looked for)
 */
public record Span(int id, SpanType type, int start, int end, LanguageGuess language,
                   List<Sentence> sentences, Integer quote, boolean typedByPlace) {

    public Span {
        sentences = List.copyOf(sentences);
    }

    public Span(int id, SpanType type, int start, int end, LanguageGuess language, List<Sentence> sentences, Integer quote) {
        this(id, type, start, end, language, sentences, quote, false);
    }

    public Span withType(SpanType newType, boolean byPlace) {
        return new Span(id, newType, start, end, language, sentences, quote, byPlace);
    }

    public Span withLanguage(LanguageGuess newLanguage, List<Sentence> newSentences) {
        return new Span(id, type, start, end, newLanguage, newSentences, quote, typedByPlace);
    }

    public Span asPostOf(int quoteId) {
        return new Span(id, SpanType.POST, start, end, language, sentences, quoteId, false);
    }

    public Span withId(int newId, Integer newQuote) {
        return new Span(newId, type, start, end, language, sentences, newQuote, typedByPlace);
    }

    public int length() {
        return end - start;
    }
}
