package newsroom.annotator.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsroom.annotator.Annotator;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.RequestReader;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Article;

/**
 * Turns one batch record into its output line: the annotation, or an error line that names the record
 * and says what was wrong. Never throws, so one bad record cannot stop a run. Thread-safe.
 */
public final class RecordAnnotator {

    private static final Logger LOG = Logger.getLogger(RecordAnnotator.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Annotator annotator;
    private final SizeLimit limit;
    private final AnnotationWriter writer = new AnnotationWriter();

    public RecordAnnotator(Annotator annotator, SizeLimit limit) {
        this.annotator = annotator;
        this.limit = limit;
    }

    /** The output line of one record; {@link Line#failed()} tells whether it is an error line. */
    public Line annotate(BatchRecord record) {
        String id = record.id();
        try {
            if (record.unreadable() != null) {
                throw record.unreadable();
            }
            if (record.format() != BatchRecord.Format.HTML) {
                limit.check(record.bytes()); // a page's limit is on the text it gives (HtmlReader)
            }
            Article article = switch (record.format()) {
                case TEXT -> annotator.plainText().read(id, record.content());
                case HTML -> annotator.html().read(id, record.content());
                case JSON_FILE -> annotator.requests().read(parse(record.content())).withId(id);
                case JSON_LINE -> {
                    JsonNode request = parse(record.content());
                    String ownId = RequestReader.idOf(request);
                    id = ownId != null ? ownId : id;
                    yield annotator.requests().read(request).withId(id);
                }
            };
            return new Line(writer.toJson(annotator.annotate(article)), false);
        } catch (BadInputException e) {
            return new Line(writer.errorLine(id, e.status(), e.title(), e.getMessage()), true);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "annotating " + id + " failed", e);
            return new Line(writer.errorLine(id, 500, "Annotation failed", String.valueOf(e)), true);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed("not a JSON request: " + e.getOriginalMessage());
        }
    }

    /** One line of output. */
    public record Line(String json, boolean failed) {
    }
}
