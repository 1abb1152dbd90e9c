package newsroom.annotator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service as users start it (the packaged jar), given one bad setting at a time: it stops at start-up
 * with status 1 and a message naming the property, rather than putting the value right silently (a
 * negative {@code annotator.max-concurrent} was taken for 0) or failing later, at the first request.
 */
class BadSettingsIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @ParameterizedTest
    @CsvSource({
        "annotator.max-concurrent, -1",
        "annotator.queue-wait, -1s",
        "annotator.startup-wait, -5s",
        "annotator.time-budget, 0s",
        "annotator.upload-timeout, 0s",
        "annotator.max-bytes, 0",
        "annotator.max-page-bytes, -1",
        "annotator.languages, 'en,xx'",
        "annotator.skip-stages, postz",
    })
    void aBadSettingStopsTheServiceAtStartNamingTheProperty(String property, String value, @TempDir Path folder)
            throws Exception {
        Path log = folder.resolve("service.log");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-D" + property + "=" + value, "-Dquarkus.http.port=0", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(service.waitFor(2, TimeUnit.MINUTES), "still running with " + property + "=" + value);
        } finally {
            service.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(1, service.exitValue(), output);
        assertTrue(output.contains(property), "the message should name " + property + ":\n" + output);
    }
}
