package newsroom.annotator.input;

/**
 * A size limit in bytes and the setting that sets it: {@link #text} for an article's text
 * ({@code annotator.max-bytes}), {@link #page} for what arrives raw (an HTML page, a JSON request, a batch
 * line or file: {@code annotator.max-page-bytes}). Over it is a 413.
 *
 * @param maxBytes the largest size accepted
 * @param setting  the setting's name, for the error message
 */
public record SizeLimit(long maxBytes, String setting) {

    public static final long DEFAULT_BYTES = 1024 * 1024;
    public static final long DEFAULT_PAGE_BYTES = 8 * 1024 * 1024;
    public static final String TEXT_SETTING = "annotator.max-bytes";
    public static final String PAGE_SETTING = "annotator.max-page-bytes";

    public SizeLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException(setting + " must be a positive number of bytes: " + maxBytes);
        }
    }

    /** The largest article text: {@code annotator.max-bytes}. */
    public static SizeLimit text(long maxBytes) {
        return new SizeLimit(maxBytes, TEXT_SETTING);
    }

    /** The largest raw page, request, batch line or file: {@code annotator.max-page-bytes}. */
    public static SizeLimit page(long maxBytes) {
        return new SizeLimit(maxBytes, PAGE_SETTING);
    }

    public void check(long bytes) {
        if (bytes > maxBytes) {
            throw tooLarge(bytes);
        }
    }

    /** Checks the UTF-8 size of an article's text. */
    public void checkText(CharSequence text) {
        check(Utf8.length(text));
    }

    public BadInputException tooLarge(long bytes) {
        return BadInputException.tooLarge(bytes, maxBytes, setting);
    }

    /** The error for input that went past the limit while it was read, its whole size unknown. */
    public BadInputException exceeded() {
        return new BadInputException(413, "Content too large",
                "the input is over " + maxBytes + " bytes, the limit (" + setting + "); reading stopped there");
    }
}
