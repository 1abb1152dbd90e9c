package newsroom.annotator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;

/**
 * The benchmark behind {@code bin/bench}: prices every stage of the annotation against a bare Lingua
 * pass over the same text, then runs the batch tool on 1 and all cores and the service under load, all in
 * one run. Prints a report and writes it as JSON under target/bench/ so that two runs can be compared.
 *
 * <p>Arguments: {@code [--part single-core|processes|service|adversarial|pages|corpus|all] [--mb N] [--skip-stages a,b]
 * [--jar PATH] [--seconds N] [-- JVM options for the child processes]}. {@code bin/bench} runs the single-core part
 * pinned to one core (Lingua spreads each call over the common pool's threads, which would flatter a
 * "single-threaded" figure), then the processes part, which adds its figures to the first part's report.
 * {@code service} is the processes part without the batch tool, to compare service settings in a few minutes.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        long megabytes = Long.parseLong(option(arguments, "--mb", "20"));
        String part = option(arguments, "--part", "all");
        String skipped = option(arguments, "--skip-stages", "");
        Path jar = Path.of(option(arguments, "--jar", "service/target/quarkus-app/quarkus-run.jar"));
        int seconds = Integer.parseInt(option(arguments, "--seconds", "10"));
        int split = arguments.indexOf("--");
        List<String> jvm = split < 0 ? List.of() : arguments.subList(split + 1, arguments.size());
        Path folder = Path.of("target/bench");
        Files.createDirectories(folder);
        Path singleCore = folder.resolve("single-core.json");
        ObjectNode report = part.equals("processes") && Files.exists(singleCore)
                ? (ObjectNode) JSON.readTree(singleCore.toFile()) : JSON.createObjectNode();
        report.put("when", Instant.now().toString());
        report.put("java", System.getProperty("java.version"));

        if (part.equals("corpus")) { // bin/spark-bench's input: the corpus as requests, no annotator needed
            Corpus corpus = Corpus.load(megabytes * 1_000_000);
            writeRequests(corpus, folder.resolve("corpus.ndjson"));
            System.out.printf("corpus: %d articles, %.1f MB of text, as requests in target/bench/corpus.ndjson%n",
                    corpus.items().size(), corpus.chars() / 1e6);
            return;
        }
        long loadStarted = System.nanoTime();
        Annotator annotator = Annotator.create(new AnnotatorSettings(
                AnnotatorSettings.parseLanguages(AnnotatorSettings.DEFAULT_LANGUAGES), Optional.empty(),
                Set.copyOf(AnnotatorSettings.parseLanguages(skipped))));
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        Corpus corpus = Corpus.load(megabytes * 1_000_000);
        System.out.printf("corpus: %d articles (%d distinct test articles replicated), %.1f MB of text%n",
                corpus.items().size(), corpus.distinct(), corpus.chars() / 1e6);
        System.out.printf("annotator built in %.2f s (languages %s, stages %s), %d core(s) visible%n%n",
                loadSeconds, annotator.languages(), annotator.stages(), Runtime.getRuntime().availableProcessors());
        report.put("corpusArticles", corpus.items().size());
        report.put("corpusMegabytes", corpus.chars() / 1e6);
        report.put("annotatorBuildSeconds", loadSeconds);

        if (part.equals("adversarial")) {
            InProcessBench bench = new InProcessBench(annotator);
            bench.annotate(corpus.items());
            InProcessBench.Pass ordinary = bench.annotate(corpus.items());
            AdversarialBench.run(annotator, ordinary.seconds() / (ordinary.chars() / 1e6), report);
            Files.writeString(folder.resolve("adversarial.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        if (part.equals("pages")) {
            PageBench.run(annotator, report);
            Files.writeString(folder.resolve("pages.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        boolean service = part.equals("service");
        if (!part.equals("processes") && !service) {
            report.put("singleCoreRunCores", Runtime.getRuntime().availableProcessors());
            inProcess(annotator, corpus, report);
            PageBench.run(annotator, report);
        }
        if (part.equals("single-core")) {
            Files.writeString(singleCore, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        report.put("cores", Runtime.getRuntime().availableProcessors());
        processes(corpus, jar, jvm, seconds, report, !service);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        String name = service ? "service" : "bench";
        Files.writeString(folder.resolve(service ? "service.json" : "latest.json"), json);
        Files.writeString(folder.resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".json"), json);
        System.out.println("\nwritten: target/bench/" + (service ? "service.json" : "latest.json"));
    }

    /** Runs a measured pass inside a flight-recorder event, for ProfileReport. */
    private static InProcessBench.Pass recorded(String name, Supplier<InProcessBench.Pass> pass) {
        PassEvent event = new PassEvent();
        event.begin();
        InProcessBench.Pass done = pass.get();
        event.pass = name;
        event.measured = true;
        event.commit();
        return done;
    }

    private static void inProcess(Annotator annotator, Corpus corpus, ObjectNode report) {
        InProcessBench bench = new InProcessBench(annotator);
        List<Corpus.Item> warmUp = corpus.items().subList(0, Math.max(1, corpus.items().size() / 10));
        bench.annotate(warmUp);
        bench.bareLingua(warmUp);
        // alternate the two passes and keep the second of each, so that neither pays the other's warm-up
        bench.bareLingua(corpus.items());
        bench.annotate(corpus.items());
        InProcessBench.Pass bare = recorded("bare", () -> bench.bareLingua(corpus.items()));
        InProcessBench.Pass full = recorded("annotation", () -> bench.annotate(corpus.items()));

        System.out.println("single-threaded annotation against a bare Lingua pass (one detectLanguageOf a paragraph)");
        System.out.printf("  %-8s %9s %9s %10s %10s %8s%n", "class", "articles", "MB", "annot MB/s", "bare MB/s", "ratio");
        ObjectNode classes = report.putObject("byClass");
        for (Map.Entry<Corpus.SizeClass, long[]> entry : full.byClass().entrySet()) {
            long[] a = entry.getValue();
            long[] b = bare.byClass().get(entry.getKey());
            double annotRate = a[1] / 1e6 / (a[2] / 1e9);
            double bareRate = b[1] / 1e6 / (b[2] / 1e9);
            System.out.printf("  %-8s %9d %9.2f %10.3f %10.3f %8.2f%n", entry.getKey().name().toLowerCase(), a[0],
                    a[1] / 1e6, annotRate, bareRate, (double) a[2] / b[2]);
            ObjectNode c = classes.putObject(entry.getKey().name().toLowerCase());
            c.put("articles", a[0]);
            c.put("annotationMBps", annotRate);
            c.put("annotationArticlesPerSecond", a[0] / (a[2] / 1e9));
            c.put("bareLinguaMBps", bareRate);
            c.put("ratio", (double) a[2] / b[2]);
        }
        double ratio = (double) full.nanos() / bare.nanos();
        System.out.printf("  %-8s %9d %9.2f %10.3f %10.3f %8.2f%n", "overall", full.articles(), full.chars() / 1e6,
                full.megabytesPerSecond(), bare.megabytesPerSecond(), ratio);
        System.out.printf("  annotation: %.1f articles/s, %.3f MB/s; bare Lingua: %.3f MB/s; ratio %.2f (target <= 1.5)%n%n",
                full.articlesPerSecond(), full.megabytesPerSecond(), bare.megabytesPerSecond(), ratio);
        report.put("annotationMBps", full.megabytesPerSecond());
        report.put("annotationArticlesPerSecond", full.articlesPerSecond());
        report.put("bareLinguaMBps", bare.megabytesPerSecond());
        report.put("bareLinguaSeconds", bare.seconds());
        report.put("annotationSeconds", full.seconds());
        report.put("ratioToBareLingua", ratio);

        AdversarialBench.run(annotator, full.seconds() / (full.chars() / 1e6), report);

        System.out.println("\ntime by stage (single-threaded, whole corpus)");
        ObjectNode stages = report.putObject("stageSeconds");
        for (Map.Entry<String, Long> stage : full.stages().entrySet()) {
            System.out.printf("  %-10s %8.2f s  %5.1f%%%n", stage.getKey(), stage.getValue() / 1e9,
                    100.0 * stage.getValue() / full.nanos());
            stages.put(stage.getKey(), stage.getValue() / 1e9);
        }
    }

    private static void processes(Corpus corpus, Path jar, List<String> jvm, int seconds, ObjectNode report,
                                  boolean batch) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " not found: build with ./mvnw package -DskipTests first");
        }
        ProcessBench bench = new ProcessBench(jar, jvm);
        int cores = Runtime.getRuntime().availableProcessors();
        String arenas = System.getenv().getOrDefault("MALLOC_ARENA_MAX", "glibc's default");
        report.put("jvmOptions", String.join(" ", jvm));
        report.put("mallocArenaMax", arenas);
        if (batch) {
            batch(corpus, bench, jvm, arenas, cores, report);
        }

        List<String> bodies = corpus.items().stream().filter(i -> i.format().equals("txt"))
                .map(Corpus.Item::content).distinct().toList();
        System.out.printf("%nservice (POST /annotate, text/plain, %d distinct articles), load from this JVM on the same cores%n",
                bodies.size());
        ProcessBench.Server server = bench.server(bodies, 18089, Duration.ofSeconds(seconds));
        System.out.printf("  JVM start to ready: %.2f s, to first answer: %.2f s; first request %.1f ms, hundredth %.1f ms%n",
                server.startToReadySeconds(), server.startToFirstAnswerSeconds(), server.firstRequestMs(),
                server.hundredthRequestMs());
        ObjectNode s = report.putObject("server");
        s.put("startToReadySeconds", server.startToReadySeconds());
        s.put("startToFirstAnswerSeconds", server.startToFirstAnswerSeconds());
        s.put("firstRequestMs", server.firstRequestMs());
        s.put("hundredthRequestMs", server.hundredthRequestMs());
        s.put("peakRssMb", server.peakMb());
        ArrayNode loads = s.putArray("loads");
        for (ProcessBench.Load load : server.loads()) {
            System.out.printf("  %2d caller(s): %.1f requests/s, p50 %.1f ms, p99 %.1f ms%n", load.callers(),
                    load.requestsPerSecond(), load.p50Ms(), load.p99Ms());
            ObjectNode l = loads.addObject();
            l.put("callers", load.callers());
            l.put("requestsPerSecond", load.requestsPerSecond());
            l.put("p50Ms", load.p50Ms());
            l.put("p99Ms", load.p99Ms());
        }
        System.out.printf("  peak RSS of the service: %.0f MB%n", server.peakMb());
    }

    /** The batch tool over the corpus as NDJSON, on 1 core and on all. */
    private static void batch(Corpus corpus, ProcessBench bench, List<String> jvm, String arenas, int cores,
                              ObjectNode report) throws Exception {
        Path ndjson = Path.of("target/bench/corpus.ndjson");
        Files.createDirectories(ndjson.getParent());
        writeRequests(corpus, ndjson);
        System.out.printf("%nbatch tool (bin/annotate) over the corpus as NDJSON, JVM options %s, MALLOC_ARENA_MAX %s%n", jvm, arenas);
        ArrayNode batches = report.putArray("batch");
        List<ProcessBench.BatchRun> runs = new ArrayList<>();
        for (int n : cores > 1 ? List.of(1, cores) : List.of(1)) {
            ProcessBench.BatchRun run = bench.batch(ndjson, n);
            runs.add(run);
            System.out.printf("  %d core(s): %d records in %.1f s, %.1f records/s steady, %.2f MB/s, peak RSS %.0f MB%n",
                    n, run.records(), run.seconds(), run.steadyRecordsPerSecond(),
                    corpus.chars() / 1e6 / run.seconds(), run.peakMb());
            ObjectNode b = batches.addObject();
            b.put("cores", n);
            b.put("seconds", run.seconds());
            b.put("recordsPerSecond", run.steadyRecordsPerSecond());
            b.put("peakRssMb", run.peakMb());
        }
        if (runs.size() > 1) {
            double scaling = runs.get(1).steadyRecordsPerSecond() / runs.get(0).steadyRecordsPerSecond();
            System.out.printf("  scaling 1 -> %d cores: %.2fx (target >= 1.8x on 2 cores)%n", cores, scaling);
            report.put("batchScaling", scaling);
        }
    }

    private static void writeRequests(Corpus corpus, Path ndjson) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
            for (Corpus.Item item : corpus.items()) {
                ObjectNode request = item.format().equals("json")
                        ? (ObjectNode) JSON.readTree(item.content()) : JSON.createObjectNode();
                request.put("id", item.name());
                if (!item.format().equals("json")) {
                    request.put(item.format().equals("html") ? "html" : "text", item.content());
                }
                out.write(JSON.writeValueAsString(request));
                out.write('\n');
            }
        }
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size()) {
            return fallback;
        }
        String value = arguments.get(at + 1);
        arguments.remove(at + 1);
        arguments.remove(at);
        return value;
    }
}
