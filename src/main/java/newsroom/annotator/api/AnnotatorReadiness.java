package newsroom.annotator.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import newsroom.annotator.Annotator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the annotator (language models and dictionaries) has loaded; down while it loads or if it failed. */
@Readiness
@ApplicationScoped
public class AnnotatorReadiness implements HealthCheck {

    private final BackgroundLoad<Annotator> annotator;

    public AnnotatorReadiness(BackgroundLoad<Annotator> annotator) {
        this.annotator = annotator;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("annotator");
        return switch (annotator.state()) {
            case LOADING -> response.withData("state", "loading").down().build();
            case FAILED -> response.withData("state", "failed")
                    .withData("error", String.valueOf(annotator.failure().map(Throwable::getMessage).orElse(null)))
                    .down().build();
            case READY -> {
                Annotator loaded = annotator.get(Duration.ZERO);
                yield response.withData("state", "ready")
                        .withData("languages", String.join(",", loaded.languages()))
                        .withData("stages", String.join(",", loaded.stages()))
                        .withData("loadMillis", annotator.millis())
                        .up().build();
            }
        };
    }
}
