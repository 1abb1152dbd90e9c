package newsroom.annotator.spark;

import static newsroom.annotator.spark.JobRun.job;
import static newsroom.annotator.spark.JobRun.lines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record that fails lands in the dead letters exactly once, with its id and the problem's status,
 * and every other record in the output: nothing dropped, nothing doubled, whatever the mix.
 */
class DeadLettersTest {

    @Test
    void eachBadRecordIsOneDeadLetterAndEveryGoodOneIsAnnotated(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        String plain = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt"));
        copy("breitbart-asylum-plain.txt", in);
        copy("zocalo-musk-luna.txt", in);
        copy("retailandpayments-redsys.html", in.resolve("sub"));
        Files.writeString(in.resolve("big.txt"), "Palabras y más palabras. ".repeat(45_000));          // 1.1 MB > --max-bytes
        Files.writeString(in.resolve("page.html"), "<p>" + "words ".repeat(30_000) + "</p>");          // > --max-page-bytes
        Files.write(in.resolve("latin1.txt"), "El alcalde dijo: «sí».".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("broken.txt.gz"), "not gzip at all");
        Files.write(in.resolve("bomb.txt.gz"), gzip(new byte[2_000_000]));                             // 2 MB of zeros
        Files.writeString(in.resolve("list.json"), "[\"not\", \"a request\"]");
        Files.writeString(in.resolve("notes.md"), "not an article: no record");
        Files.writeString(in.resolve("breitbart-asylum-plain.gold.json"), "{\"an answer kept beside\": true}");
        try (OutputStream ndjson = Files.newOutputStream(in.resolve("requests.ndjson"))) {
            ndjson.write(("{\"id\": \"r1\", \"text\": " + new ObjectMapper().writeValueAsString(plain) + "}\n").getBytes(StandardCharsets.UTF_8));
            ndjson.write("this line is not JSON\n".getBytes(StandardCharsets.UTF_8));
            ndjson.write("{\"id\": \"r3\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
            ndjson.write(new byte[] {(byte) 0xE9}); // ISO-8859-1's é: not UTF-8
            ndjson.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            ndjson.write("{\"id\": \"r4\", \"text\": \"The mayor spoke.\", \"date\": \"yesterday\"}\n".getBytes(StandardCharsets.UTF_8));
            ndjson.write("{\"id\": \"r5\", \"text\": \"The mayor spoke.\", \"languages\": \"en\"}\n".getBytes(StandardCharsets.UTF_8));
            ndjson.write("   \n".getBytes(StandardCharsets.UTF_8)); // blank: no record
            ndjson.write(("{\"id\": \"r7\", \"text\": \"" + "long ".repeat(40_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            ndjson.write("{\"id\": \"r8\", \"text\": \"El alcalde dijo que la obra terminará en marzo.\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        JobRun run = job("--output", dir.resolve("out"), "--dead-letters", dir.resolve("dead"), "--max-page-bytes", 100_000,
                "--partitions", 4, in);

        assertEquals(0, run.status(), run.err());
        Map<String, Integer> dead = new TreeMap<>();
        for (String line : lines(dir.resolve("dead"))) {
            Integer before = dead.put(JobRun.id(line), JobRun.json(line).get("error").get("status").asInt());
            assertEquals(null, before, "twice in the dead letters: " + line);
        }
        Map<String, Integer> expectedDead = new TreeMap<>(Map.of("big.txt", 413, "page.html", 413, "latin1.txt", 400,
                "broken.txt.gz", 400, "bomb.txt.gz", 413, "list.json", 400, "requests.ndjson:2", 400,
                "requests.ndjson:3", 400, "r4", 400, "r5", 400));
        expectedDead.put("requests.ndjson:7", 413);
        assertEquals(expectedDead, dead);
        List<String> annotated = lines(dir.resolve("out")).stream().map(JobRun::id).sorted().toList();
        assertEquals(List.of("breitbart-asylum-plain.txt", "r1", "r8", "sub/retailandpayments-redsys.html", "zocalo-musk-luna.txt"),
                annotated);
        assertArrayEquals(new long[] {16, 5, 11}, run.counts(), run.out());
    }

    /**
     * A JSON table (read by Spark's JSON reader, not line by line): its good rows are annotated, and a row
     * without an id, a line that is no JSON and a bad date are dead letters; the first two carry their file's
     * path, having no id of their own.
     */
    @Test
    void aJsonTablesBadRowsAreDeadLettersAndItsGoodRowsAreAnnotated(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("table");
        Files.createDirectories(table);
        Files.write(table.resolve("requests.json"), List.of(
                "{\"id\": \"a\", \"text\": \"El alcalde dijo que la obra terminará en marzo.\"}",
                "{\"text\": \"No id at all.\"}",
                "{\"id\": \"b\", \"html\": \"<p>The mayor said the works would end in March.</p>\"}",
                "this line is not JSON",
                "{\"id\": \"c\", \"text\": \"The mayor spoke.\", \"date\": \"yesterday\"}"));

        JobRun run = job("--input-format", "json", "--output", dir.resolve("out"), table);

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("a", "b"), lines(dir.resolve("out")).stream().map(JobRun::id).sorted().toList());
        List<String> dead = lines(dir.resolve("out-dead-letters"));
        assertEquals(3, dead.size(), dead.toString());
        for (String line : dead) {
            assertEquals(400, JobRun.json(line).get("error").get("status").asInt(), line);
        }
        List<String> ids = dead.stream().map(JobRun::id).sorted().toList();
        assertEquals("c", ids.get(0));
        assertTrue(ids.get(1).endsWith("/table/requests.json") && ids.get(2).endsWith("/table/requests.json"), ids.toString());
        assertArrayEquals(new long[] {5, 2, 3}, run.counts(), run.out());
    }

    /** An article over its time budget is a 422 dead letter, told soon after the budget (200 ms) is spent. */
    @Test
    void anArticleOverItsTimeBudgetIsADeadLetter(@TempDir Path dir) throws IOException {
        String plain = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt"));
        Files.writeString(dir.resolve("long.txt"), plain.repeat(900_000 / plain.length())); // 900 kB of prose: seconds
        long started = System.nanoTime();
        JobRun run = job("--output", dir.resolve("out"), "--time-budget", "200ms", dir.resolve("long.txt"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertEquals(0, run.status(), run.err());
        List<String> dead = lines(dir.resolve("out-dead-letters"));
        assertEquals(1, dead.size(), dead.toString());
        assertEquals("long.txt", JobRun.id(dead.get(0)));
        assertEquals(422, JobRun.json(dead.get(0)).get("error").get("status").asInt());
        assertEquals(List.of(), lines(dir.resolve("out")));
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    private static void copy(String article, Path folder) throws IOException {
        Files.copy(TestArticles.FOLDER.resolve(article), folder.resolve(article));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
