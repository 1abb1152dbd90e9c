package newsroom.annotator.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless an annotation has run a minute past its time budget: then a stage ignores its deadline and
 * holds a thread for good, and only a restart frees it (see {@link Stall}).
 */
@Liveness
@ApplicationScoped
public class AnnotatorLiveness implements HealthCheck {

    private final Stall stall;

    public AnnotatorLiveness(Stall stall) {
        this.stall = stall;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = stall.describe(HealthCheckResponse.named("annotator-work"));
        return stall.notLive() ? response.down().build() : response.up().build();
    }
}
