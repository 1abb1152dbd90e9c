package newsroom.annotator.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long one article may take, and whether its caller still wants it. The caller makes one per article
 * ({@link #after(Duration)}), may {@link #cancel(String) cancel} it from any thread (the HTTP client went
 * away, the batch is stopping), and runs the annotation with it bound to the annotating thread
 * ({@link #bind()}). The {@link Pipeline} checks it before every stage; a stage checks it inside its own
 * long loops, so that no input keeps a thread busy past its budget:
 *
 * <pre>{@code
 * Deadline deadline = Deadline.current();   // the article's, or NONE outside an annotation
 * for (Span span : spans) {
 *     deadline.check();                      // throws DeadlineExceededException once it has passed
 *     ...
 * }
 * }</pre>
 *
 * A check costs one clock read and one volatile read: call it once per paragraph, sentence or match, not
 * per character. Stages never catch {@link DeadlineExceededException}; it ends the annotation, and the
 * caller turns it into its answer (problem+json, an error line). Thread-safe.
 */
public final class Deadline {

    /** No budget and no caller to go away: what an annotation runs under when nobody bound one. */
    public static final Deadline NONE = new Deadline(null);

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final Duration budget;
    private final long expiresAt;
    private volatile String cancelled;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.expiresAt = budget == null ? 0 : System.nanoTime() + budget.toNanos();
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + budget);
        }
        return new Deadline(budget);
    }

    /** The deadline bound to this thread, or {@link #NONE}. */
    public static Deadline current() {
        Deadline bound = CURRENT.get();
        return bound == null ? NONE : bound;
    }

    /** Checks the deadline bound to this thread: a shorthand for {@code Deadline.current().check()}. */
    public static void checkCurrent() {
        current().check();
    }

    /** Binds this deadline to the calling thread until the returned scope is closed. */
    public Scope bind() {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Stops the work at its next check; {@code reason} says why ("the client closed the connection"). */
    public void cancel(String reason) {
        if (this == NONE) {
            throw new IllegalStateException("Deadline.NONE cannot be cancelled");
        }
        cancelled = reason;
    }

    /** Whether the work should stop: the budget is spent or the work was cancelled. */
    public boolean passed() {
        return cancelled != null || (budget != null && System.nanoTime() - expiresAt > 0);
    }

    /** @throws DeadlineExceededException when the budget is spent or the work was cancelled */
    public void check() {
        String reason = cancelled;
        if (reason != null) {
            throw new DeadlineExceededException(true, "stopped: " + reason);
        }
        if (budget != null && System.nanoTime() - expiresAt > 0) {
            throw new DeadlineExceededException(false, "the article took longer than its time budget of "
                    + describe(budget));
        }
    }

    /** The budget, or null for {@link #NONE}. */
    public Duration budget() {
        return budget;
    }

    /** "10 s", "250 ms". */
    static String describe(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? TimeUnit.MILLISECONDS.toSeconds(millis) + " s" : millis + " ms";
    }

    /** Unbinds the deadline again. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
