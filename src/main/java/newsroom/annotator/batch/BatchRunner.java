package newsroom.annotator.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Annotates records on several threads and hands the lines on in input order. At most a few records per
 * thread are in flight, so memory stays flat however long the run.
 */
public final class BatchRunner {

    private final RecordAnnotator annotator;
    private final int threads;

    public BatchRunner(RecordAnnotator annotator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.annotator = annotator;
        this.threads = threads;
    }

    /** Annotates every record, giving each output line to {@code out} in input order. */
    public Summary run(Iterator<BatchRecord> records, Consumer<String> out, Progress progress) {
        if (threads == 1) {
            return runInline(records, out, progress);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<RecordAnnotator.Line>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        long total = 0;
        long failed = 0;
        try {
            while (records.hasNext()) {
                BatchRecord record = records.next();
                inFlight.addLast(pool.submit(() -> annotator.annotate(record)));
                if (inFlight.size() >= window) {
                    failed += emit(inFlight.removeFirst(), out, progress);
                    total++;
                }
            }
            while (!inFlight.isEmpty()) {
                failed += emit(inFlight.removeFirst(), out, progress);
                total++;
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(total, failed);
    }

    private Summary runInline(Iterator<BatchRecord> records, Consumer<String> out, Progress progress) {
        long total = 0;
        long failed = 0;
        while (records.hasNext()) {
            RecordAnnotator.Line line = annotator.annotate(records.next());
            out.accept(line.json());
            progress.record(line.failed());
            total++;
            failed += line.failed() ? 1 : 0;
        }
        return new Summary(total, failed);
    }

    private static int emit(Future<RecordAnnotator.Line> pending, Consumer<String> out, Progress progress) {
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
        out.accept(line.json());
        progress.record(line.failed());
        return line.failed() ? 1 : 0;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "annotate-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How many records a run wrote, and how many of them are error lines. */
    public record Summary(long records, long failed) {
    }
}
