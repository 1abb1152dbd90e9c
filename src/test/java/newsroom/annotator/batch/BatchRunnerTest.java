package newsroom.annotator.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsroom.annotator.Annotators;
import newsroom.annotator.TestArticles;
import java.time.Duration;
import newsroom.annotator.input.Limits;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordAnnotator annotator = new RecordAnnotator(Annotators.shared(), Limits.defaults());

    @Test
    void outputKeepsInputOrderUnderParallelismWithFailuresMixedIn() throws Exception {
        String longArticle = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt"));
        // long and short records alternate, so later ones finish first
        List<BatchRecord> records = IntStream.range(0, 60).mapToObj(i -> switch (i % 3) {
            case 0 -> BatchRecord.of("r" + i, BatchRecord.Format.TEXT, longArticle);
            case 1 -> BatchRecord.of("r" + i, BatchRecord.Format.TEXT, "Hola.");
            default -> BatchRecord.of("r" + i, BatchRecord.Format.JSON_FILE, "{broken");
        }).toList();
        List<String> out = new ArrayList<>();

        BatchRunner.Summary summary = new BatchRunner(annotator, 4, Duration.ofSeconds(10))
                .run(records.iterator(), out::add, Progress.SILENT, BatchRunner.Control.NONE);

        assertEquals(60, summary.records());
        assertEquals(20, summary.failed());
        List<String> ids = new ArrayList<>();
        for (String line : out) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertEquals(records.stream().map(BatchRecord::id).toList(), ids);
    }
}
