package newsroom.annotator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PermitsTest {

    @Test
    void aRequestThatFindsEverySlotBusyForTheQueueWaitGetsA503AndTheNextTurnComesWhenOneIsFree() {
        Permits permits = new Permits(1, Duration.ofMillis(50));
        Permits.Turn first = permits.take();
        BackgroundLoad.NotReadyException busy = assertThrows(BackgroundLoad.NotReadyException.class, permits::take);
        assertTrue(busy.getMessage().contains("annotator.max-concurrent"), busy.getMessage());
        first.close();
        permits.take().close();
    }

    /** A negative annotator.max-concurrent was taken for 0 (twice the cores); it is refused, by its name. */
    @Test
    void aNegativeMaxConcurrentIsRefusedNamingTheSettingAndZeroMeansTwiceTheCores() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Permits.slots(-1));
        assertTrue(negative.getMessage().startsWith("annotator.max-concurrent cannot be negative"), negative.getMessage());
        assertEquals(2 * Runtime.getRuntime().availableProcessors(), Permits.slots(0));
        assertEquals(3, Permits.slots(3));
    }
}
