package newsroom.annotator.spark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One run of the job, as its command line gave it.
 *
 * @param inputs      files, folders or globs on any Hadoop file system, or tables
 * @param inputFormat how the inputs are read
 * @param output      where the annotations go (a folder of part files)
 * @param deadLetters where every record that failed goes, with its id and problem
 * @param format      the format of both outputs
 * @param compression a Spark compression codec for both outputs ({@code gzip}, {@code zstd}…), or Spark's default
 * @param overwrite   whether to replace the output of a finished run
 * @param partitions  how many partitions to spread the records over before annotating (0: as read)
 * @param recipe      how each executor builds its annotator
 * @param maxPageBytes the largest raw record: an HTML or JSON file, an NDJSON line, a table's request
 * @param timeBudget  the longest annotation of one record
 */
record JobOptions(List<String> inputs, InputFormat inputFormat, String output, String deadLetters,
                  OutputFormat format, Optional<String> compression, boolean overwrite, int partitions,
                  AnnotatorRecipe recipe, long maxPageBytes, Duration timeBudget) {

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** How the inputs are read. */
    enum InputFormat {
        /** Article files (.txt, .html, .json) and NDJSON files (.ndjson, .jsonl), gzipped or not, as bin/annotate reads them. */
        FILES,
        /** A Parquet table with an {@code id} column and a {@code text} or {@code html} column. */
        PARQUET,
        /** A JSON-lines table with those columns, read by Spark's JSON reader (split, not line by line). */
        JSON
    }

    /** How the outputs are written. */
    enum OutputFormat {
        /** One line a record: bin/annotate's annotation lines, and its error lines for the dead letters. */
        NDJSON,
        /** Columns to query (id, date, language, quotes) beside the annotation's JSON; the dead letters' problem fields. */
        PARQUET
    }
}
