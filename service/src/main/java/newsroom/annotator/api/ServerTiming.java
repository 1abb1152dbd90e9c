package newsroom.annotator.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells the caller how long the service spent on a request, reading the body and annotating included, in a
 * {@code Server-Timing: annotate;dur=12.3} header (milliseconds): the review page shows it beside the
 * round trip it measures itself, which adds the transfer. The batch's streamed answer gets none: its
 * work is still to come when the headers leave.
 */
public class ServerTiming {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started && !(response.getEntity() instanceof BatchStream)) {
            double millis = (System.nanoTime() - started) / 1e6;
            response.getHeaders().putSingle(HEADER, String.format(Locale.ROOT, "annotate;dur=%.1f", millis));
        }
    }
}
