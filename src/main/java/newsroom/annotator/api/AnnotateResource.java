package newsroom.annotator.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import newsroom.annotator.Annotator;
import newsroom.annotator.batch.BatchRunner;
import newsroom.annotator.batch.Progress;
import newsroom.annotator.batch.RecordAnnotator;
import newsroom.annotator.batch.RecordSource;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Article;

/** {@code POST /annotate}: an article as plain text, HTML or a JSON request in, its annotation out. */
@Path("/annotate")
public class AnnotateResource {

    static final String NDJSON = "application/x-ndjson";

    private final BackgroundLoad<Annotator> annotator;
    private final SizeLimit limit;
    private final Duration startupWait;
    private final AnnotationWriter writer = new AnnotationWriter();

    public AnnotateResource(BackgroundLoad<Annotator> annotator, SizeLimit limit, AnnotatorConfig config) {
        this.annotator = annotator;
        this.limit = limit;
        this.startupWait = config.startupWait();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public String plainText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        return annotate(annotator().plainText().read(null, decode(body, type)));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Produces(MediaType.APPLICATION_JSON)
    public String html(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        return annotate(annotator().html().read(null, decode(body, type)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String json(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        return annotate(annotator().requests().read(decode(body, type)));
    }

    /** NDJSON requests in, one annotation or error line out per line, in order, streamed. */
    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    public StreamingOutput batch(InputStream body) {
        BatchRunner runner = new BatchRunner(new RecordAnnotator(annotator(), limit), 1);
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            runner.run(RecordSource.ndjson(body, "line"), line -> {
                try {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, Progress.SILENT);
            out.flush();
        };
    }

    private String annotate(Article article) {
        return writer.toJson(annotator().annotate(article));
    }

    /** The annotator, once loaded: a request that comes during start-up waits for it, then gets 503. */
    private Annotator annotator() {
        return annotator.get(startupWait);
    }

    /** The body as text in the charset its Content-Type names (UTF-8 when none), strictly. */
    private String decode(byte[] body, MediaType type) {
        limit.check(body.length);
        if (body.length == 0) {
            throw BadInputException.malformed("the body is empty");
        }
        Charset charset = charset(type);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw BadInputException.malformed("the body is not valid " + charset.name());
        }
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw BadInputException.malformed("unknown charset '" + name + "'");
        }
    }
}
