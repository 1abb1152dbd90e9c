package newsroom.annotator.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import newsroom.annotator.batch.RecordAnnotator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What became of a record, as a row: its output line (the annotation, or the error line), whether it
 * failed, and the line's fields worth a Parquet column of their own, read off the line's top level.
 */
final class Outcomes {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("failed", DataTypes.BooleanType, false)
            .add("line", DataTypes.StringType, false)
            .add("date", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("quotes", DataTypes.IntegerType)
            .add("status", DataTypes.IntegerType)
            .add("title", DataTypes.StringType)
            .add("detail", DataTypes.StringType);

    private static final JsonFactory JSON = new JsonFactory();

    private Outcomes() {
    }

    static Row of(RecordAnnotator.Line line) {
        Fields fields = new Fields();
        try (JsonParser json = JSON.createParser(line.json())) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "id" -> fields.id = json.getValueAsString();
                    case "date" -> fields.date = json.getValueAsString();
                    case "language" -> fields.language = json.getValueAsString();
                    case "quotes" -> fields.quotes = count(json);
                    case "error" -> readProblem(json, fields);
                    default -> {
                        if (value.isStructStart()) {
                            json.skipChildren();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the annotator wrote a line that is not JSON", e);
        }
        return RowFactory.create(fields.id, line.failed(), line.json(), fields.date, fields.language,
                line.failed() ? null : fields.quotes, fields.status, fields.title, fields.detail);
    }

    private static int count(JsonParser json) throws IOException {
        int elements = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            json.skipChildren();
            elements++;
        }
        return elements;
    }

    private static void readProblem(JsonParser json, Fields fields) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "status" -> fields.status = json.getIntValue();
                case "title" -> fields.title = json.getValueAsString();
                case "detail" -> fields.detail = json.getValueAsString();
                default -> json.skipChildren();
            }
        }
    }

    /** The fields read off one line. */
    private static final class Fields {
        String id;
        String date;
        String language;
        int quotes;
        Integer status;
        String title;
        String detail;
    }
}
