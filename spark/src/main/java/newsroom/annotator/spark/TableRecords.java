package newsroom.annotator.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.SizeLimit;
import newsroom.annotator.input.Utf8;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import static org.apache.spark.sql.functions.col;

/**
 * A table of requests as record rows: Parquet, or JSON lines read by Spark's JSON reader (which splits
 * large files, unlike the {@code files} input's line by line reading). Each row becomes the JSON request
 * its columns make ({@code id}, {@code text} or {@code html}, and {@code date}, {@code url}, {@code title},
 * {@code languages} where the table has them), which is then read as bin/annotate reads an NDJSON line. A
 * row without an id and a JSON line Spark could not read are unreadable records named by their file; a
 * request over {@code --max-page-bytes} is unreadable under its id.
 */
final class TableRecords {

    /** The columns a request is made of, in the order its JSON is written. */
    private static final List<String> FIELDS = List.of("id", "text", "html", "date", "url", "title", "languages");
    private static final String CORRUPT = "_corrupt_record";
    private static final String FILE = "_file";
    private static final StructType JSON_SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("html", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("languages", DataTypes.createArrayType(DataTypes.StringType))
            .add(CORRUPT, DataTypes.StringType);

    private TableRecords() {
    }

    static Dataset<Row> read(SparkSession spark, List<String> paths, JobOptions.InputFormat format, long maxPageBytes) {
        Dataset<Row> table = format == JobOptions.InputFormat.PARQUET
                ? spark.read().parquet(paths.toArray(String[]::new))
                : spark.read().schema(JSON_SCHEMA).option("mode", "PERMISSIVE")
                        .option("columnNameOfCorruptRecord", CORRUPT).json(paths.toArray(String[]::new));
        List<String> columns = Arrays.asList(table.columns());
        if (!columns.contains("id") || !(columns.contains("text") || columns.contains("html"))) {
            throw new IllegalArgumentException("a table of requests needs an id column and a text or html column; "
                    + String.join(", ", paths) + " has " + columns);
        }
        List<String> present = FIELDS.stream().filter(columns::contains).toList();
        List<Column> selected = new ArrayList<>();
        for (String field : present) {
            selected.add(field.equals("languages") ? col(field) : col(field).cast(DataTypes.StringType).as(field));
        }
        selected.add(col("_metadata.file_path").as(FILE));
        if (columns.contains(CORRUPT)) {
            selected.add(col(CORRUPT));
        }
        return table.select(selected.toArray(Column[]::new))
                .map(new ToRecord(present, columns.contains(CORRUPT), maxPageBytes), Encoders.row(RecordRows.SCHEMA));
    }

    /** One row of the table as a record row. */
    private static final class ToRecord implements MapFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private static final JsonFactory JSON = new JsonFactory();

        private final List<String> fields;
        private final boolean corruptColumn;
        private final long maxPageBytes;

        ToRecord(List<String> fields, boolean corruptColumn, long maxPageBytes) {
            this.fields = List.copyOf(fields);
            this.corruptColumn = corruptColumn;
            this.maxPageBytes = maxPageBytes;
        }

        @Override
        public Row call(Row row) {
            String file = row.getAs(FILE);
            if (corruptColumn && row.getAs(CORRUPT) != null) {
                return RecordRows.of(BatchRecord.unreadable(file, BadInputException.malformed(
                        "a line Spark's JSON reader could not read as a request: " + BadInputException.echo(row.getAs(CORRUPT)))));
            }
            String id = row.getAs("id");
            if (id == null) {
                return RecordRows.of(BatchRecord.unreadable(file, BadInputException.malformed("a row without an id")));
            }
            String request = request(row);
            SizeLimit limit = SizeLimit.page(maxPageBytes);
            long size = Utf8.length(request);
            if (size > limit.maxBytes()) {
                return RecordRows.of(BatchRecord.unreadable(id, limit.tooLarge(size)));
            }
            return RecordRows.of(BatchRecord.of(id, BatchRecord.Format.JSON_LINE, request));
        }

        private String request(Row row) {
            StringWriter out = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                for (String field : fields) {
                    Object value = row.getAs(field);
                    if (value == null) {
                        continue;
                    }
                    json.writeFieldName(field);
                    if (value instanceof scala.collection.Seq<?>) {
                        json.writeStartArray();
                        for (Object element : row.getList(row.fieldIndex(field))) {
                            json.writeString(String.valueOf(element));
                        }
                        json.writeEndArray();
                    } else {
                        json.writeString(String.valueOf(value)); // a "languages" that is no list is the reader's 400
                    }
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }
}
