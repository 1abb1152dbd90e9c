package newsroom.annotator.batch;

import newsroom.annotator.input.BadInputException;

/**
 * One article to annotate, as it was read: its id, what kind of content it is and the content itself,
 * or the reason it could not be read (it then becomes an error line, and the run goes on).
 */
public record BatchRecord(String id, Format format, String content, BadInputException unreadable) {

    /**
     * How the content is to be read. A JSON request in a file is named by its file; a request on an
     * NDJSON line keeps its own id.
     */
    public enum Format { TEXT, HTML, JSON_FILE, JSON_LINE }

    public static BatchRecord of(String id, Format format, String content) {
        return new BatchRecord(id, format, content, null);
    }

    public static BatchRecord unreadable(String id, BadInputException why) {
        return new BatchRecord(id, null, null, why);
    }
}
