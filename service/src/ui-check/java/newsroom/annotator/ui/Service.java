package newsroom.annotator.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service the page is loaded from: one already running when {@code -Dui.url=http://host:port/} names
 * it, else the build's own ({@code target/quarkus-app}) started on a free port and stopped at the end.
 */
final class Service implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final URI root;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private Service(URI root, Process process) {
        this.root = root;
        this.process = process;
    }

    static Service startOrFind(Path logFile) throws IOException, InterruptedException {
        String url = System.getProperty("ui.url", "").trim();
        if (!url.isEmpty()) {
            Service running = new Service(URI.create(url.endsWith("/") ? url : url + "/"), null);
            running.awaitReady();
            return running;
        }
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it first (./mvnw package -DskipTests; bin/ui-check does)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        // the memory settings of README "The service"
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-Xmx256m", "-Xss4m",
                "-Dquarkus.http.port=" + port, "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Service started = new Service(URI.create("http://localhost:" + port + "/"), builder.start());
        started.awaitReady();
        return started;
    }

    /** The page's address: the service's root. */
    URI page() {
        return root;
    }

    /** What the service answers to a body posted straight to /annotate, as the page would post it. */
    HttpResponse<String> annotate(String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("annotate"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(root.resolve("q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens a few seconds after the JVM starts
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service at " + root + " was not ready within " + READY_WITHIN.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
