package newsroom.annotator.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import newsroom.annotator.pipeline.Deadline;

/**
 * Annotates records on several threads and hands the lines on in input order. At most a few records per
 * thread are in flight, so memory stays flat however long the run. A run stops taking records when its
 * {@link Control} asks, finishes those in flight and writes their lines; a line that cannot be written
 * stops the run at once ({@link OutputFailedException}).
 */
public final class BatchRunner {

    private final RecordAnnotator annotator;
    private final int threads;
    private final Duration timeBudget;

    public BatchRunner(RecordAnnotator annotator, int threads, Duration timeBudget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.annotator = annotator;
        this.threads = threads;
        this.timeBudget = timeBudget;
    }

    /** Where the lines go, one at a time, in input order. */
    @FunctionalInterface
    public interface LineSink {
        void write(String line) throws IOException;
    }

    /** What a run asks of its caller as it goes. */
    public interface Control {

        /** Annotate everything; nobody watches. */
        Control NONE = new Control() {
        };

        /** Whether to take no more records: those in flight are finished and written. */
        default boolean stopRequested() {
            return false;
        }

        /** A record's annotation starts under {@code deadline}: the caller may cancel it. */
        default void started(Deadline deadline) {
        }

        /** The record whose annotation {@link #started} under {@code deadline} is done, whatever its outcome. */
        default void finished(Deadline deadline) {
        }
    }

    /** Annotates every record, giving each output line to {@code out} in input order. */
    public Summary run(Iterator<BatchRecord> records, LineSink out, Progress progress, Control control) {
        if (threads == 1) {
            return runInline(records, out, progress, control);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<RecordAnnotator.Line>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        Tally tally = new Tally();
        try {
            while (!control.stopRequested() && records.hasNext()) {
                BatchRecord record = records.next();
                inFlight.addLast(pool.submit(() -> annotate(record, control)));
                if (inFlight.size() >= window) {
                    tally.add(emit(inFlight.removeFirst(), out), progress);
                }
            }
            while (!inFlight.isEmpty()) {
                tally.add(emit(inFlight.removeFirst(), out), progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally.summary(control.stopRequested());
    }

    private Summary runInline(Iterator<BatchRecord> records, LineSink out, Progress progress, Control control) {
        Tally tally = new Tally();
        while (!control.stopRequested() && records.hasNext()) {
            RecordAnnotator.Line line = annotate(records.next(), control);
            write(out, line);
            tally.add(line, progress);
        }
        return tally.summary(control.stopRequested());
    }

    private RecordAnnotator.Line annotate(BatchRecord record, Control control) {
        Deadline deadline = Deadline.after(timeBudget);
        control.started(deadline);
        try {
            return annotator.annotate(record, deadline);
        } finally {
            control.finished(deadline);
        }
    }

    private static RecordAnnotator.Line emit(Future<RecordAnnotator.Line> pending, LineSink out) {
        RecordAnnotator.Line line;
        try {
            line = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            // RecordAnnotator turns every failure into an error line; reaching here is a bug
            throw new IllegalStateException(e.getCause());
        }
        write(out, line);
        return line;
    }

    private static void write(LineSink out, RecordAnnotator.Line line) {
        try {
            out.write(line.json());
        } catch (IOException e) {
            throw new OutputFailedException(e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "annotate-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Tally {
        private long records;
        private long failed;

        void add(RecordAnnotator.Line line, Progress progress) {
            records++;
            failed += line.failed() ? 1 : 0;
            progress.record(line.failed());
        }

        Summary summary(boolean stopped) {
            return new Summary(records, failed, stopped);
        }
    }

    /** How many records a run wrote, how many of them are error lines, and whether it was stopped early. */
    public record Summary(long records, long failed, boolean stopped) {
    }

    /** The output could not be written (a full disk, a closed pipe): the run stops. */
    public static final class OutputFailedException extends RuntimeException {
        OutputFailedException(IOException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }
}
