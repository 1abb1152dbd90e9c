package newsroom.annotator.spark;

import static newsroom.annotator.spark.JobRun.batch;
import static newsroom.annotator.spark.JobRun.byId;
import static newsroom.annotator.spark.JobRun.job;
import static newsroom.annotator.spark.JobRun.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsroom.annotator.TestArticles;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on two cores gives, record for record and byte for byte, the lines bin/annotate
 * gives for the same inputs (the batch command, run in this JVM): what an archive's annotations are must
 * not depend on which of the two annotated it.
 */
class SameAnswersAsTheBatchToolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HAND_MARKED_SAMPLE = 300;

    @Test
    void theTestArticlesAreAnnotatedByteForByteAsTheBatchToolAnnotatesThem(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<Path> articles = articlesAndAnEvenSampleOfTheHandMarkedOnes();
        for (Path article : articles) {
            Files.copy(article, in.resolve(article.getFileName()));
        }
        Path out = dir.resolve("out");
        List<String> expected = batch("--threads", "2", in);
        JobRun run = job("--output", out, "--partitions", "6", in);

        assertEquals(0, run.status(), run.err());
        assertTrue(articles.size() > HAND_MARKED_SAMPLE, "the articles and the hand-marked ones: " + articles.size());
        assertEquals(articles.size(), expected.size(), "a line for each article");
        assertEquals(byId(expected), byId(lines(out)));
        assertEquals(List.of(), lines(dir.resolve("out-dead-letters")));
        assertEquals(expected.size(), run.counts()[0]);
    }

    /** Requests with and without ids (named FILE:LINE), an HTML one, gzipped or not, in a sub-folder. */
    @Test
    void ndjsonRequestsGzippedOrNotGiveTheBatchToolsLines(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("more"));
        List<String> requests = requests(false);
        Files.write(in.resolve("requests.ndjson"), requests);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("more/requests.jsonl.gz")))) {
            gz.write(String.join("\n", requests.subList(0, 6)).getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        List<String> expected = batch(in);
        JobRun run = job("--output", out, "--dead-letters", dir.resolve("dead"), "--partitions", "3", in);

        assertEquals(0, run.status(), run.err());
        assertEquals(requests.size() + 6, expected.size());
        assertTrue(expected.stream().anyMatch(line -> "requests.ndjson:2".equals(JobRun.id(line))), "a request without an id");
        assertEquals(byId(expected), byId(lines(out)));
    }

    /**
     * A Parquet table of requests gives the lines the same requests give as NDJSON; the Parquet output holds
     * those lines with their id, language and number of quotations beside them.
     */
    @Test
    void aParquetTableGivesTheLinesOfTheSameRequestsAndParquetHoldsThemWithTheirFields(@TempDir Path dir) throws IOException {
        List<String> requests = requests(true);
        Files.write(dir.resolve("requests.ndjson"), requests);
        List<Row> rows = new ArrayList<>();
        for (String request : requests) {
            ObjectNode r = (ObjectNode) JSON.readTree(request);
            rows.add(RowFactory.create(r.get("id").asText(), r.path("text").textValue(), r.path("html").textValue()));
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("html", DataTypes.StringType);
        LocalSpark.session().createDataFrame(rows, schema).repartition(3).write().parquet(dir.resolve("table").toString());
        List<String> expected = batch(dir.resolve("requests.ndjson"));

        Path out = dir.resolve("out");
        JobRun run = job("--input-format", "parquet", "--format", "parquet", "--output", out, dir.resolve("table"));

        assertEquals(0, run.status(), run.err());
        List<Row> written = LocalSpark.session().read().parquet(out.toString()).collectAsList();
        List<String> annotations = written.stream().map(row -> row.<String>getAs("annotation")).toList();
        assertEquals(byId(expected), byId(annotations));
        for (Row row : written) {
            var line = JobRun.json(row.getAs("annotation"));
            assertEquals(line.get("id").asText(), row.getAs("id"));
            assertEquals(line.get("language").textValue(), row.getAs("language"));
            assertEquals(line.get("quotes").size(), (int) row.<Integer>getAs("quotes"));
        }
        assertTrue(written.stream().anyMatch(row -> row.<Integer>getAs("quotes") > 0), "some articles quote someone");
    }

    /**
     * The articles folder and {@value #HAND_MARKED_SAMPLE} of the hand-marked articles spread evenly over their sorted
     * names, so that the test's time stays put while the hand-marked corpus grows (annotating all of it twice took four
     * minutes, 40% of the suite, at 2,300 articles).
     */
    private static List<Path> articlesAndAnEvenSampleOfTheHandMarkedOnes() {
        List<Path> handMarked = TestArticles.handMarked();
        int sample = Math.min(HAND_MARKED_SAMPLE, handMarked.size());
        List<Path> chosen = new ArrayList<>(TestArticles.all());
        for (int i = 0; i < sample; i++) {
            chosen.add(handMarked.get(i * handMarked.size() / sample));
        }
        return chosen;
    }

    /** The test articles as JSON requests; every third without an id unless {@code allIds}. */
    private static List<String> requests(boolean allIds) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path article : TestArticles.all()) {
            String name = article.getFileName().toString();
            if (name.endsWith(".json")) {
                continue;
            }
            ObjectNode request = JSON.createObjectNode();
            if (allIds || lines.size() % 3 != 1) {
                request.put("id", name);
            }
            request.put(name.endsWith(".html") ? "html" : "text", TestArticles.read(article));
            lines.add(JSON.writeValueAsString(request));
        }
        return lines;
    }
}
