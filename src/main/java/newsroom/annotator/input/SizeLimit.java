package newsroom.annotator.input;

/** The largest article, in bytes of its encoded form, the annotator takes (413 beyond). */
public record SizeLimit(long maxBytes) {

    public static final long DEFAULT_BYTES = 1024 * 1024;

    public SizeLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("annotator.max-bytes must be positive: " + maxBytes);
        }
    }

    public void check(long bytes) {
        if (bytes > maxBytes) {
            throw BadInputException.tooLarge(bytes, maxBytes);
        }
    }
}
