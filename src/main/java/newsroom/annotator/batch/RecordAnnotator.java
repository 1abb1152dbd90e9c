package newsroom.annotator.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsroom.annotator.Annotator;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.RequestReader;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Article;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.DeadlineExceededException;

/**
 * Turns one batch record into its output line: the annotation, or an error line that names the record
 * and says what was wrong (a record over its time budget too). Never throws, so one bad
 * record cannot stop a run. Thread-safe.
 */
public final class RecordAnnotator {

    private static final Logger LOG = Logger.getLogger(RecordAnnotator.class.getName());

    private final Annotator annotator;
    private final Limits limits;
    private final AnnotationWriter writer = new AnnotationWriter();

    public RecordAnnotator(Annotator annotator, Limits limits) {
        this.annotator = annotator;
        this.limits = limits;
    }

    /**
     * The output line of one record, annotated within {@code deadline}; {@link Line#failed()} tells
     * whether it is an error line.
     */
    public Line annotate(BatchRecord record, Deadline deadline) {
        String id = record.id();
        try {
            if (record.unreadable() != null) {
                throw record.unreadable();
            }
            Article article = switch (record.format()) {
                case TEXT -> annotator.plainText().read(id, record.content());
                case HTML -> annotator.html().read(id, record.content());
                case JSON_FILE -> annotator.requests().read(RequestReader.parse(record.content(), id)).withId(id);
                case JSON_LINE -> {
                    JsonNode request = RequestReader.parse(record.content(), "the line");
                    String ownId = RequestReader.idOf(request);
                    id = ownId != null ? ownId : id;
                    yield annotator.requests().read(request).withId(id);
                }
            };
            limits.text().checkText(article.text());
            return new Line(writer.toJson(annotator.annotate(article, deadline)), false);
        } catch (BadInputException e) {
            return new Line(writer.errorLine(id, e.status(), e.title(), e.getMessage()), true);
        } catch (DeadlineExceededException e) {
            return new Line(writer.errorLine(id, e.cancelled() ? 503 : 422,
                    e.cancelled() ? "Stopped" : "Time budget exceeded", e.getMessage()), true);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "annotating " + id + " failed", e);
            return new Line(writer.errorLine(id, 500, "Annotation failed", String.valueOf(e)), true);
        }
    }

    /** One line of output. */
    public record Line(String json, boolean failed) {
    }
}
