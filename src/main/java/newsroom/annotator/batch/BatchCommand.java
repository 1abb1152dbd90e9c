package newsroom.annotator.batch;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.input.SizeLimit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate [PATH ...]}: annotates files, folders or NDJSON on standard input and writes one
 * annotation (or error line) a line to standard output. Needs no server. Exit status 1 when any record
 * failed, 2 when the command line itself is wrong.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Annotates articles: each PATH a file or a folder of .txt/.html/.json (and .ndjson) files;",
            "with no PATH or '-', NDJSON requests on standard input. Writes one annotation a line."})
public final class BatchCommand implements Callable<Integer> {

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
            description = "largest article accepted (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "annotating threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    private BatchCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        AnnotatorSettings settings = new AnnotatorSettings(AnnotatorSettings.parseLanguages(languages),
                Optional.ofNullable(dictionaries), Set.copyOf(skipStages == null ? List.of() : skipStages))
                .withMaxTextBytes(maxBytes);
        Annotator annotator = Annotator.create(settings);
        BatchRunner runner = new BatchRunner(new RecordAnnotator(annotator, new SizeLimit(maxBytes)), threads);
        PrintWriter lines = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        List<String> inputs = paths.isEmpty() ? List.of("-") : paths;
        Progress progress = Progress.onTerminal(err);
        BatchRunner.Summary summary = runner.run(RecordSource.of(inputs, in), line -> {
            lines.write(line);
            lines.write('\n');
        }, progress);
        lines.flush();
        progress.finish();
        if (lines.checkError()) {
            throw new UncheckedIOException(new java.io.IOException("cannot write to standard output"));
        }
        return summary.failed() > 0 ? 1 : 0;
    }

    /** Runs the command line on the process's standard streams and returns its exit status. */
    public static int run(String... args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs the command line on the given streams and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return new CommandLine(new BatchCommand(in, out, err))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("annotate: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
