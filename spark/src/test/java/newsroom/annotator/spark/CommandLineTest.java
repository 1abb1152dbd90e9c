package newsroom.annotator.spark;

import static newsroom.annotator.spark.JobRun.job;
import static newsroom.annotator.spark.JobRun.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the job refuses, with status 2 and a message, before it reads a record or writes a file. */
class CommandLineTest {

    private static final String ARTICLE = "breitbart-asylum-plain.txt";

    @Test
    void aMissingInputStopsTheRunBeforeItStarts(@TempDir Path dir) {
        JobRun run = job("--output", dir.resolve("out"), dir.resolve("no-such-folder"));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no such input: " + dir.resolve("no-such-folder")), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFinishedRunIsReplacedOnlyWithOverwrite(@TempDir Path dir) throws IOException {
        Files.copy(TestArticles.FOLDER.resolve(ARTICLE), dir.resolve(ARTICLE));
        Path out = dir.resolve("out");
        assertEquals(0, job("--output", out, dir.resolve(ARTICLE)).status());

        JobRun again = job("--output", out, dir.resolve(ARTICLE));
        assertEquals(2, again.status());
        assertTrue(again.err().contains("holds a finished run"), again.err());

        JobRun replaced = job("--output", out, "--overwrite", dir.resolve(ARTICLE));
        assertEquals(0, replaced.status(), replaced.err());
        assertEquals(1, lines(out).size());
    }

    /** A second run would read the first one's part files as articles. */
    @Test
    void anOutputInsideTheInputIsRefused(@TempDir Path dir) throws IOException {
        Files.copy(TestArticles.FOLDER.resolve(ARTICLE), dir.resolve(ARTICLE));
        JobRun run = job("--output", dir.resolve("out"), dir);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("is inside the input"), run.err());
    }

    /** The driver builds the annotator before any task does, so that a wrong language fails once, at once. */
    @Test
    void aLanguageLinguaDoesNotKnowStopsTheRunOnTheDriver(@TempDir Path dir) throws IOException {
        Files.copy(TestArticles.FOLDER.resolve(ARTICLE), dir.resolve(ARTICLE));
        JobRun run = job("--output", dir.resolve("out"), "--languages", "en,xx", dir.resolve(ARTICLE));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("'xx'"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aTimeBudgetOfZeroIsRefused(@TempDir Path dir) {
        JobRun run = job("--output", dir.resolve("out"), "--time-budget", "0s", dir);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--time-budget must be positive"), run.err());
    }
}
