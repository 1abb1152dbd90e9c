package newsroom.annotator.spark;

import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.input.BadInputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A batch record as a row, so that records cross a shuffle in Spark's own format whatever serializer the
 * cluster configures: its id and format and content, or the problem that made it unreadable.
 */
final class RecordRows {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("format", DataTypes.StringType)
            .add("content", DataTypes.StringType)
            .add("status", DataTypes.IntegerType)
            .add("title", DataTypes.StringType)
            .add("detail", DataTypes.StringType);

    private RecordRows() {
    }

    static Row of(BatchRecord record) {
        BadInputException problem = record.unreadable();
        return problem == null
                ? RowFactory.create(record.id(), record.format().name(), record.content(), null, null, null)
                : RowFactory.create(record.id(), null, null, problem.status(), problem.title(), problem.getMessage());
    }

    static BatchRecord record(Row row) {
        String id = row.getString(0);
        if (!row.isNullAt(3)) {
            return BatchRecord.unreadable(id, new BadInputException(row.getInt(3), row.getString(4), row.getString(5)));
        }
        return BatchRecord.of(id, BatchRecord.Format.valueOf(row.getString(1)), row.getString(2));
    }
}
