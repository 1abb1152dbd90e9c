package newsroom.annotator.spark;

import static newsroom.annotator.spark.JobRun.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsroom.annotator.TestArticles;
import newsroom.annotator.batch.RecordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's jar run as {@code spark-submit} runs it (the jar, then Spark's class path; {@code local[2]}),
 * killed with SIGKILL while it writes its annotations, some tasks' files committed and some not, then run
 * again with the same command line: the killed run left nothing a reader sees (its tasks' files wait in
 * {@code _temporary}: Spark's output commit protocol), and the second run's output holds every record
 * exactly once.
 */
class KilledJobIT {

    @Test
    void aRunKilledWhileItWritesIsRunAgainToACompleteOutputWithNoRecordTwice(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path dead = dir.resolve("dead");
        // 32 partitions: 32 tasks write the annotations, so the run is killed with some committed and some not
        List<String> command = command("--output", out.toString(), "--dead-letters", dead.toString(),
                "--partitions", "32", TestArticles.FOLDER.toString());

        Path killedLog = dir.resolve("killed.log");
        Process killed = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(killedLog.toFile()).start();
        awaitACommittedTask(out.resolve("_temporary/0"), killed, killedLog);
        killed.destroyForcibly().waitFor();

        assertFalse(Files.exists(out.resolve("_SUCCESS")));
        assertEquals(List.of(), visibleFiles(out), "a killed run's files are seen by no reader");
        try (Stream<Path> waiting = Files.walk(out.resolve("_temporary"))) {
            assertTrue(waiting.anyMatch(file -> file.getFileName().toString().startsWith("part-")),
                    "the committed tasks' files wait under _temporary");
        }

        Path againLog = dir.resolve("again.log");
        Process again = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(againLog.toFile()).start();
        assertTrue(again.waitFor(5, TimeUnit.MINUTES), "the second run took over 5 minutes");
        assertEquals(0, again.exitValue(), Files.readString(againLog));

        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        assertEquals(articleNames(TestArticles.FOLDER), lines(out).stream().map(JobRun::id).sorted().toList());
        assertEquals(List.of(), lines(dead));
    }

    /** java, Spark's options for Java 17, the job's jar first, then Spark's class path, as spark-submit builds it. */
    private static List<String> command(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m"));
        command.addAll(Arrays.asList(System.getProperty("job.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-cp", System.getProperty("job.jar") + java.io.File.pathSeparator
                        + Files.readString(Path.of(System.getProperty("spark.classpath.file"))).strip(),
                AnnotateJob.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Waits until a task has committed its part of the write (FileOutputCommitter's {@code _temporary/0/task_…}). */
    private static void awaitACommittedTask(Path attempts, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!hasCommittedTask(attempts)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the run ended, or took 3 minutes, before it could be killed: " + Files.readString(log));
            }
            Thread.sleep(2);
        }
    }

    private static boolean hasCommittedTask(Path attempts) {
        try (Stream<Path> tasks = Files.list(attempts)) {
            return tasks.anyMatch(task -> task.getFileName().toString().startsWith("task_"));
        } catch (IOException e) {
            return false; // not there yet
        }
    }

    /** The files Spark's readers would read under a folder. */
    private static List<Path> visibleFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> JobRun.visible(folder.relativize(file))).toList();
        }
    }

    private static List<String> articleNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> RecordSource.isArticleFile(Path.of(name)))
                    .sorted().toList();
        }
    }
}
