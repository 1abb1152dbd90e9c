package newsroom.annotator.model;

import java.util.Locale;

/** What a span of the article is, as the contract names it. */
public enum SpanType {
    TITLE, CAPTION, PARAGRAPH, POST, BYLINE, BOILERPLATE;

    /** The contract's name: {@code paragraph}, {@code post}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
