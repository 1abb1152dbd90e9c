package newsroom.annotator.api;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.function.BiFunction;
import newsroom.annotator.Annotator;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.BodyText;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Article;
import newsroom.annotator.pipeline.Deadline;

/**
 * {@code POST /annotate}: an article as plain text, HTML or a JSON request in, its annotation out; and
 * {@code POST /annotate/batch}. {@link RequestIntake} has read an article's body before a method here
 * runs; each article is annotated within {@code annotator.time-budget}, in its turn ({@link Permits}), and stops
 * when its client leaves.
 */
@Path("/annotate")
public class AnnotateResource {

    static final String NDJSON = "application/x-ndjson";

    private final BackgroundLoad<Annotator> annotator;
    private final Limits limits;
    private final Duration startupWait;
    private final Duration timeBudget;
    private final Workload workload;
    private final Permits permits;
    private final AnnotationWriter writer = new AnnotationWriter();

    public AnnotateResource(BackgroundLoad<Annotator> annotator, Limits limits, AnnotatorConfig config, Workload workload,
                            Permits permits) {
        this.annotator = annotator;
        this.limits = limits;
        this.startupWait = config.startupWait();
        this.timeBudget = config.timeBudget();
        this.workload = workload;
        this.permits = permits;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput plainText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                            @Context RoutingContext context) {
        return annotate(context, body, type, limits.text(), (annotator, text) -> annotator.plainText().read(null, text));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput html(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                       @Context RoutingContext context) {
        return annotate(context, body, type, limits.page(), (annotator, page) -> annotator.html().read(null, page));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput json(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                       @Context RoutingContext context) {
        return annotate(context, body, type, limits.page(), (annotator, request) -> annotator.requests().read(request));
    }

    /** NDJSON requests in, one annotation or error line out per line, in order, streamed. */
    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    public StreamingOutput batch(InputStream body, @Context RoutingContext context) {
        return new BatchStream(annotator(), limits, timeBudget, Caller.of(context), body, permits, workload);
    }

    /**
     * Checks the body's size against {@code limit}, then reads the article (the body decoded) and annotates it
     * in one turn: a page's parse holds memory as its annotation does. The answer is written as it is
     * serialised, after the turn: an article of 1 MB has an answer of several, which as one String would be
     * copied whole three times (the String, its UTF-8 bytes, the socket's native buffer; README "Service memory").
     */
    private StreamingOutput annotate(RoutingContext context, byte[] body, MediaType type, SizeLimit limit,
                            BiFunction<Annotator, String, Article> read) {
        limit.check(body.length);
        Annotator loaded = annotator();
        try (Permits.Turn turn = permits.take(); Workload.Running running = workload.begin()) {
            Article article = read.apply(loaded, decode(body, type));
            limits.text().checkText(article.text());
            Deadline deadline = Deadline.after(timeBudget);
            Caller.of(context).working(deadline);
            return new AnnotationAnswer(loaded.annotate(article, deadline), writer);
        }
    }

    /** The annotator, once loaded: a request that comes during start-up waits for it, then gets 503. */
    private Annotator annotator() {
        return annotator.get(startupWait);
    }

    /** The body as text in the charset its Content-Type names (UTF-8 when none), strictly. */
    private static String decode(byte[] body, MediaType type) {
        if (body.length == 0) {
            throw BadInputException.malformed("the body is empty");
        }
        return BodyText.decode(body, 0, body.length, charset(type), "the body");
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw BadInputException.malformed("unknown charset " + BadInputException.echo(name));
        }
    }
}
