package newsroom.annotator.model;

/** The part of the article's prose written in one language, as a share of its letters. */
public record LanguageShare(String language, double share) {
}
