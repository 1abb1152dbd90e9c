package newsroom.annotator.spark;

import java.time.Duration;
import java.util.Iterator;
import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.batch.RecordAnnotator;
import newsroom.annotator.input.Limits;
import newsroom.annotator.pipeline.Deadline;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Annotates a partition's records one at a time, as they are read, each within its time budget, with the
 * executor's shared annotator ({@link ExecutorAnnotators}): an outcome row a record, its annotation line
 * or its error line, exactly what bin/annotate writes for it ({@link RecordAnnotator}).
 */
final class AnnotateRecords implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final AnnotatorRecipe recipe;
    private final long maxPageBytes;
    private final Duration timeBudget;
    private final JobCounters counters;

    AnnotateRecords(AnnotatorRecipe recipe, long maxPageBytes, Duration timeBudget, JobCounters counters) {
        this.recipe = recipe;
        this.maxPageBytes = maxPageBytes;
        this.timeBudget = timeBudget;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        Limits limits = Limits.of(recipe.maxTextBytes(), maxPageBytes);
        return new Iterator<>() {
            private RecordAnnotator annotator;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                if (annotator == null) { // an empty partition needs no annotator
                    annotator = new RecordAnnotator(ExecutorAnnotators.annotator(recipe, counters), limits);
                }
                BatchRecord record = RecordRows.record(records.next());
                RecordAnnotator.Line line = annotator.annotate(record, Deadline.after(timeBudget));
                counters.count(record, line);
                return Outcomes.of(line);
            }
        };
    }
}
