package newsroom.annotator.pipeline;

/**
 * What a stage adds to the {@link Document}: stages declare the layers they require and provide, and the
 * {@link Pipeline} checks the order when it is assembled, so that no stage reads a layer that is not
 * there yet.
 */
public enum Layer {
    /** The article cut into spans (paragraphs, until typed). */
    SPANS,
    /** Each span's sentences. */
    SENTENCES,
    /** The language of every span and sentence. */
    LANGUAGES,
    /** Embedded posts: post spans and their quotes. */
    POSTS,
    /** Every span's type: title, caption, byline, boilerplate or paragraph. */
    SPAN_TYPES,
    /** Quotations in the prose, attributed. */
    QUOTES
}
