package newsroom.annotator.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.batch.BatchCommand;
import newsroom.annotator.input.SizeLimit;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate-spark}: the Spark job's command line, the main class of its jar for {@code spark-submit}.
 * Annotates the records of the inputs on the cluster's executors, writes their annotations (bin/annotate's
 * lines, or Parquet) to {@code --output} and every record that failed to {@code --dead-letters}, and
 * prints what it counted. Exit status 0 when the run finished (dead letters are part of its output), 2 for a
 * wrong command line or option (checked before any record is read), 1 when the run failed.
 */
@Command(name = "annotate-spark", sortOptions = false, usageHelpWidth = 110,
        description = {
            "Annotates archives on Spark: INPUTs are files, folders or globs on any Hadoop file system, read as",
            "bin/annotate reads them (--input-format files), or tables of requests (parquet, json). Every record",
            "is annotated once, on an executor; the annotations go to --output, every record that failed to",
            "--dead-letters with its id and problem. OUTPUT/_SUCCESS appears when the whole run has finished."})
public final class AnnotateJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or globs (hdfs://, s3a://, abfss://, gs://, file:…)")
    List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "files",
            description = "files: .txt/.html/.json articles and .ndjson/.jsonl requests, gzipped or not; "
                    + "parquet or json: a table with an id column and a text or html column (default: ${DEFAULT-VALUE})")
    JobOptions.InputFormat inputFormat;

    @Option(names = "--output", required = true, paramLabel = "FOLDER", description = "where the annotations go")
    String output;

    @Option(names = "--dead-letters", paramLabel = "FOLDER",
            description = "where every record that failed goes, with its id and problem (default: OUTPUT-dead-letters)")
    String deadLetters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson: bin/annotate's lines; parquet: id, date, language, quotes and the annotation's JSON "
                    + "(dead letters: id, status, title, detail) (default: ${DEFAULT-VALUE})")
    JobOptions.OutputFormat format;

    @Option(names = "--compression", paramLabel = "CODEC", description = "gzip, zstd, snappy… (default: Spark's for the format)")
    String compression;

    @Option(names = "--overwrite", description = "replace the output of a finished run (an unfinished one is always replaced)")
    boolean overwrite;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "spread the records over N partitions before annotating, e.g. 3 per executor core (default: as read)")
    int partitions;

    @Option(names = "--languages", paramLabel = "CODES", defaultValue = AnnotatorSettings.DEFAULT_LANGUAGES,
            description = "ISO 639-1 codes to tell apart, or 'all' (default: ${DEFAULT-VALUE})")
    String languages;

    @Option(names = "--dictionaries", paramLabel = "FOLDER",
            description = "a folder (any file system) whose word lists replace the packaged ones of the same name")
    String dictionaries;

    @Option(names = "--skip-stages", paramLabel = "NAMES", split = ",", description = "stages not to run: posts, quotes, types")
    List<String> skipStages = List.of();

    @Option(names = "--time-budget", paramLabel = "DURATION", defaultValue = "10s", converter = BatchCommand.Durations.class,
            description = "longest annotation of one record; past it a dead letter (default: ${DEFAULT-VALUE})")
    Duration timeBudget;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + SizeLimit.DEFAULT_BYTES,
            description = "largest article text, in bytes of UTF-8 (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", defaultValue = "" + SizeLimit.DEFAULT_PAGE_BYTES,
            description = "largest HTML or JSON file, NDJSON line or table request, after decompression (default: ${DEFAULT-VALUE})")
    long maxPageBytes;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    private AnnotateJob(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        long started = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("annotate-spark").getOrCreate();
        out.printf(Locale.ROOT, "annotate-spark: Spark session in %.1f s (master %s, default parallelism %d)%n",
                (System.nanoTime() - started) / 1e9, spark.sparkContext().master(), spark.sparkContext().defaultParallelism());
        DictionaryFiles words = dictionaries == null ? DictionaryFiles.NONE
                : DictionaryFiles.read(dictionaries, spark.sparkContext().hadoopConfiguration());
        AnnotatorRecipe recipe = new AnnotatorRecipe(AnnotatorSettings.parseLanguages(languages),
                Set.copyOf(skipStages == null ? List.of() : skipStages), maxBytes, words);
        JobOptions options = new JobOptions(inputs, inputFormat, output, deadLetters != null ? deadLetters : output + "-dead-letters",
                format, Optional.ofNullable(compression), overwrite, partitions, recipe, maxPageBytes, timeBudget);
        JobSummary summary = ArchiveJob.run(spark, options, err);
        out.println(summary.report());
        return 0;
    }

    /** What needs no Spark, checked before a session starts. */
    private void checkOptions() {
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more: " + partitions);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-budget must be positive: " + timeBudget);
        }
        try {
            SizeLimit.text(maxBytes);
            SizeLimit.page(maxPageBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** spark-submit's entry: exits with a status only when the run did not finish (a Databricks job must not call exit on success). */
    public static void main(String... args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line with the given streams; returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CommandLine(new AnnotateJob(out, err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof CommandLine.ParameterException || e instanceof IllegalArgumentException) {
                        cmd.getErr().println("annotate-spark: " + e.getMessage());
                        return 2;
                    }
                    cmd.getErr().println("annotate-spark: the run failed: " + e);
                    e.printStackTrace(err);
                    return 1;
                })
                .execute(args);
    }
}
