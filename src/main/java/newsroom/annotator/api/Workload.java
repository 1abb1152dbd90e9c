package newsroom.annotator.api;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The annotations running now and when each began, for the health checks: an annotation that runs far
 * past its time budget means a stage that does not check its deadline, and the service is stalled.
 * Thread-safe.
 */
@Singleton
public class Workload {

    private final ConcurrentHashMap<Long, Long> started = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    /** Counts one annotation until the returned handle is closed. */
    public Running begin() {
        long id = next.incrementAndGet();
        started.put(id, System.nanoTime());
        return () -> started.remove(id);
    }

    public int running() {
        return started.size();
    }

    /** How long the oldest running annotation has run; zero when none runs. */
    public Duration oldest() {
        long now = System.nanoTime();
        long longest = 0;
        for (long since : started.values()) {
            longest = Math.max(longest, now - since);
        }
        return Duration.ofNanos(longest);
    }

    /** One running annotation. */
    @FunctionalInterface
    public interface Running extends AutoCloseable {
        @Override
        void close();
    }
}
