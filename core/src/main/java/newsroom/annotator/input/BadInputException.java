package newsroom.annotator.input;

/**
 * Input the annotator cannot take, with the HTTP status and problem title that say why. The REST edge
 * turns it into problem+json, the batch tool into an error line.
 */
public final class BadInputException extends RuntimeException {

    /** How much of a caller's value an error message repeats. */
    static final int ECHO_CHARS = 40;

    private final int status;
    private final String title;

    public BadInputException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static BadInputException malformed(String detail) {
        return new BadInputException(400, "Malformed request", detail);
    }

    public static BadInputException tooLarge(long size, long limit, String setting) {
        return new BadInputException(413, "Content too large",
                "the input is " + size + " bytes; the limit is " + limit + " bytes (" + setting + ")");
    }

    /**
     * A page whose text, once its markup, scripts and styles are gone, is over the article limit; named by
     * the setting the user gave ({@code annotator.max-bytes}, the batch tool's {@code --max-bytes}).
     */
    public static BadInputException textTooLarge(long size, SizeLimit limit) {
        return new BadInputException(413, "Article too large",
                "the text extracted from the page is " + size + " bytes; the limit is " + limit.maxBytes()
                        + " bytes (" + limit.setting() + ")");
    }

    public static BadInputException unsupportedType(String type) {
        return new BadInputException(415, "Unsupported media type",
                "cannot annotate " + type + "; send text/plain, text/html or application/json");
    }

    /**
     * A caller's value, quoted for an error message and cut to {@value #ECHO_CHARS} characters, so that a
     * 500 KB "date" is not sent back whole.
     */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= ECHO_CHARS) {
            return "'" + value + "'";
        }
        int cut = Character.isHighSurrogate(value.charAt(ECHO_CHARS - 1)) ? ECHO_CHARS - 1 : ECHO_CHARS;
        return "'" + value.substring(0, cut) + "…' (" + value.length() + " characters)";
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
