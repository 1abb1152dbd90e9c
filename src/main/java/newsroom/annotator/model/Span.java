package newsroom.annotator.model;

import java.util.List;

/**
 * One segment of the article: a paragraph, the title, a caption, a paragraph of an embedded post…
 * Offsets are UTF-16 indices into the article's text, end exclusive.
 *
 * @param quote for a {@link SpanType#POST} span, the id of the post's {@link Quote}; else null
 */
public record Span(int id, SpanType type, int start, int end, LanguageGuess language,
                   List<Sentence> sentences, Integer quote) {

    public Span {
        sentences = List.copyOf(sentences);
    }

    public Span withType(SpanType newType) {
        return new Span(id, newType, start, end, language, sentences, quote);
    }

    public Span withLanguage(LanguageGuess newLanguage, List<Sentence> newSentences) {
        return new Span(id, type, start, end, newLanguage, newSentences, quote);
    }

    public Span asPostOf(int quoteId) {
        return new Span(id, SpanType.POST, start, end, language, sentences, quoteId);
    }

    public Span withId(int newId, Integer newQuote) {
        return new Span(newId, type, start, end, language, sentences, newQuote);
    }

    public int length() {
        return end - start;
    }
}
