package newsroom.annotator.api;

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
}
