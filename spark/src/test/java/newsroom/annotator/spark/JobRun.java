package newsroom.annotator.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsroom.annotator.batch.BatchCommand;

/**
 * One run of a command in this JVM, the job on the shared local session or bin/annotate's batch command,
 * with its exit status and what it printed; and the lines of a job's output folders.
 */
record JobRun(int status, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPORT = Pattern.compile(
            "annotate-spark: (\\d+) records in .*: (\\d+) annotated in .*, (\\d+) in the dead letters");

    /** {@code annotate-spark ARGS} on the shared session. */
    static JobRun job(Object... args) {
        LocalSpark.session();
        return capture(out -> AnnotateJob.run(strings(args), out.out, out.err));
    }

    /** The batch tool's lines for the same inputs: {@code bin/annotate ARGS}, in this JVM. */
    static List<String> batch(Object... args) {
        JobRun run = capture(out -> BatchCommand.run(strings(args), InputStream.nullInputStream(), out.out, out.err));
        if (run.status() > 1) {
            throw new AssertionError("annotate exited with " + run.status() + ": " + run.err());
        }
        return run.out().lines().toList();
    }

    /** The counts the job printed: records, annotated, dead letters. */
    long[] counts() {
        Matcher report = REPORT.matcher(out);
        if (!report.find()) {
            throw new AssertionError("no report in: " + out + err);
        }
        return new long[] {Long.parseLong(report.group(1)), Long.parseLong(report.group(2)), Long.parseLong(report.group(3))};
    }

    /** How many annotators the executors built, as the job printed it. */
    long executorBuilds() {
        Matcher built = Pattern.compile("annotators built on the executors: (\\d+)").matcher(out);
        if (!built.find()) {
            throw new AssertionError("no report in: " + out + err);
        }
        return Long.parseLong(built.group(1));
    }

    /** The lines of a folder of NDJSON part files (gzipped or not), without the files Spark's readers skip. */
    static List<String> lines(Path folder) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(JobRun::visible).sorted().toList()) {
                try (InputStream in = file.toString().endsWith(".gz")
                        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Whether Spark's readers see a file: nothing under a name that starts with "_" or ".". */
    static boolean visible(Path file) {
        for (Path part : file) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Lines in the order of their ids (then of their text: two inputs may name two files alike). */
    static List<String> byId(List<String> lines) {
        return lines.stream().sorted(Comparator.comparing(JobRun::id, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    static String id(String line) {
        JsonNode id = json(line).get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }

    private static String[] strings(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }

    private interface Command {
        int run(Streams streams);
    }

    private record Streams(PrintStream out, PrintStream err) {
    }

    private static JobRun capture(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = command.run(new Streams(o, e));
        }
        return new JobRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
