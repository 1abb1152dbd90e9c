package newsroom.annotator.api;

import java.time.Duration;

/**
 * The service's own settings, checked as it starts: a bad one stops it with a message that names the
 * property, rather than being put right silently or failing at the first request that reads it. The size
 * limits check themselves ({@link newsroom.annotator.input.SizeLimit}); languages, dictionaries and
 * stages are checked by the annotator's load ({@link AnnotatorProducer}).
 */
final class SettingsCheck {

    private SettingsCheck() {
    }

    /** @throws IllegalArgumentException naming the first bad setting and its value */
    static void check(AnnotatorConfig config) {
        positive("annotator.time-budget", config.timeBudget());
        positive("annotator.upload-timeout", config.uploadTimeout());
        notNegative("annotator.queue-wait", config.queueWait());
        notNegative("annotator.startup-wait", config.startupWait());
        Permits.slots(config.maxConcurrent());
    }

    private static void positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive: " + value);
        }
    }

    private static void notNegative(String property, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(property + " cannot be negative (0: no wait): " + value);
        }
    }
}
