package newsroom.annotator.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether the service is stalled: an annotation has run longer than its time budget and a grace. Every
 * stage checks its deadline, so that only happens when one does not (or the machine is starved); the
 * readiness check goes down after a short grace, the liveness check after a long one, so that an
 * orchestrator first routes around the service and then restarts it.
 */
@Singleton
public class Stall {

    /** Past the budget by this, readiness goes down. */
    static final Duration READINESS_GRACE = Duration.ofSeconds(5);
    /** Past the budget by this, liveness goes down: the service will not recover by itself. */
    static final Duration LIVENESS_GRACE = Duration.ofSeconds(60);

    private final Workload workload;
    private final Duration timeBudget;
    private final Duration readinessGrace;
    private final Duration livenessGrace;

    @Inject
    public Stall(Workload workload, AnnotatorConfig config) {
        this(workload, config.timeBudget(), READINESS_GRACE, LIVENESS_GRACE);
    }

    Stall(Workload workload, Duration timeBudget, Duration readinessGrace, Duration livenessGrace) {
        this.workload = workload;
        this.timeBudget = timeBudget;
        this.readinessGrace = readinessGrace;
        this.livenessGrace = livenessGrace;
    }

    /** Whether an annotation has run past its budget by the readiness grace: send requests elsewhere. */
    boolean notReady() {
        return stalledBy(readinessGrace);
    }

    /** Whether an annotation has run past its budget by the liveness grace: restart the service. */
    boolean notLive() {
        return stalledBy(livenessGrace);
    }

    private boolean stalledBy(Duration grace) {
        return workload.oldest().compareTo(timeBudget.plus(grace)) > 0;
    }

    HealthCheckResponseBuilder describe(HealthCheckResponseBuilder response) {
        return response.withData("running", workload.running())
                .withData("oldestMillis", workload.oldest().toMillis())
                .withData("timeBudgetMillis", timeBudget.toMillis());
    }
}
