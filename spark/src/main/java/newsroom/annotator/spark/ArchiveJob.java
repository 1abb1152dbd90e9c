package newsroom.annotator.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import newsroom.annotator.Annotator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job: checks its options on the driver, reads the inputs as records, annotates them on
 * the executors, and writes the dead letters, then the annotations. Each record is annotated once: the
 * outcomes are kept (memory, then disk) while the first write computes them, and the second write reads
 * them back.
 */
final class ArchiveJob {

    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private ArchiveJob() {
    }

    static JobSummary run(SparkSession spark, JobOptions options, PrintStream log) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputRoots inputs = InputRoots.resolve(options.inputs(), hadoop);
        JobOutputs outputs = JobOutputs.check(options, inputs, hadoop);
        double checkSeconds = check(options.recipe(), log);

        long started = System.nanoTime();
        JobCounters counters = new JobCounters(spark.sparkContext());
        Dataset<Row> records = options.inputFormat() == JobOptions.InputFormat.FILES
                ? files(spark, inputs, options)
                : TableRecords.read(spark, inputs.paths(), options.inputFormat(), options.maxPageBytes());
        if (options.partitions() > 0) {
            records = records.repartition(options.partitions(), col("id"));
        }
        Dataset<Row> outcomes = records
                .mapPartitions(new AnnotateRecords(options.recipe(), options.maxPageBytes(), options.timeBudget(), counters),
                        Encoders.row(Outcomes.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            outputs.write(outcomes);
        } finally {
            outcomes.unpersist();
        }
        return new JobSummary(counters.records(), counters.failed(), counters.bytesRead(), counters.bytesWritten(),
                counters.annotatorsBuilt(), counters.buildSeconds(), checkSeconds,
                (System.nanoTime() - started) / 1e9, outputs.output(), outputs.deadLetters());
    }

    /**
     * Builds the annotator once on the driver, so that a wrong language, stage or dictionaries folder
     * stops the run now rather than failing every task; returns how long that took.
     */
    private static double check(AnnotatorRecipe recipe, PrintStream log) {
        long[] millis = {0};
        Annotator annotator = ExecutorAnnotators.annotator(recipe, built -> millis[0] = built);
        annotator.misspelledDictionaries().forEach(file -> log.println("annotate-spark: warning: the dictionaries folder's "
                + file + " is not a list the annotator reads (misspelled?); it is ignored"));
        return millis[0] / 1000.0;
    }

    /** Every file under the inputs, sub-folders too, as records ({@link FileRecords}). */
    private static Dataset<Row> files(SparkSession spark, InputRoots inputs, JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        String recursive = hadoop.get(RECURSIVE);
        hadoop.setBoolean(RECURSIVE, true); // binaryFiles copies the configuration: set for this call only
        JavaRDD<Row> rows;
        try {
            rows = context.binaryFiles(String.join(",", inputs.paths()), context.defaultParallelism())
                    .flatMap(new FileRecords(inputs, options.recipe().maxTextBytes(), options.maxPageBytes()));
        } finally {
            if (recursive == null) {
                hadoop.unset(RECURSIVE);
            } else {
                hadoop.set(RECURSIVE, recursive);
            }
        }
        return spark.createDataFrame(rows, RecordRows.SCHEMA);
    }
}
