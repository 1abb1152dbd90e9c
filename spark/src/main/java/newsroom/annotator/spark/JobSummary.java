package newsroom.annotator.spark;

import java.util.Locale;

/**
 * What a run did, from its counters: the records, how many failed, bytes read and written, the annotators
 * the executors built, and the seconds it took.
 *
 * @param checkSeconds the annotator built on the driver to check the options (0 when this JVM had it)
 * @param runSeconds   reading, annotating and writing, from the first job to the last commit
 */
record JobSummary(long records, long failed, long bytesRead, long bytesWritten, long annotatorsBuilt,
                  double buildSeconds, double checkSeconds, double runSeconds, String output, String deadLetters) {

    long annotated() {
        return records - failed;
    }

    /** The lines the job prints at the end. */
    String report() {
        return String.format(Locale.ROOT, "annotate-spark: %d records in %.1f s (%.1f records/s): %d annotated in %s, "
                        + "%d in the dead letters %s; %.2f MB of articles read, %.2f MB of lines written%n"
                        + "annotate-spark: annotators built on the executors: %d (%.1f s); on the driver, to check the options: %.1f s",
                records, runSeconds, records / Math.max(runSeconds, 1e-9), annotated(), output, failed, deadLetters,
                bytesRead / 1e6, bytesWritten / 1e6, annotatorsBuilt, buildSeconds, checkSeconds);
    }
}
