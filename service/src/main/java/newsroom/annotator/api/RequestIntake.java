package newsroom.annotator.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.json.AnnotationWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first handler of {@code POST /annotate} and {@code POST /annotate/batch}, on the event loop, before
 * Quarkus's own body limit and the REST layer. It refuses what cannot be annotated before reading it: no
 * Content-Type (415), a Content-Length over the limit (413). An article's body it then reads itself,
 * without blocking, against its limit as it arrives (text/plain: {@code annotator.max-bytes}, HTML and
 * JSON: {@code annotator.max-page-bytes}) and within {@code annotator.upload-timeout} (408), so that a
 * worker thread only ever gets a body that has fully arrived and a slow upload holds none. A batch body
 * streams to its worker as before. Every refusal is problem+json and closes the connection. For both it
 * notes when the client goes away ({@link Caller}), so that the work for it stops.
 */
@ApplicationScoped
public class RequestIntake {

    /** Before Quarkus's upload limit (which answers a bare 413) and everything that reads a body. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final SizeLimit textLimit;
    private final SizeLimit pageLimit;
    private final SizeLimit batchLimit;
    private final long uploadMillis;
    private final AnnotationWriter writer = new AnnotationWriter();

    public RequestIntake(AnnotatorConfig config, Limits limits,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.textLimit = limits.text();
        this.pageLimit = limits.page();
        this.batchLimit = new SizeLimit(maxBodySize.asLongValue(), "quarkus.http.limits.max-body-size");
        this.uploadMillis = config.uploadTimeout().toMillis();
    }

    void install(@Observes Router router) {
        router.post("/annotate").order(ORDER).handler(this::article);
        router.post("/annotate/batch").order(ORDER).handler(this::batch);
    }

    private void article(RoutingContext context) {
        String type = mediaType(context.request());
        if (type == null) {
            refuse(context, BadInputException.unsupportedType("a body without a Content-Type"));
            return;
        }
        SizeLimit limit = switch (type) {
            case "text/plain" -> textLimit;
            case "text/html", "application/json" -> pageLimit;
            default -> null;
        };
        if (limit == null) {
            context.next(); // the REST layer answers 415 without reading the body
            return;
        }
        if (refusedBySize(context, limit)) {
            return;
        }
        watchCaller(context);
        readBody(context, limit);
    }

    private void batch(RoutingContext context) {
        if (mediaType(context.request()) == null) {
            refuse(context, BadInputException.unsupportedType("a body without a Content-Type"));
            return;
        }
        if (refusedBySize(context, batchLimit)) {
            return;
        }
        watchCaller(context);
        context.next();
    }

    /** The media type without its parameters, lower case; null when the request names none. */
    private static String mediaType(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.isBlank()) {
            return null;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private boolean refusedBySize(RoutingContext context, SizeLimit limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < 0) {
            refuse(context, BadInputException.malformed("Content-Length is not a number of bytes: "
                    + BadInputException.echo(length)));
            return true;
        }
        if (bytes > limit.maxBytes()) {
            refuse(context, limit.tooLarge(bytes));
            return true;
        }
        return false;
    }

    private static void watchCaller(RoutingContext context) {
        Caller caller = new Caller();
        caller.attachTo(context);
        context.addEndHandler(result -> {
            if (result.failed()) {
                caller.left();
            }
        });
    }

    /** Reads the whole body without blocking, then hands the request on with it; or refuses it. */
    private void readBody(RoutingContext context, SizeLimit limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        long timer = context.vertx().setTimer(uploadMillis, id -> {
            if (!request.isEnded()) {
                refuse(context, new BadInputException(408, "Request Timeout", "the body did not arrive within "
                        + uploadMillis / 1000.0 + " s (annotator.upload-timeout)"));
            }
        });
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit.maxBytes()) {
                context.vertx().cancelTimer(timer);
                refuse(context, limit.exceeded());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            context.vertx().cancelTimer(timer);
            refuse(context, BadInputException.malformed("the body could not be read: " + failure.getMessage()));
        });
        request.endHandler(end -> {
            context.vertx().cancelTimer(timer);
            if (!context.response().ended()) {
                context.setBody(body);
                context.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    /** Answers problem+json and closes the connection: what the client still sends is not read. */
    private void refuse(RoutingContext context, BadInputException problem) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(writer.problem(problem))
                .onComplete(sent -> context.request().connection().close());
    }
}
