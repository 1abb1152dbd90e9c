package newsroom.annotator.batch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.pipeline.Deadline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate [PATH ...]}: annotates files, folders or NDJSON on standard input and writes one
 * annotation (or error line) a line to standard output or to {@code --output FILE}. Needs no server.
 * Exit status 1 when any record failed, 2 when the command line itself is wrong, 3 when the output cannot
 * be written; SIGTERM finishes the records in flight, writes their lines and exits with 143.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = BatchCommand.Version.class,
        description = {
            "Annotates articles: each PATH a file or a folder of .txt/.html/.json (and .ndjson) files, gzipped",
            "or not; with no PATH or '-', NDJSON requests on standard input. Writes one annotation a line.",
            "Exit status: 0 all annotated, 1 some records failed, 2 wrong command line, 3 output not written,",
            "143 stopped by SIGTERM (the lines of the records in flight written)."})
public final class BatchCommand implements Callable<Integer> {

    /** Exit status when the output cannot be written. */
    static final int OUTPUT_FAILED = 3;
    /** How long SIGTERM waits for the records in flight beyond their time budget. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders; '-' for NDJSON on standard input")
    List<String> paths = List.of();

    @Option(names = "--languages", paramLabel = "CODES",
            defaultValue = "${sys:annotator.languages:-${env:ANNOTATOR_LANGUAGES:-" + AnnotatorSettings.DEFAULT_LANGUAGES + "}}",
            description = "ISO 639-1 codes to tell apart, or 'all' (default: ${DEFAULT-VALUE})")
    String languages;

    @Option(names = "--dictionaries", paramLabel = "FOLDER",
            defaultValue = "${sys:annotator.dictionaries:-${env:ANNOTATOR_DICTIONARIES}}",
            description = "a folder whose word lists replace the packaged ones of the same name")
    Path dictionaries;

    @Option(names = "--skip-stages", paramLabel = "NAMES", split = ",",
            defaultValue = "${sys:annotator.skip-stages:-${env:ANNOTATOR_SKIP_STAGES}}",
            description = "stages not to run, comma-separated: posts, quotes, types")
    List<String> skipStages = List.of();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            defaultValue = "${sys:annotator.max-bytes:-${env:ANNOTATOR_MAX_BYTES:-" + SizeLimit.DEFAULT_BYTES + "}}",
            description = "largest article text, in bytes of UTF-8 (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES",
            defaultValue = "${sys:annotator.max-page-bytes:-${env:ANNOTATOR_MAX_PAGE_BYTES:-" + SizeLimit.DEFAULT_PAGE_BYTES + "}}",
            description = "largest HTML or JSON file and NDJSON line, in bytes, after decompression (default: ${DEFAULT-VALUE})")
    long maxPageBytes;

    @Option(names = "--time-budget", paramLabel = "DURATION", converter = Durations.class,
            defaultValue = "${sys:annotator.time-budget:-${env:ANNOTATOR_TIME_BUDGET:-10s}}",
            description = "longest annotation of one record, e.g. 10s or 500ms; past it an error line (default: ${DEFAULT-VALUE})")
    Duration timeBudget;

    @Option(names = "--threads", paramLabel = "N",
            description = "annotating threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--output", paramLabel = "FILE",
            description = "write to FILE, atomically: FILE appears whole when the run has finished (FILE.partial meanwhile)")
    Path output;

    @Option(names = "--resume",
            description = "with --output: keep the complete lines of a run that was stopped and go on after them")
    boolean resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    private BatchCommand(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Limits limits = checkOptions();
        if (resume && Files.exists(output) && !Files.exists(BatchOutput.partialOf(output))) {
            err.println("annotate: " + output + " is complete already; nothing to resume");
            return 0;
        }
        List<String> codes = AnnotatorSettings.parseLanguages(languages);
        if (codes.equals(List.of("all"))) {
            err.println("annotate: loading the models of every language Lingua knows (75; about a minute and 1.5 GB of heap)…");
        }
        AnnotatorSettings settings = new AnnotatorSettings(codes,
                Optional.ofNullable(dictionaries), Set.copyOf(skipStages == null ? List.of() : skipStages))
                .withTextLimit(limits.text());
        Annotator annotator = Annotator.create(settings);
        annotator.misspelledDictionaries().forEach(file -> err.println("annotate: warning: the dictionaries folder's "
                + file + " is not a list the annotator reads (misspelled?); it is ignored"));
        BatchRunner runner = new BatchRunner(new RecordAnnotator(annotator, limits), threads, timeBudget);
        RecordSource records = RecordSource.of(paths.isEmpty() ? List.of("-") : paths, in, limits);
        StopOnSigterm stop = new StopOnSigterm(timeBudget.plus(STOP_GRACE));
        BatchOutput lines = output == null ? BatchOutput.to(out) : BatchOutput.toFile(output, resume);
        Progress progress = Progress.onTerminal(err);
        try (stop; lines) {
            if (lines.resumedLines() > 0) {
                long skipped = records.skip(lines.resumedLines());
                err.println("annotate: resuming after the " + skipped + " records " + BatchOutput.partialOf(output) + " holds");
            }
            CountingSink counted = new CountingSink(lines);
            BatchRunner.Summary summary;
            try {
                summary = runner.run(records, counted, progress, stop);
            } catch (BatchRunner.OutputFailedException e) {
                progress.finish();
                err.println("annotate: cannot write the output (" + e.getMessage() + "); stopped after "
                        + counted.lines + " lines");
                return OUTPUT_FAILED;
            }
            progress.finish();
            if (summary.stopped()) {
                err.println("annotate: stopped by SIGTERM after " + counted.lines + " lines"
                        + (output == null ? "" : "; run again with --resume to go on"));
                return 143;
            }
            lines.complete();
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    /** The options that need no models, checked before the models load; the limits they set. */
    private Limits checkOptions() {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        if (resume && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --output FILE");
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-budget must be positive: " + timeBudget);
        }
        try {
            return new Limits(new SizeLimit(maxBytes, "--max-bytes"), new SizeLimit(maxPageBytes, "--max-page-bytes"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Runs the command line on the process's standard streams and returns its exit status. */
    public static int run(String... args) {
        // not System.out: a PrintStream hides write errors, and a full disk or a closed pipe must stop the run
        return run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err);
    }

    /** Runs the command line on the given streams and returns its exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        return new CommandLine(new BatchCommand(in, out, err))
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof CommandLine.ParameterException wrong) {
                        cmd.getErr().println("annotate: " + wrong.getMessage());
                        return 2;
                    }
                    cmd.getErr().println("annotate: " + e.getMessage());
                    return e instanceof IOException || e instanceof UncheckedIOException ? OUTPUT_FAILED : 2;
                })
                .execute(args);
    }

    /** Counts the lines written, for the message when writing fails. */
    private static final class CountingSink implements BatchRunner.LineSink {
        private final BatchRunner.LineSink sink;
        private long lines;

        CountingSink(BatchRunner.LineSink sink) {
            this.sink = sink;
        }

        @Override
        public void write(String line) throws IOException {
            sink.write(line);
            lines++;
        }
    }

    /**
     * SIGTERM (and Ctrl-C) asks the run to take no new record; the JVM's shutdown waits, up to the time
     * budget and a grace, until the records in flight are written and the output closed.
     */
    private static final class StopOnSigterm implements BatchRunner.Control, AutoCloseable {
        private final Thread hook;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean stopping;

        StopOnSigterm(Duration wait) {
            hook = new Thread(() -> {
                stopping = true;
                try {
                    done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "annotate-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public boolean stopRequested() {
            return stopping;
        }

        @Override
        public void started(Deadline deadline) {
        }

        @Override
        public void close() {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the output is closed
            }
        }
    }

    /** "10s", "500ms", "2m", "1h" or ISO-8601 ("PT10S"); the Spark job's --time-budget too. */
    public static final class Durations implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (text.startsWith("pt")) {
                    return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
                }
                if (text.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                }
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofSeconds(Long.parseLong(text));
                };
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("not a duration such as 10s or 500ms: '" + value + "'");
            }
        }
    }

    /** The version the build wrote into {@code annotator-version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = BatchCommand.class.getClassLoader().getResourceAsStream("annotator-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"annotate (quote-annotator) " + properties.getProperty("version", "unknown")};
        }
    }
}
