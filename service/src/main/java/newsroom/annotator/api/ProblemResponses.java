package newsroom.annotator.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.pipeline.DeadlineExceededException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json (RFC 9457) with a status that says why. */
public class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Loading the models takes seconds (docs/container.md): ask again soon. */
    private static final int RETRY_AFTER_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    private final AnnotationWriter writer = new AnnotationWriter();

    @ServerExceptionMapper
    public Response badInput(BadInputException e) {
        return problem(e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response notReady(BackgroundLoad.NotReadyException e) {
        return Response.fromResponse(problem(503, "Service Unavailable", e.getMessage()))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 415 -> "cannot annotate this media type; send text/plain, text/html, application/json "
                    + "or application/x-ndjson (batch)";
            case 413 -> "the body is over the size limit";
            default -> e.getMessage();
        };
        return problem(status, title, detail);
    }

    /**
     * 422, not 503: the budget is far above any real article's time, so the same article would run out of
     * it again, and a 503 invites clients and proxies to retry it, each retry costing the budget once more.
     */
    @ServerExceptionMapper
    public Response overBudget(DeadlineExceededException e) {
        if (e.cancelled()) {
            // nobody reads this: the client has gone
            return problem(503, "Service Unavailable", e.getMessage());
        }
        return problem(422, "Time budget exceeded", e.getMessage()
                + " (annotator.time-budget); the article is unusual in its make-up: sending it again will not help");
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("annotation failed", e);
        return problem(500, "Annotation failed", "the annotator failed on this input; the error is logged");
    }

    private Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(writer.problem(status, title, detail)).build();
    }
}
