package newsroom.annotator.input;

/**
 * The two size limits every caller applies: {@code text} to an article's text, however it came
 * ({@code annotator.max-bytes}), {@code page} to raw input as it arrives: an HTML or JSON body, a batch
 * line or file ({@code annotator.max-page-bytes}).
 */
public record Limits(SizeLimit text, SizeLimit page) {

    public static Limits of(long maxBytes, long maxPageBytes) {
        return new Limits(SizeLimit.text(maxBytes), SizeLimit.page(maxPageBytes));
    }

    public static Limits defaults() {
        return of(SizeLimit.DEFAULT_BYTES, SizeLimit.DEFAULT_PAGE_BYTES);
    }
}
