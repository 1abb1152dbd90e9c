package newsroom.annotator.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import newsroom.annotator.Annotator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the annotator (language models and dictionaries) has loaded and the endpoint has been warmed
 * up with it; down while it loads or warms up, if it failed, and while the service is stalled: an
 * annotation has run past its time budget by {@link Stall#READINESS_GRACE} (a stage that does not check
 * its deadline), so that a load balancer sends requests elsewhere meanwhile.
 */
@Readiness
@ApplicationScoped
public class AnnotatorReadiness implements HealthCheck {

    private final BackgroundLoad<Annotator> annotator;
    private final BooleanSupplier warmedUp;
    private final Stall stall;

    @Inject
    public AnnotatorReadiness(BackgroundLoad<Annotator> annotator, EndpointWarmUp warmUp, Stall stall) {
        this(annotator, warmUp::done, stall);
    }

    AnnotatorReadiness(BackgroundLoad<Annotator> annotator, BooleanSupplier warmedUp, Stall stall) {
        this.annotator = annotator;
        this.warmedUp = warmedUp;
        this.stall = stall;
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
                if (!warmedUp.getAsBoolean()) {
                    yield response.withData("state", "warming-up").down().build();
                }
                if (stall.notReady()) {
                    yield stall.describe(response.withData("state", "stalled")).down().build();
                }
                Annotator loaded = annotator.get(Duration.ZERO);
                yield stall.describe(response.withData("state", "ready"))
                        .withData("languages", String.join(",", loaded.languages()))
                        .withData("stages", String.join(",", loaded.stages()))
                        .withData("loadMillis", annotator.millis())
                        .up().build();
            }
        };
    }
}
