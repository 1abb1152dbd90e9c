package newsroom.annotator.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.input.SizeLimit;
import org.jboss.logging.Logger;

/**
 * Starts loading the one annotator (Lingua's models, the dictionaries) in the background as the server
 * starts: liveness is up at once, readiness once it has loaded, and requests that come earlier wait for
 * it (see {@link AnnotatorConfig#startupWait()}). A load that fails (a bad language code, a missing
 * dictionaries folder) stops the server with status 1, as a configuration error should.
 */
public final class AnnotatorProducer {

    private static final Logger LOG = Logger.getLogger(AnnotatorProducer.class);

    @Produces
    @Singleton
    @Startup
    BackgroundLoad<Annotator> annotator(AnnotatorConfig config) {
        AnnotatorSettings settings = new AnnotatorSettings(AnnotatorSettings.parseLanguages(config.languages()),
                config.dictionaries().map(Path::of));
        return BackgroundLoad.start("annotator-loader", () -> {
            Annotator annotator = Annotator.create(settings);
            LOG.infof("annotator loaded: languages %s, stages %s", annotator.languages(), annotator.stages());
            return annotator;
        }, failure -> {
            LOG.error("the annotator cannot load; stopping", failure);
            Quarkus.asyncExit(1);
        });
    }

    @Produces
    @Singleton
    SizeLimit sizeLimit(AnnotatorConfig config) {
        return new SizeLimit(config.maxBytes());
    }
}
