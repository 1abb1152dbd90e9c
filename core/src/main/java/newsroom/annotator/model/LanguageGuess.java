package newsroom.annotator.model;

/**
 * The language of a piece of text, with the confidence of that call.
 *
 * @param language   ISO 639-1 code, or null when the text is too short or too mixed to tell
 * @param confidence 0..1 for {@code language}; 0 when {@code language} is null
 * @param scores     the evidence behind the call, kept so that larger pieces can add up their parts
 */
public record LanguageGuess(String language, double confidence, LanguageScores scores) {

    public static final LanguageGuess UNKNOWN = new LanguageGuess(null, 0, LanguageScores.EMPTY);

    public boolean isKnown() {
        return language != null;
    }
}
