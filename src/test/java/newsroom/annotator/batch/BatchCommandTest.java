package newsroom.annotator.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void folderWithOneBadFileGivesAnErrorLineForItAndGoesOn(@TempDir Path folder) throws Exception {
        Path articles = TestArticles.FOLDER;
        Files.copy(articles.resolve("breitbart-asylum-plain.txt"), folder.resolve("a.txt"));
        Files.write(folder.resolve("b.txt"), new byte[] {'H', 'o', 'l', 'a', (byte) 0xC3, (byte) 0x28});
        Files.writeString(folder.resolve("c.json"), "{\"text\": \"El presidente anunció que ofrecerá asilo político.\"}");
        Files.writeString(folder.resolve("d.json"), "{\"text\": ");
        Files.writeString(folder.resolve("notes.md"), "not an article");

        Run run = run("", "--threads", "2", folder.toString());

        assertEquals(1, run.status(), "a failed record makes the exit status non-zero");
        assertEquals(List.of("a.txt", "b.txt", "c.json", "d.json"), run.lines().stream().map(l -> l.get("id").asText()).toList());
        assertTrue(run.lines().get(0).has("spans"));
        assertEquals(400, run.lines().get(1).get("error").get("status").asInt());
        assertTrue(run.lines().get(1).get("error").get("detail").asText().contains("UTF-8"));
        assertEquals("es", run.lines().get(2).get("language").asText());
        assertEquals(400, run.lines().get(3).get("error").get("status").asInt());
    }

    @Test
    void ndjsonOnStandardInputKeepsEachRequestsIdAndOrder() throws Exception {
        String stdin = """
                {"id": "first", "text": "The announcement came soon after a U.K. judge refused an extradition request."}
                not json at all
                {"id": "third", "text": "", "date": "2021-01-04"}
                {"text": "Sin id, el registro se nombra por su línea."}
                """;
        Run run = run(stdin, "-");
        assertEquals(1, run.status());
        assertEquals(List.of("first", "stdin:2", "third", "stdin:4"), run.lines().stream().map(l -> l.get("id").asText()).toList());
        assertEquals("en", run.lines().get(0).get("language").asText());
        assertTrue(run.lines().get(1).has("error"));
        assertTrue(run.lines().get(2).has("error"));
        assertFalse(run.lines().get(3).has("error"));
    }

    @Test
    void recordOverTheSizeLimitIsA413Line() throws Exception {
        Run run = run("{\"id\": \"big\", \"text\": \"" + "a".repeat(2000) + "\"}\n", "--max-bytes", "1000");
        assertEquals(413, run.lines().get(0).get("error").get("status").asInt());
    }

    @Test
    void cleanRunExitsZero(@TempDir Path folder) throws Exception {
        Files.copy(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"), folder.resolve("t.txt"));
        Run run = run("", folder.resolve("t.txt").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("2021-01-04", run.lines().get(0).get("date").asText());
    }

    @Test
    void wrongOptionIsAUsageError() throws Exception {
        Run run = run("", "--languages", "en,xx", "-");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("xx"), run.err());
    }
}
