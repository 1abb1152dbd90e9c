package newsroom.annotator.spark;

import java.io.Serializable;
import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.batch.RecordAnnotator;
import newsroom.annotator.input.Utf8;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What a run counts on its executors, with Spark accumulators: records, failures, bytes of articles read
 * and of lines written, and the annotators built. Each task's counts reach the driver once, when the task
 * succeeds (a failed attempt's do not); a partition annotated twice because its executor was lost between
 * the two writes counts twice.
 */
final class JobCounters implements Serializable, ExecutorAnnotators.Builds {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator records;
    private final LongAccumulator failed;
    private final LongAccumulator bytesRead;
    private final LongAccumulator bytesWritten;
    private final LongAccumulator annotatorsBuilt;
    private final LongAccumulator buildMillis;

    JobCounters(SparkContext spark) {
        records = spark.longAccumulator("records");
        failed = spark.longAccumulator("records failed");
        bytesRead = spark.longAccumulator("bytes read");
        bytesWritten = spark.longAccumulator("bytes written");
        annotatorsBuilt = spark.longAccumulator("annotators built");
        buildMillis = spark.longAccumulator("annotator build ms");
    }

    /** A record and its line: the article's UTF-8 bytes as read, the line's as written (with its line end). */
    void count(BatchRecord record, RecordAnnotator.Line line) {
        records.add(1);
        failed.add(line.failed() ? 1 : 0);
        bytesRead.add(record.content() == null ? 0 : Utf8.length(record.content()));
        bytesWritten.add(Utf8.length(line.json()) + 1);
    }

    @Override
    public void built(long millis) {
        annotatorsBuilt.add(1);
        buildMillis.add(millis);
    }

    long records() {
        return records.value();
    }

    long failed() {
        return failed.value();
    }

    long bytesRead() {
        return bytesRead.value();
    }

    long bytesWritten() {
        return bytesWritten.value();
    }

    long annotatorsBuilt() {
        return annotatorsBuilt.value();
    }

    double buildSeconds() {
        return buildMillis.value() / 1000.0;
    }
}
