package newsroom.annotator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class AnnotatorReadinessTest {

    private static final Stall IDLE = new Stall(new Workload(), Duration.ofSeconds(10), Duration.ofSeconds(5),
            Duration.ofSeconds(60));

    @Test
    void readinessIsDownWhileTheModelsLoadAndUpWithTheLanguagesOnceLoaded() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoad<Annotator> load = BackgroundLoad.start("test-loader", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Annotators.shared();
        }, e -> { });
        AnnotatorReadiness readiness = new AnnotatorReadiness(load, () -> true, IDLE);

        HealthCheckResponse loading = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, loading.getStatus());
        assertEquals("loading", loading.getData().orElseThrow().get("state"));

        release.countDown();
        load.get(Duration.ofSeconds(30));
        HealthCheckResponse ready = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertEquals("en,es", ready.getData().orElseThrow().get("languages"));
    }

    @Test
    void readinessWaitsForTheEndpointWarmUpAfterTheLoad() {
        BackgroundLoad<Annotator> load = BackgroundLoad.start("test-loader", Annotators::shared, e -> { });
        load.get(Duration.ofSeconds(30));
        AtomicBoolean warmedUp = new AtomicBoolean();
        AnnotatorReadiness readiness = new AnnotatorReadiness(load, warmedUp::get, IDLE);

        HealthCheckResponse warming = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, warming.getStatus());
        assertEquals("warming-up", warming.getData().orElseThrow().get("state"));

        warmedUp.set(true);
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    }

    @Test
    void readinessStaysDownWithTheReasonWhenLoadingFailed() throws InterruptedException {
        BackgroundLoad<Annotator> load = BackgroundLoad.start("test-loader", () -> {
            throw new IllegalArgumentException("'xx' is not an ISO 639-1 code of a language Lingua knows");
        }, e -> { });
        while (load.state() == BackgroundLoad.State.LOADING) {
            Thread.sleep(5);
        }
        HealthCheckResponse failed = new AnnotatorReadiness(load, () -> true, IDLE).call();
        assertEquals(HealthCheckResponse.Status.DOWN, failed.getStatus());
        assertEquals("'xx' is not an ISO 639-1 code of a language Lingua knows", failed.getData().orElseThrow().get("error"));
    }

    /** Row 1's other half: readiness went on saying up while every worker waited; a stalled annotation shows. */
    @Test
    void readinessGoesDownAndThenLivenessWhileAnAnnotationRunsPastItsBudget() throws InterruptedException {
        BackgroundLoad<Annotator> load = BackgroundLoad.start("test-loader", Annotators::shared, e -> { });
        load.get(Duration.ofSeconds(30));
        Workload workload = new Workload();
        Stall stall = new Stall(workload, Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(200));
        AnnotatorReadiness readiness = new AnnotatorReadiness(load, () -> true, stall);
        AnnotatorLiveness liveness = new AnnotatorLiveness(stall);
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

        try (Workload.Running stuck = workload.begin()) {
            Thread.sleep(100);
            HealthCheckResponse stalled = readiness.call();
            assertEquals(HealthCheckResponse.Status.DOWN, stalled.getStatus());
            assertEquals("stalled", stalled.getData().orElseThrow().get("state"));
            assertEquals(HealthCheckResponse.Status.UP, liveness.call().getStatus());
            Thread.sleep(200);
            assertEquals(HealthCheckResponse.Status.DOWN, liveness.call().getStatus());
        }
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        assertEquals(HealthCheckResponse.Status.UP, liveness.call().getStatus());
    }
}
