package newsroom.annotator.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Where a run writes, in which format: the dead letters first, then the annotations, each a folder of part
 * files written through Spark's output commit protocol (a task's file joins the folder only when the
 * whole write commits; a killed run leaves {@code _temporary}, which Spark's readers skip, and no
 * {@code _SUCCESS}). {@code OUTPUT/_SUCCESS} therefore says that the whole run finished; a run without it
 * is replaced by the next one.
 */
final class JobOutputs {

    private final String output;
    private final String deadLetters;
    private final JobOptions.OutputFormat format;
    private final Optional<String> compression;

    private JobOutputs(String output, String deadLetters, JobOptions.OutputFormat format, Optional<String> compression) {
        this.output = output;
        this.deadLetters = deadLetters;
        this.format = format;
        this.compression = compression;
    }

    /**
     * Checks, before any work, that the two folders are apart from each other and from the inputs (a run
     * over its own output would annotate its part files), and that the output is not a finished run that
     * {@code --overwrite} does not replace.
     */
    static JobOutputs check(JobOptions options, InputRoots inputs, Configuration hadoop) throws IOException {
        Path output = qualified(options.output(), hadoop);
        Path deadLetters = qualified(options.deadLetters(), hadoop);
        if (within(output, deadLetters) || within(deadLetters, output)) {
            throw new IllegalArgumentException("--output and --dead-letters must be two folders apart: " + output + ", " + deadLetters);
        }
        for (String read : inputs.reads()) {
            Path input = new Path(read);
            for (Path written : new Path[] {output, deadLetters}) {
                if (within(written, input) || within(input, written)) {
                    throw new IllegalArgumentException(written + " is inside the input " + input + " or holds it");
                }
            }
        }
        FileSystem fs = output.getFileSystem(hadoop);
        if (!options.overwrite() && fs.exists(new Path(output, "_SUCCESS"))) {
            throw new IllegalArgumentException(output + " holds a finished run (its _SUCCESS): give --overwrite to replace it");
        }
        return new JobOutputs(output.toString(), deadLetters.toString(), options.format(), options.compression());
    }

    /** Writes the failed outcomes, then the annotated ones. */
    void write(Dataset<Row> outcomes) {
        Dataset<Row> failed = outcomes.filter(col("failed"));
        Dataset<Row> annotated = outcomes.filter(not(col("failed")));
        if (format == JobOptions.OutputFormat.NDJSON) {
            writer(failed.select(col("line").as("value"))).text(deadLetters);
            writer(annotated.select(col("line").as("value"))).text(output);
        } else {
            writer(failed.select("id", "status", "title", "detail")).parquet(deadLetters);
            writer(annotated.select(col("id"), col("date"), col("language"), col("quotes"), col("line").as("annotation")))
                    .parquet(output);
        }
    }

    String output() {
        return output;
    }

    String deadLetters() {
        return deadLetters;
    }

    private DataFrameWriter<Row> writer(Dataset<Row> rows) {
        DataFrameWriter<Row> writer = rows.write().mode(SaveMode.Overwrite);
        compression.ifPresent(codec -> writer.option("compression", codec));
        return writer;
    }

    private static Path qualified(String path, Configuration hadoop) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(hadoop).makeQualified(p);
    }

    /** Whether {@code inner} is {@code outer} or lies under it. */
    private static boolean within(Path inner, Path outer) {
        String in = inner.toString();
        String out = outer.toString().endsWith("/") ? outer.toString() : outer + "/";
        return in.equals(outer.toString()) || (in + "/").startsWith(out);
    }
}
