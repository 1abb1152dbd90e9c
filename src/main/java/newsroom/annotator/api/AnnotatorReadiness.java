package newsroom.annotator.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import newsroom.annotator.Annotator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the annotator (language models and dictionaries) is loaded. */
@Readiness
@ApplicationScoped
public class AnnotatorReadiness implements HealthCheck {

    @Inject
    Annotator annotator;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("annotator")
                .withData("languages", String.join(",", annotator.languages()))
                .withData("stages", String.join(",", annotator.stages()))
                .up()
                .build();
    }
}
