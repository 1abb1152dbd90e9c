package newsroom.annotator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import newsroom.annotator.AdversarialInputs;
import newsroom.annotator.TestArticles;

/**
 * The soak behind {@code bin/soak}: the built service under 16 callers for N minutes, each sending the
 * test articles (plain text, HTML, JSON, each with its own media type) with the adversarial inputs of
 * issue 13 at 256 KB and a 1 MB article mixed in, and a line each minute: requests/s, p50 and p99,
 * errors, and the service's resident memory now and at its peak. An error is any answer but 200, and
 * but 422 for an adversarial input (over its time budget); a refused connection or a timeout is one too.
 *
 * <p>Arguments: {@code [--minutes 10] [--callers 16] [--port 18090] [--jar PATH] [-- JVM options]}.
 */
public final class Soak {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the callers send in turn. */
    private record Body(String name, String type, byte[] bytes, boolean adversarial) {
    }

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        int split = arguments.indexOf("--");
        List<String> jvm = split < 0 ? List.of() : List.copyOf(arguments.subList(split + 1, arguments.size()));
        List<String> options = split < 0 ? arguments : arguments.subList(0, split);
        int minutes = Integer.parseInt(option(options, "--minutes", "10"));
        int callers = Integer.parseInt(option(options, "--callers", "16"));
        int port = Integer.parseInt(option(options, "--port", "18090"));
        Path jar = Path.of(option(options, "--jar", "target/quarkus-app/quarkus-run.jar"));

        List<Body> bodies = bodies();
        System.out.printf("soak: %d callers, %d min, %d bodies (%d adversarial), JVM %s%n", callers, minutes,
                bodies.size(), bodies.stream().filter(Body::adversarial).count(), jvm);
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target/soak/service.log").toFile()).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        URI annotate = URI.create("http://localhost:" + port + "/annotate");
        ObjectNode report = JSON.createObjectNode();
        report.put("when", Instant.now().toString());
        report.put("callers", callers);
        report.put("minutes", minutes);
        report.put("jvm", String.join(" ", jvm));
        ArrayNode perMinute = report.putArray("minutes");
        try {
            waitUntilReady(client, port, service);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            AtomicLong overBudget = new AtomicLong();
            ConcurrentHashMap<String, Long> errorKinds = new ConcurrentHashMap<>();
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            for (int c = 0; c < callers; c++) {
                int offset = c * 7;
                pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Body body = bodies.get(i % bodies.size());
                        long t0 = System.nanoTime();
                        String outcome = send(client, annotate, body);
                        latencies.add(System.nanoTime() - t0);
                        if (outcome.equals("422") && body.adversarial()) {
                            overBudget.incrementAndGet();
                        } else if (!outcome.equals("200")) {
                            errors.incrementAndGet();
                            errorKinds.merge(body.name() + " " + outcome, 1L, Long::sum);
                        }
                    }
                    return null;
                });
            }
            System.out.println("minute  requests/s   p50 ms   p99 ms  errors  over-budget  RSS MB  peak RSS MB");
            for (int minute = 1; minute <= minutes; minute++) {
                Thread.sleep(Math.max(0, Math.min(TimeUnit.MINUTES.toNanos(1), end - System.nanoTime()) / 1_000_000));
                List<Long> sorted = drain(latencies);
                long[] memory = memory(service.pid());
                ObjectNode line = perMinute.addObject();
                line.put("minute", minute);
                line.put("requestsPerSecond", sorted.size() / 60.0);
                line.put("p50Ms", percentile(sorted, 0.50));
                line.put("p99Ms", percentile(sorted, 0.99));
                line.put("errors", errors.getAndSet(0));
                line.put("overBudget", overBudget.getAndSet(0));
                line.put("rssMb", memory[0] / 1024.0);
                line.put("peakRssMb", memory[1] / 1024.0);
                System.out.printf("%6d %11.1f %8.1f %8.1f %7d %12d %7.0f %12.0f%n", minute, line.get("requestsPerSecond").asDouble(),
                        line.get("p50Ms").asDouble(), line.get("p99Ms").asDouble(), line.get("errors").asLong(),
                        line.get("overBudget").asLong(), line.get("rssMb").asDouble(), line.get("peakRssMb").asDouble());
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            report.putPOJO("errorKinds", errorKinds);
            report.put("peakRssMb", memory(service.pid())[1] / 1024.0);
            System.out.printf("peak RSS %.0f MB; errors by body: %s%n", report.get("peakRssMb").asDouble(), errorKinds);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        Files.writeString(Path.of("target/soak/latest.json"), json);
        Files.writeString(Path.of("target/soak/soak-" + Instant.now().toString().replace(':', '-') + ".json"), json);
    }

    /** Every test article, each adversarial input at 256 KB, and a real article repeated to 1 MB. */
    private static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        for (Path file : TestArticles.allIncludingGold()) {
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
            bodies.add(new Body(name, type, TestArticles.read(file).getBytes(StandardCharsets.UTF_8), false));
        }
        List<Body> hostile = new ArrayList<>();
        for (AdversarialInputs input : AdversarialInputs.values()) {
            hostile.add(adversarial(input));
        }
        hostile.add(megabyte());
        List<Body> mixed = new ArrayList<>();
        int every = Math.max(1, bodies.size() / hostile.size());
        int next = 0;
        for (int i = 0; i < bodies.size(); i++) {
            mixed.add(bodies.get(i));
            if (i % every == every - 1 && next < hostile.size()) {
                mixed.add(hostile.get(next++));
            }
        }
        return mixed;
    }

    private static Body adversarial(AdversarialInputs input) {
        return new Body(input.name() + "@256KB", "text/plain; charset=utf-8",
                input.ofBytes(256 * 1024).getBytes(StandardCharsets.UTF_8), true);
    }

    private static Body megabyte() {
        String article = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt")) + "\n\n";
        StringBuilder text = new StringBuilder();
        while (text.length() + article.length() < 1_000_000) {
            text.append(article);
        }
        return new Body("article@1MB", "text/plain; charset=utf-8", text.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private static String send(HttpClient client, URI uri, Body body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", body.type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        try {
            return String.valueOf(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void waitUntilReady(HttpClient client, int port, Process service) throws Exception {
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped at start-up: see target/soak/service.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not get ready in 3 minutes");
    }

    private static List<Long> drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> drained = new ArrayList<>();
        for (Long value = queue.poll(); value != null; value = queue.poll()) {
            drained.add(value);
        }
        drained.sort(null);
        return drained;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** Resident memory now and at its peak, in KB, from /proc (Linux). */
    private static long[] memory(long pid) throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, peak};
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
