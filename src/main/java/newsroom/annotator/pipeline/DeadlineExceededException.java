package newsroom.annotator.pipeline;

/**
 * An annotation stopped by its {@link Deadline}: its time budget was spent, or its caller cancelled it.
 * The HTTP edge answers 422 (budget) with problem+json, the batch tool writes an error line.
 */
public final class DeadlineExceededException extends RuntimeException {

    private final boolean cancelled;

    DeadlineExceededException(boolean cancelled, String message) {
        super(message, null, false, false);
        this.cancelled = cancelled;
    }

    /** Whether the caller cancelled the work (rather than the budget running out). */
    public boolean cancelled() {
        return cancelled;
    }
}
