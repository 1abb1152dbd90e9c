package newsroom.annotator.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import jakarta.ws.rs.core.StreamingOutput;
import newsroom.annotator.Annotator;
import newsroom.annotator.batch.BatchOutput;
import newsroom.annotator.batch.BatchRunner;
import newsroom.annotator.batch.Progress;
import newsroom.annotator.batch.RecordAnnotator;
import newsroom.annotator.batch.RecordSource;
import newsroom.annotator.input.Limits;
import newsroom.annotator.pipeline.Deadline;
import org.jboss.logging.Logger;

/**
 * The answer of {@code POST /annotate/batch}: the request's NDJSON lines annotated one by one, each
 * within the time budget, each written and flushed as it is done. When the client goes away the record
 * in flight is stopped and the run ends, logged in one line, not as an error.
 */
final class BatchStream implements StreamingOutput {

    private static final Logger LOG = Logger.getLogger(BatchStream.class);

    private final Annotator annotator;
    private final Limits limits;
    private final Duration timeBudget;
    private final Caller caller;
    private final InputStream body;

    BatchStream(Annotator annotator, Limits limits, Duration timeBudget, Caller caller, InputStream body) {
        this.annotator = annotator;
        this.limits = limits;
        this.timeBudget = timeBudget;
        this.caller = caller;
        this.body = body;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        BatchRunner runner = new BatchRunner(new RecordAnnotator(annotator, limits), 1, timeBudget);
        BatchOutput lines = BatchOutput.to(output);
        try {
            runner.run(RecordSource.ndjson(body, "line", limits), lines, Progress.SILENT, new BatchRunner.Control() {
                @Override
                public boolean stopRequested() {
                    return caller.gone();
                }

                @Override
                public void started(Deadline deadline) {
                    caller.working(deadline);
                }
            });
            lines.close();
        } catch (BatchRunner.OutputFailedException e) {
            LOG.infof("a batch client went away: %s", e.getMessage());
        }
    }
}
