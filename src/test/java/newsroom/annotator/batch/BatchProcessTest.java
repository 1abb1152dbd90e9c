package newsroom.annotator.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch tool as its own process, with the heap {@code bin/annotate} users give it, for what only a
 * real process shows: memory, the process's own standard output, signals. Rows 6, 8 and 9 of issue 13.
 */
class BatchProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Short real sentences (breitbart-asylum-plain.txt), one request each. */
    private static List<String> requests(int count) {
        String[] sentences = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt")).split("(?<=[.!?])\\s+");
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String sentence = sentences[i % sentences.length].strip();
            lines.add("{\"id\": \"r" + i + "\", \"text\": " + quote(sentence.isEmpty() ? "Hola." : sentence) + "}");
        }
        return lines;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder annotate(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                "newsroom.annotator.Main", "annotate"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Row 6: one 300 MB line among 300 records ran a 256 MB heap out of memory and lost 122 records. */
    @Test
    void a300MegabyteLineIsOneErrorLineAndItsNeighboursAreAnnotated(@TempDir Path folder) throws Exception {
        Process process = annotate("--threads", "2", "-").redirectError(folder.resolve("err").toFile())
                .redirectOutput(folder.resolve("out").toFile()).start();
        List<String> requests = requests(300);
        try (OutputStream in = process.getOutputStream()) {
            for (int i = 0; i < 300; i++) {
                if (i == 200) {
                    in.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
                    byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int mb = 0; mb < 300; mb++) {
                        in.write(block);
                    }
                    in.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                }
                in.write((requests.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        List<String> lines = Files.readAllLines(folder.resolve("out"));
        assertEquals(1, process.exitValue(), Files.readString(folder.resolve("err")));
        assertEquals(301, lines.size());
        assertEquals("stdin:201", JSON.readTree(lines.get(200)).get("id").asText());
        assertEquals(413, JSON.readTree(lines.get(200)).get("error").get("status").asInt());
        assertEquals("r299", JSON.readTree(lines.get(300)).get("id").asText());
    }

    /** Row 8: {@code > /dev/full} exited 0. */
    @Test
    void aFullDiskStopsTheRunWithStatus3(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("in.ndjson");
        Files.write(input, requests(50));
        Process process = annotate(input.toString()).redirectOutput(Path.of("/dev/full").toFile())
                .redirectError(folder.resolve("err").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        String err = Files.readString(folder.resolve("err"));
        assertEquals(3, process.exitValue(), err);
        assertTrue(err.contains("cannot write the output"), err);
    }

    /** Row 8: {@code | head -1} annotated all 5,000 records; a closed pipe now stops the run. */
    @Test
    void aClosedPipeStopsTheRun(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("in.ndjson");
        Files.write(input, requests(5000));
        Process process = annotate("--threads", "1", input.toString()).redirectError(folder.resolve("err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(out.readLine().startsWith("{\"id\":\"r0\""));
        }
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "still annotating for a reader that left");
        String err = Files.readString(folder.resolve("err"));
        assertEquals(3, process.exitValue(), err);
        int written = Integer.parseInt(err.replaceAll("(?s).*stopped after (\\d+) lines.*", "$1"));
        assertTrue(written < 5000, err);
    }

    /**
     * Row 9: a kill left a cut line and no way to go on. Runs are killed at random points, by SIGTERM
     * (which finishes the records in flight and exits with 143) or SIGKILL, and resumed until one
     * finishes: the output then holds every record once, in order.
     */
    @Test
    void runsKilledAtRandomPointsResumeWithoutLosingOrDoublingARecord(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("in.ndjson");
        int count = 400;
        Files.write(input, requests(count));
        Path output = folder.resolve("out.ndjson");
        Random random = new Random(13);
        int kills = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            List<String> args = new ArrayList<>(List.of("--threads", "2", "--output", output.toString()));
            if (attempt > 0) {
                args.add("--resume");
            }
            args.add(input.toString());
            Process process = annotate(args.toArray(String[]::new)).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("log-" + attempt).toFile()).start();
            if (attempt < 4 && waitForLines(BatchOutput.partialOf(output), 1 + random.nextInt(60), process)) {
                boolean term = attempt % 2 == 0;
                if (term) {
                    process.destroy();
                } else {
                    process.destroyForcibly();
                }
                assertTrue(process.waitFor(1, TimeUnit.MINUTES));
                kills++;
                if (term) {
                    assertEquals(143, process.exitValue(), Files.readString(folder.resolve("log-" + attempt)));
                    byte[] partial = Files.readAllBytes(BatchOutput.partialOf(output));
                    assertEquals('\n', partial[partial.length - 1], "SIGTERM leaves complete lines only");
                }
                continue;
            }
            assertTrue(process.waitFor(3, TimeUnit.MINUTES));
            assertEquals(0, process.exitValue(), Files.readString(folder.resolve("log-" + attempt)));
            break;
        }
        assertTrue(kills >= 2, "the runs should have been killed on the way: " + kills);
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("r" + i);
        }
        assertEquals(expected, ids);
    }

    /** Waits until the file holds {@code lines} line ends; false when the process ended first. */
    private static boolean waitForLines(Path file, int lines, Process process) throws Exception {
        while (process.isAlive()) {
            if (Files.exists(file) && countLineEnds(file) >= lines) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static long countLineEnds(Path file) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                count += b == '\n' ? 1 : 0;
            }
        }
        return count;
    }
}
