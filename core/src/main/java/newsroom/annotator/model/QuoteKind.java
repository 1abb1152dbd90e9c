package newsroom.annotator.model;

import java.util.Locale;

/** How a passage is attributed: an embedded post, a whole quoted sentence, or a few quoted words. */
public enum QuoteKind {
    POST, DIRECT, PARTIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
