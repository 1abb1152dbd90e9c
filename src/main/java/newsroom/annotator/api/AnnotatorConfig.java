package newsroom.annotator.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The service's settings, under {@code annotator.*} in application.properties or the environment. */
@ConfigMapping(prefix = "annotator")
public interface AnnotatorConfig {

    /** ISO 639-1 codes the detector tells apart, comma-separated, or {@code all}. */
    @WithDefault("en,es")
    String languages();

    /** A folder whose word lists replace the packaged dictionaries of the same name. */
    Optional<String> dictionaries();

    /** Stages not to run, comma-separated ({@code posts}, {@code quotes}, {@code types}); none by default. */
    Optional<String> skipStages();

    /**
     * The largest article text, in bytes of UTF-8: a plain-text body, a JSON request's {@code text}, the text
     * read out of an HTML page.
     */
    @WithDefault("1048576")
    long maxBytes();

    /**
     * The largest raw input, in bytes: an HTML or JSON body of {@code POST /annotate}, a line of
     * {@code POST /annotate/batch}. Read against as it arrives: nothing past it is buffered.
     */
    @WithDefault("8388608")
    long maxPageBytes();

    /**
     * How long the annotation of one article may take; past it the request gets 422 problem+json (a batch
     * line an error line). Far above any real article's time, which is milliseconds.
     */
    @WithDefault("10s")
    Duration timeBudget();

    /** How many articles are annotated at once; 0: twice the number of cores. */
    @WithDefault("0")
    int maxConcurrent();

    /** How long a request waits for its turn when {@link #maxConcurrent()} articles are being annotated (503 after). */
    @WithDefault("30s")
    Duration queueWait();

    /**
     * How long a client may take to send the body of {@code POST /annotate}; past it the request gets
     * 408 problem+json and its connection is closed. The body is read off the worker threads meanwhile.
     */
    @WithDefault("30s")
    Duration uploadTimeout();

    /**
     * How long a request that arrives while the models are still loading waits for them before it gets
     * 503 problem+json (readiness tells an orchestrator not to send it yet).
     */
    @WithDefault("30s")
    Duration startupWait();
}
