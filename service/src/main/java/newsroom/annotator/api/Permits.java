package newsroom.annotator.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many articles the service annotates at once ({@code annotator.max-concurrent}, default twice the
 * cores): the work is CPU-bound, so more at once only adds to the memory held, which a flood of large
 * articles would otherwise grow until the heap runs out. A request waits for its turn up to
 * {@code annotator.queue-wait}, then gets 503 with Retry-After. Thread-safe.
 */
@Singleton
public class Permits {

    private final Semaphore permits;
    private final int size;
    private final Duration wait;

    @Inject
    public Permits(AnnotatorConfig config) {
        this(slots(config.maxConcurrent()), config.queueWait());
    }

    /**
     * The slots {@code annotator.max-concurrent} asks for: 0 means twice the cores; a negative number is
     * refused, not taken for 0, since it is a mistake whose meaning nobody can guess.
     */
    static int slots(int maxConcurrent) {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("annotator.max-concurrent cannot be negative (0: twice the cores): "
                    + maxConcurrent);
        }
        return maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
    }

    Permits(int size, Duration wait) {
        if (size < 1) {
            throw new IllegalArgumentException("annotator.max-concurrent must be positive: " + size);
        }
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.wait = wait;
    }

    /** A turn to annotate, held until closed; waits for one up to the queue wait. */
    public Turn take() {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BackgroundLoad.NotReadyException("all " + size + " annotation slots stayed busy for "
                        + wait.toSeconds() + " s (annotator.max-concurrent, annotator.queue-wait); retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackgroundLoad.NotReadyException("interrupted while waiting for an annotation slot");
        }
        return permits::release;
    }

    /** One turn. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
