package newsroom.annotator.model;

import java.util.Map;

/**
 * What the page's markup said about a stretch of the extracted text: that it is the title, a caption,
 * or an embedded post of some platform. Later stages take a hint as strong evidence.
 *
 * @param start UTF-16 offset where the region begins
 * @param end   UTF-16 offset where it ends, exclusive
 * @param kind  what the region is
 * @param attributes what the markup carried: {@code platform}, {@code url}, {@code lang}, {@code date}…
 */
public record Hint(int start, int end, Kind kind, Map<String, String> attributes) {

    /** The kinds of region markup can name. */
    public enum Kind { TITLE, CAPTION, BYLINE, BOILERPLATE, EMBED }

    public Hint {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
