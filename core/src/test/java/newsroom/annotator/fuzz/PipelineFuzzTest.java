package newsroom.annotator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.DeadlineExceededException;

/**
 * The whole pipeline under Jazzer, each input within a time budget: any text is annotated, with spans and
 * quotes inside the text and in order, and written as JSON, using less than {@link #BUDGET} of CPU time;
 * an input that takes more is a finding as much as an exception is. The normal suite runs the committed
 * inputs (PipelineFuzzTestInputs); {@code bin/fuzz pipeline N} fuzzes N inputs, each within
 * {@code -Dfuzz.budget} (10s here, 5s from bin/fuzz).
 *
 * <p>The budget counts CPU time, not time on the clock: the CPU time of every Java thread during the
 * input, i.e. the annotating thread and Lingua's fork-join pool (the JIT compiler's and the collector's
 * threads are not Java threads). A long run shares a machine with other work under {@code nice -n 19},
 * where an input of 10 ms can wait seconds for a core; the clock measures the neighbours, the CPU time
 * the input. The annotation still runs under a {@link Deadline} on the clock, {@link #WALL_LIMIT}, so that
 * an input that never ends is stopped by the pipeline's own checks and reported with its CPU time.
 *
 * <p>Before the first input the annotator is warmed up, without a budget, on the packaged warm-up article
 * and the committed inputs: the first annotation in a JVM loads (and under Jazzer instruments) some
 * hundred classes, which took more than 5 s on the loaded VM (the first committed input,
 * {@code finding-crash-95408016…}, the first 1,024 bytes of {@code said}, failed so before the warm-up). The budget is for what an input costs, not
 * what the JVM costs once.
 */
public class PipelineFuzzTest {

    static final Duration BUDGET = duration(System.getProperty("fuzz.budget", "10s"));

    /** The clock's limit for one input: far above any budget, below libFuzzer's -timeout in bin/fuzz. */
    static final Duration WALL_LIMIT = duration(System.getProperty("fuzz.wall-limit", "60s"));

    private static final Annotator ANNOTATOR = Annotators.shared();
    private static final AnnotationWriter WRITER = new AnnotationWriter();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        warmUp();
    }

    @FuzzTest
    void pipeline(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /** Jazzer's entry point for {@code bin/fuzz}. */
    public static void fuzzerTestOneInput(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Map<Long, Long> before = cpuByThread();
        Annotation annotation;
        try {
            annotation = ANNOTATOR.annotate(ANNOTATOR.plainText().read(null, text), Deadline.after(WALL_LIMIT));
        } catch (BadInputException blank) {
            return;
        } catch (DeadlineExceededException e) {
            throw new AssertionError("over " + Deadline.class.getSimpleName() + " " + WALL_LIMIT + " on the clock on "
                    + input.length + " bytes, after " + cpuSince(before) + " ms of CPU: " + e.getMessage());
        }
        long cpuMillis = cpuSince(before);
        if (cpuMillis > BUDGET.toMillis()) {
            throw new AssertionError("over the time budget on " + input.length + " bytes: " + cpuMillis
                    + " ms of CPU, the budget is " + BUDGET.toMillis() + " ms");
        }
        int end = -1;
        for (Span span : annotation.spans()) {
            if (span.start() < end || span.start() >= span.end() || span.end() > text.length()) {
                throw new AssertionError("span " + span.start() + "-" + span.end() + " out of place");
            }
            end = span.end();
        }
        for (Quote quote : annotation.quotes()) {
            if (quote.start() < 0 || quote.start() > quote.end() || quote.end() > text.length()) {
                throw new AssertionError("quote " + quote.start() + "-" + quote.end() + " outside the text");
            }
        }
        WRITER.toJson(annotation);
    }

    /** CPU time of the Java threads alive now, by thread id. */
    private static Map<Long, Long> cpuByThread() {
        long[] ids = THREADS.getAllThreadIds();
        long[] nanos = THREADS.getThreadCpuTime(ids);
        Map<Long, Long> cpu = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            cpu.put(ids[i], nanos[i]);
        }
        return cpu;
    }

    /** Milliseconds of CPU the Java threads used since {@code before} (a thread started since counts whole). */
    private static long cpuSince(Map<Long, Long> before) {
        long nanos = 0;
        for (Map.Entry<Long, Long> now : cpuByThread().entrySet()) {
            if (now.getValue() > 0) {
                nanos += now.getValue() - Math.max(0, before.getOrDefault(now.getKey(), 0L));
            }
        }
        return nanos / 1_000_000;
    }

    /** Three rounds over the warm-up article and the committed inputs, without a budget. */
    private static void warmUp() {
        List<String> texts = new ArrayList<>();
        texts.add(Annotator.warmUpArticle());
        URL committed = PipelineFuzzTest.class.getResource("PipelineFuzzTestInputs/pipeline");
        if (committed != null && "file".equals(committed.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(committed.toURI()))) {
                for (Path file : files.sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                try {
                    WRITER.toJson(ANNOTATOR.annotate(ANNOTATOR.plainText().read(null, text)));
                } catch (BadInputException blank) {
                    // an empty committed input: nothing to warm up
                }
            }
        }
    }

    private static Duration duration(String value) {
        return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
