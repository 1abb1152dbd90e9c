package newsroom.annotator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class NotReadyResponseTest {

    @Test
    void aRequestThatOutwaitsTheLoadingGets503ProblemJsonWithRetryAfter() {
        CountDownLatch never = new CountDownLatch(1);
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "models";
        }, e -> { });
        try {
            load.get(Duration.ofMillis(10));
        } catch (BackgroundLoad.NotReadyException e) {
            Response response = new ProblemResponses().notReady(e);
            assertEquals(503, response.getStatus());
            assertEquals(ProblemResponses.PROBLEM_JSON, response.getMediaType().toString());
            assertEquals("2", response.getHeaderString("Retry-After"));
            assertTrue(response.getEntity().toString().contains("still loading"), response.getEntity().toString());
            return;
        } finally {
            never.countDown();
        }
        throw new AssertionError("the load should still have been running");
    }
}
