package newsroom.annotator.model;

/** A stretch of the article's text, as UTF-16 offsets, end exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
