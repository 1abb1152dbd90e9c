package newsroom.annotator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsroom.annotator.api.BackgroundLoad.State;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void loadingUntilTheBuildReturnsThenReady() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> {
            await(release);
            return "models";
        }, e -> { });
        assertEquals(State.LOADING, load.state());
        assertEquals(-1, load.millis());
        release.countDown();
        assertEquals("models", load.get(PATIENCE));
        assertEquals(State.READY, load.state());
        assertTrue(load.millis() >= 0);
        assertTrue(load.failure().isEmpty());
    }

    @Test
    void aCallerDuringLoadingIsServedOnceLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> {
            await(release);
            return "models";
        }, e -> { });
        CompletableFuture<String> caller = CompletableFuture.supplyAsync(() -> load.get(PATIENCE));
        Thread.sleep(50);
        assertTrue(!caller.isDone(), "the caller waits while the models load");
        release.countDown();
        assertEquals("models", caller.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCallerThatWaitedLongEnoughIsToldToRetry() {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> {
            await(release);
            return "models";
        }, e -> { });
        BackgroundLoad.NotReadyException notReady = assertThrows(BackgroundLoad.NotReadyException.class,
                () -> load.get(Duration.ofMillis(20)));
        assertTrue(notReady.getMessage().contains("still loading"), notReady.getMessage());
        release.countDown();
    }

    @Test
    void whatWaitsForTheValueRunsOnceItIsBuiltAndNeverAfterAFailure() throws Exception {
        CompletableFuture<String> told = new CompletableFuture<>();
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> "models", e -> { });
        load.whenReady(told::complete);
        assertEquals("models", told.get(30, TimeUnit.SECONDS));

        AtomicBoolean ran = new AtomicBoolean();
        BackgroundLoad<String> failed = BackgroundLoad.start("test-loader", () -> {
            throw new IllegalStateException("no models");
        }, e -> { });
        failed.whenReady(value -> ran.set(true));
        while (failed.state() == State.LOADING) {
            Thread.sleep(5);
        }
        assertFalse(ran.get());
    }

    @Test
    void aFailedLoadIsReportedToTheListenerAndToCallers() throws Exception {
        IllegalArgumentException cause = new IllegalArgumentException("dictionaries folder not found: /nowhere");
        CompletableFuture<Throwable> told = new CompletableFuture<>();
        BackgroundLoad<String> load = BackgroundLoad.start("test-loader", () -> {
            throw cause;
        }, told::complete);
        assertSame(cause, told.get(10, TimeUnit.SECONDS));
        assertEquals(State.FAILED, load.state());
        assertSame(cause, load.failure().orElseThrow());
        BackgroundLoad.NotReadyException notReady = assertThrows(BackgroundLoad.NotReadyException.class,
                () -> load.get(PATIENCE));
        assertTrue(notReady.getMessage().contains("/nowhere"), notReady.getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
