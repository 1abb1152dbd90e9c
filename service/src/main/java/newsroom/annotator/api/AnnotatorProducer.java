package newsroom.annotator.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.input.Limits;
import org.jboss.logging.Logger;

/**
 * Starts loading the one annotator (Lingua's models, the dictionaries) in the background as the server
 * starts: liveness is up at once, readiness once it has loaded and {@link EndpointWarmUp} has run the
 * endpoint on a sample (which warms the annotator's code with the HTTP layers', so it is not warmed
 * twice), and requests that come earlier wait for it (see {@link AnnotatorConfig#startupWait()}). A load
 * that fails (a bad language code, a missing dictionaries folder) stops the server with status 1 and the
 * settings it was loaded with, as a configuration error should.
 */
public final class AnnotatorProducer {

    private static final Logger LOG = Logger.getLogger(AnnotatorProducer.class);

    @Produces
    @Singleton
    @Startup
    BackgroundLoad<Annotator> annotator(AnnotatorConfig config) {
        AnnotatorSettings settings = new AnnotatorSettings(AnnotatorSettings.parseLanguages(config.languages()),
                config.dictionaries().map(Path::of),
                Set.copyOf(config.skipStages().map(AnnotatorSettings::parseLanguages).orElse(List.of())))
                .withMaxTextBytes(config.maxBytes());
        if (settings.languages().equals(List.of("all"))) {
            LOG.info("loading the models of every language Lingua knows (75; about a minute and 1.5 GB of heap)");
        }
        return BackgroundLoad.start("annotator-loader", () -> {
            Annotator annotator = Annotator.create(settings);
            annotator.misspelledDictionaries().forEach(file -> LOG.warnf("the dictionaries folder's %s is not a list "
                    + "the annotator reads (misspelled?); it is ignored", file));
            LOG.infof("annotator loaded: languages %s, stages %s", annotator.languages(), annotator.stages());
            return annotator;
        }, failure -> {
            LOG.errorf(failure, "the annotator cannot load with annotator.languages=%s, annotator.dictionaries=%s, "
                    + "annotator.skip-stages=%s: %s; stopping", config.languages(), config.dictionaries().orElse("(packaged)"),
                    config.skipStages().orElse(""), failure.getMessage());
            Quarkus.asyncExit(1);
        });
    }

    /**
     * Both limits, made when the server starts, after the other settings are checked ({@link SettingsCheck}):
     * a limit of 0, like any bad setting, stops it with the property's name.
     */
    @Produces
    @Singleton
    @Startup
    Limits limits(AnnotatorConfig config) {
        SettingsCheck.check(config);
        return Limits.of(config.maxBytes(), config.maxPageBytes());
    }
}
