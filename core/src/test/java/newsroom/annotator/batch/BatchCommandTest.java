package newsroom.annotator.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermissions;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static Run run(byte[] stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchCommand.run(args, new ByteArrayInputStream(stdin),
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

    /** The limit a page's text went over is named as the user set it: --max-bytes, not the service's setting. */
    @Test
    void aPageWhoseTextIsOverMaxBytesIsA413LineNamingTheOption(@TempDir Path folder) throws Exception {
        Files.copy(TestArticles.FOLDER.resolve("retailandpayments-redsys.html"), folder.resolve("page.html"));
        Run run = run("", "--max-bytes", "500", folder.resolve("page.html").toString());
        JsonNode error = run.lines().get(0).get("error");
        assertEquals(413, error.get("status").asInt());
        String detail = error.get("detail").asText();
        assertTrue(detail.contains("the limit is 500 bytes (--max-bytes)"), detail);
        assertFalse(detail.contains("annotator.max-bytes"), detail);
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

    /** Row 5: a 3 GB file beside a good one was read whole (OutOfMemoryError, no line written). */
    @Test
    void aHugeFileIsAnErrorLineReadNotAByteAndItsNeighbourIsAnnotated(@TempDir Path folder) throws Exception {
        Files.copy(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"), folder.resolve("01.txt"));
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("02.txt").toFile(), "rw")) {
            huge.setLength(3L << 30); // sparse: no disk and no time to make
        }
        Run run = run("", folder.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of("01.txt", "02.txt"), ids(run));
        assertTrue(run.lines().get(0).has("spans"));
        assertEquals(413, run.lines().get(1).get("error").get("status").asInt());
    }

    /**
     * Row 7: one unreadable sub-folder dropped the whole folder. As root nothing is unreadable, so the
     * unreadable part is a symbolic link that loops back to its folder; as another user, a chmod 000 folder too.
     */
    @Test
    void anUnreadableSubFolderIsOneErrorLineAndItsSiblingsAreAnnotated(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.txt"), "El presidente anunció que ofrecerá asilo político.");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.txt"), "The mayor said the budget would pass.");
        Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            Files.createDirectories(folder.resolve("locked"));
            Files.writeString(folder.resolve("locked/c.txt"), "Hidden.");
            Files.setPosixFilePermissions(folder.resolve("locked"), Set.of());
        }
        try {
            Run run = run("", folder.toString());
            List<String> ids = ids(run);
            assertEquals(root ? List.of("a.txt", "sub/b.txt", "sub/loop") : List.of("a.txt", "locked", "sub/b.txt", "sub/loop"),
                    ids, run.err());
            assertTrue(run.lines().get(0).has("spans"));
            JsonNode loop = run.lines().get(ids.indexOf("sub/loop")).get("error");
            assertTrue(loop.get("detail").asText().contains("loops"), loop.toString());
            if (!root) {
                assertTrue(run.lines().get(1).get("error").get("detail").asText().contains("permission denied"));
            }
        } finally {
            if (!root) {
                Files.setPosixFilePermissions(folder.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /** Row 12: two files of one name in two sub-folders had one id. */
    @Test
    void filesAreNamedByTheirPathInTheFolderGiven(@TempDir Path folder) throws Exception {
        for (String sub : List.of("sub1", "sub2")) {
            Files.createDirectories(folder.resolve(sub));
            Files.writeString(folder.resolve(sub + "/same.txt"), "Good morning, said the mayor of " + sub + ".");
        }
        Files.writeString(folder.resolve("sub1/same.gold.json"), "{}");
        Files.writeString(folder.resolve("sub1/same.expected.json"), "{}");
        Run run = run("", folder.toString());
        assertEquals(List.of("sub1/same.txt", "sub2/same.txt"), ids(run), "answers kept beside articles are no requests");
        assertEquals(0, run.status(), run.err());
    }

    /** Row 11: a line that is not UTF-8 was annotated with U+FFFD in it; a file with it is a 400. */
    @Test
    void anNdjsonLineThatIsNotUtf8IsA400Line() throws Exception {
        byte[] good = "{\"id\": \"good\", \"text\": \"Good morning.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"bad\", \"text\": \"Hola \u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xFF; // the second byte of "é"
        byte[] stdin = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, stdin, 0, bad.length);
        System.arraycopy(good, 0, stdin, bad.length, good.length);
        Run run = run(stdin, "-");
        assertEquals(List.of("stdin:1", "good"), ids(run));
        assertEquals(400, run.lines().get(0).get("error").get("status").asInt());
        assertTrue(run.lines().get(0).get("error").get("detail").asText().contains("UTF-8"));
    }

    @Test
    void gzippedFilesAreReadAsTheyAreAndABombIsAnErrorLine(@TempDir Path folder) throws Exception {
        gzip(folder.resolve("a.txt.gz"), "El presidente anunció que ofrecerá asilo político.".getBytes(StandardCharsets.UTF_8));
        gzip(folder.resolve("b.ndjson.gz"), "{\"id\": \"line\", \"text\": \"Good morning.\"}\n".getBytes(StandardCharsets.UTF_8));
        gzip(folder.resolve("c.html.gz"), new byte[64 << 20]); // 64 MB of zeros in 64 KB
        Run run = run("", "--max-page-bytes", "1000000", folder.toString());
        assertEquals(List.of("a.txt.gz", "line", "c.html.gz"), ids(run));
        assertEquals("es", run.lines().get(0).get("language").asText());
        assertEquals(413, run.lines().get(2).get("error").get("status").asInt());
    }

    @Test
    void anArticleOverItsTimeBudgetIsA422Line() throws Exception {
        String article = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt"));
        Run run = run(JSON.writeValueAsString(java.util.Map.of("id", "slow", "text", article.repeat(20))) + "\n",
                "--time-budget", "1ms", "-");
        assertEquals(422, run.lines().get(0).get("error").get("status").asInt(), run.lines().toString());
    }

    /** Row 8: output that cannot be written was ignored; now the run stops with a message and status 3. */
    @Test
    void anOutputThatFailsStopsTheRunWithStatus3() throws Exception {
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            stdin.append("{\"id\": \"r").append(i).append("\", \"text\": \"Good morning.\"}\n");
        }
        int[] writes = {0};
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                writes[0]++;
                throw new java.io.IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchCommand.run(new String[] {"--threads", "1", "-"},
                new ByteArrayInputStream(stdin.toString().getBytes(StandardCharsets.UTF_8)), full,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(3, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No space left on device"), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, writes[0], "the run should stop at the first failed line");
    }

    @Test
    void outputFileAppearsWholeAndResumeGoesOnAfterTheCompleteLines(@TempDir Path folder) throws Exception {
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            stdin.append("{\"id\": \"r").append(i).append("\", \"text\": \"Good morning number ").append(i).append(".\"}\n");
        }
        Path output = folder.resolve("out.ndjson");
        // a killed run left two complete lines and a cut one
        Files.writeString(BatchOutput.partialOf(output), "{\"id\":\"r0\"}\n{\"id\":\"r1\"}\n{\"id\":\"r2\",\"te");
        Run run = run(stdin.toString(), "--output", output.toString(), "--resume", "-");
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(output);
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4", "r5"), ids);
        assertFalse(Files.exists(BatchOutput.partialOf(output)));
        assertTrue(run.err().contains("resuming after the 2 records"), run.err());
    }

    @Test
    void optionsThatNeedNoModelsAreCheckedBeforeTheyLoad() throws Exception {
        long started = System.nanoTime();
        Run run = run("", "--threads", "0", "--languages", "all", "-");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--threads"), run.err());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused only after loading 75 languages' models");
        assertEquals(2, run("", "--resume", "-").status());
    }

    @Test
    void versionIsPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BatchCommand.run(new String[] {"-V"}, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("annotate (quote-annotator) "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMisspelledDictionaryFileIsReported(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("en/reporting-verb.txt"), "said\n");
        Run run = run("{\"text\": \"Good morning.\"}\n", "--dictionaries", folder.toString(), "-");
        assertTrue(run.err().contains("en/reporting-verb.txt"), run.err());
    }

    private static List<String> ids(Run run) {
        return run.lines().stream().map(l -> l.get("id").asText()).toList();
    }

    private static void gzip(Path file, byte[] content) throws java.io.IOException {
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
