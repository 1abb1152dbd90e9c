package newsroom.annotator.model;

/**
 * A passage the article attributes to someone: an embedded post, or a quotation in the prose.
 *
 * @param start    post: where the embed begins; direct/partial: the first quoted character
 * @param end      post: the end of its signature; direct/partial: after the last quoted character
 * @param text     post: its own words without the signature; direct/partial: the quoted words
 * @param platform post only: twitter, instagram, facebook…; else null
 * @param attribution who it belongs to, or null when the text names nobody
 * @param entities post only: its mentions, hashtags and URLs; else null
 */
public record Quote(int id, QuoteKind kind, int start, int end, String text, LanguageGuess language,
                    String platform, Attribution attribution, Entities entities) {

    public Quote withId(int newId) {
        return new Quote(newId, kind, start, end, text, language, platform, attribution, entities);
    }
}
