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

    /** The largest article, in bytes, that {@code POST /annotate} takes (and each line of a batch). */
    @WithDefault("1048576")
    long maxBytes();

    /**
     * How long a request that arrives while the models are still loading waits for them before it gets
     * 503 problem+json (readiness tells an orchestrator not to send it yet).
     */
    @WithDefault("30s")
    Duration startupWait();
}
