package newsroom.annotator.model;

/** A sentence of a span, with its own language. Offsets are UTF-16 indices into the article's text. */
public record Sentence(int start, int end, LanguageGuess language) {
}
