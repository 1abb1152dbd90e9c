package newsroom.annotator.api;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.input.SizeLimit;

/** Builds the one annotator at start-up, so that the first request is as fast as the hundredth. */
public final class AnnotatorProducer {

    @Produces
    @Singleton
    @Startup
    Annotator annotator(AnnotatorConfig config) {
        return Annotator.create(new AnnotatorSettings(AnnotatorSettings.parseLanguages(config.languages()),
                config.dictionaries().map(Path::of)));
    }

    @Produces
    @Singleton
    SizeLimit sizeLimit(AnnotatorConfig config) {
        return new SizeLimit(config.maxBytes());
    }
}
