package newsroom.annotator.api;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
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
 * within the time budget, each written and flushed as it is done, in one turn of the service's {@link Permits}.
 * Each record counts in the {@link Workload} while it is annotated, as an article of {@code POST /annotate}
 * does, so that a record stuck past its budget takes readiness and then liveness down. When the client goes
 * away the record in flight is stopped and the run ends, logged in one line, not as an error.
 */
final class BatchStream implements StreamingOutput {

    private static final Logger LOG = Logger.getLogger(BatchStream.class);

    private final Annotator annotator;
    private final Limits limits;
    private final Duration timeBudget;
    private final Caller caller;
    private final InputStream body;
    private final Permits permits;
    private final Workload workload;

    BatchStream(Annotator annotator, Limits limits, Duration timeBudget, Caller caller, InputStream body, Permits permits,
                Workload workload) {
        this.annotator = annotator;
        this.limits = limits;
        this.timeBudget = timeBudget;
        this.caller = caller;
        this.body = body;
        this.permits = permits;
        this.workload = workload;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        BatchRunner runner = new BatchRunner(new RecordAnnotator(annotator, limits), 1, timeBudget);
        BatchOutput lines = BatchOutput.to(output);
        // one turn for the whole stream: it annotates one record at a time
        try (Permits.Turn turn = permits.take()) {
            runner.run(RecordSource.ndjson(body, "line", limits), lines, Progress.SILENT, new BatchRunner.Control() {
                // one record at a time (one thread), so one handle; not counted while the next line arrives
                private Workload.Running running;

                @Override
                public boolean stopRequested() {
                    return caller.gone();
                }

                @Override
                public void started(Deadline deadline) {
                    running = workload.begin();
                    caller.working(deadline);
                }

                @Override
                public void finished(Deadline deadline) {
                    running.close();
                }
            });
            lines.close();
        } catch (BatchRunner.OutputFailedException e) {
            LOG.infof("a batch client went away: %s", e.getMessage());
        }
    }
}
