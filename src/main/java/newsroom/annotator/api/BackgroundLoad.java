package newsroom.annotator.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value built once on its own thread, so that the server answers health checks while it loads:
 * {@link State#LOADING} until the build returns, then {@link State#READY}, or {@link State#FAILED} with
 * the build's error. Callers wait for it a bounded time. Thread-safe.
 *
 * @param <T> what is built
 */
public final class BackgroundLoad<T> {

    /** Where the load is. */
    public enum State { LOADING, READY, FAILED }

    private final CompletableFuture<T> value = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();
    private volatile long millis = -1;
    private volatile Throwable failure;

    private BackgroundLoad() {
    }

    /**
     * Starts building the value on a new daemon thread named {@code name}; {@code onFailure} is told
     * when the build throws.
     */
    public static <T> BackgroundLoad<T> start(String name, Supplier<T> build, Consumer<Throwable> onFailure) {
        BackgroundLoad<T> load = new BackgroundLoad<>();
        Thread thread = new Thread(() -> load.run(build, onFailure), name);
        thread.setDaemon(true);
        thread.start();
        return load;
    }

    private void run(Supplier<T> build, Consumer<Throwable> onFailure) {
        T built;
        try {
            built = build.get();
        } catch (Throwable e) {
            millis = elapsedMillis();
            failure = e;
            value.completeExceptionally(e);
            onFailure.accept(e);
            return;
        }
        millis = elapsedMillis();
        value.complete(built);
    }

    /** Runs {@code action} with the value once it is built (at once if it is); never if the build failed. */
    public void whenReady(Consumer<T> action) {
        value.thenAccept(action);
    }

    public State state() {
        if (!value.isDone()) {
            return State.LOADING;
        }
        return value.isCompletedExceptionally() ? State.FAILED : State.READY;
    }

    /**
     * The value, waiting for it up to {@code wait}.
     *
     * @throws NotReadyException when it is still loading after that, or its load failed
     */
    public T get(Duration wait) {
        try {
            return value.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotReadyException("the language models and dictionaries are still loading; retry shortly");
        } catch (ExecutionException e) {
            throw new NotReadyException("the annotator failed to load: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReadyException("interrupted while waiting for the annotator to load");
        }
    }

    /** Why the load failed, once it has. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** How long the build took, in milliseconds; -1 while it is still loading. */
    public long millis() {
        return millis;
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** A request came before the annotator was ready (or its load failed, or it was too busy): 503, retry later. */
    public static final class NotReadyException extends RuntimeException {
        NotReadyException(String message) {
            super(message);
        }
    }
}
