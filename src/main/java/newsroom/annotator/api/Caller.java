package newsroom.annotator.api;

import io.vertx.ext.web.RoutingContext;
import newsroom.annotator.pipeline.Deadline;

/**
 * The client of one request, as the HTTP edge sees it: gone once its connection closed. The work done for
 * it is stopped then, at the work's next deadline check. Thread-safe: the event loop learns that the
 * client left, a worker thread annotates.
 */
final class Caller {

    private static final String KEY = Caller.class.getName();
    static final String GONE = "the client closed the connection";

    private volatile boolean gone;
    private volatile Deadline work;

    /** The caller of this request, made by {@link RequestIntake}; a new one when the request did not pass it. */
    static Caller of(RoutingContext context) {
        Caller caller = context == null ? null : context.get(KEY);
        return caller != null ? caller : new Caller();
    }

    void attachTo(RoutingContext context) {
        context.put(KEY, this);
    }

    /** The deadline of the work now done for this caller: cancelled at once if the caller is gone already. */
    void working(Deadline deadline) {
        work = deadline;
        if (gone) {
            deadline.cancel(GONE);
        }
    }

    void left() {
        gone = true;
        Deadline deadline = work;
        if (deadline != null) {
            deadline.cancel(GONE);
        }
    }

    boolean gone() {
        return gone;
    }
}
