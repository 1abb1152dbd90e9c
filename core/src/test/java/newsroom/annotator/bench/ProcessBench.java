package newsroom.annotator.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the built annotator as real processes: the batch tool pinned to 1 and to all cores, and the
 * HTTP service under a bounded load from the JDK's HttpClient, watching each one's peak memory.
 */
final class ProcessBench {

    /** One batch run. */
    record BatchRun(int cores, long records, double seconds, double steadyRecordsPerSecond, double peakMb) {
    }

    /** Latencies of one load level. */
    record Load(int callers, long requests, double seconds, double p50Ms, double p99Ms) {

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /** The service's figures. */
    record Server(double startToReadySeconds, double startToFirstAnswerSeconds, double firstRequestMs,
                  double hundredthRequestMs, List<Load> loads, double peakMb) {
    }

    private final Path jar;
    private final List<String> jvmOptions;

    ProcessBench(Path jar, List<String> jvmOptions) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
    }

    /** The batch tool over an NDJSON file, on the first {@code cores} cores only. */
    BatchRun batch(Path ndjson, int cores) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cores == 1 ? "0" : "0-" + (cores - 1), "java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "annotate", "--threads", String.valueOf(cores), ndjson.toString()));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long records = 0;
        long first = 0;
        long last = 0;
        try (PeakMemory memory = new PeakMemory(process);
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            while (out.readLine() != null) {
                last = System.nanoTime();
                if (records++ == 0) {
                    first = last;
                }
            }
            process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            double steady = records > 1 ? (records - 1) / ((last - first) / 1e9) : 0;
            return new BatchRun(cores, records, seconds, steady, memory.peakMegabytes());
        }
    }

    /**
     * Start-up to readiness and to the first answer, the first request against the hundredth, then 1 and
     * 16 concurrent callers.
     */
    Server server(List<String> bodies, int port, Duration perLevel) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://localhost:" + port + "/annotate");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (PeakMemory memory = new PeakMemory(process)) {
            URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
            while (status(client, ready) != 200) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server stopped at start-up");
                }
                Thread.sleep(10);
            }
            double startToReady = (System.nanoTime() - started) / 1e9;
            long firstSent = System.nanoTime();
            post(client, uri, bodies.get(0));
            double firstMs = (System.nanoTime() - firstSent) / 1e6;
            double startToFirst = (System.nanoTime() - started) / 1e9;
            double hundredthMs = 0;
            for (int i = 2; i <= 100; i++) {
                long t0 = System.nanoTime();
                post(client, uri, bodies.get(0));
                hundredthMs = (System.nanoTime() - t0) / 1e6;
            }
            List<Load> loads = new ArrayList<>();
            load(client, uri, bodies, 1, Duration.ofSeconds(3)); // warm-up, not reported
            for (int callers : List.of(1, 16)) {
                loads.add(load(client, uri, bodies, callers, perLevel));
            }
            return new Server(startToReady, startToFirst, firstMs, hundredthMs, loads, memory.peakMegabytes());
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static Load load(HttpClient client, URI uri, List<String> bodies, int callers, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    long t0 = System.nanoTime();
                    int status = post(client, uri, bodies.get(i % bodies.size()));
                    if (status != 200) {
                        throw new IllegalStateException("status " + status);
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Load(callers, all.size(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static int status(HttpClient client, URI uri) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return 0;
        }
    }

    private static int post(HttpClient client, URI uri, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
