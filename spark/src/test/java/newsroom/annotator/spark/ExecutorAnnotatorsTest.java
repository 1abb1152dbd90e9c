package newsroom.annotator.spark;

import static newsroom.annotator.spark.JobRun.job;
import static newsroom.annotator.spark.JobRun.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import newsroom.annotator.Annotator;
import newsroom.annotator.TestArticles;
import newsroom.annotator.input.SizeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One annotator per executor JVM: never one per task, partition or record. */
class ExecutorAnnotatorsTest {

    /** A recipe no job of the tests uses (its text limit), so that this test sees it built whatever ran before. */
    private static final AnnotatorRecipe UNUSED = new AnnotatorRecipe(List.of("en", "es"), Set.of("types"),
            SizeLimit.DEFAULT_BYTES - 1, DictionaryFiles.NONE);

    @Test
    void tasksThatStartTogetherWaitForOneBuildAndShareIt() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        ExecutorService tasks = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotator>> annotators = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                annotators.add(tasks.submit(() -> ExecutorAnnotators.annotator(UNUSED, millis -> builds.incrementAndGet())));
            }
            Annotator first = annotators.get(0).get();
            for (Future<Annotator> annotator : annotators) {
                assertSame(first, annotator.get());
            }
        } finally {
            tasks.shutdownNow();
        }
        assertEquals(1, builds.get());
    }

    /** In local mode the driver is the executor: the annotator it built to check the options serves every task. */
    @Test
    void aJobOfEightPartitionsBuildsNoAnnotatorBeyondTheOneItsJvmHas(@TempDir java.nio.file.Path dir) {
        JobRun run = job("--output", dir.resolve("out"), "--skip-stages", "types", "--partitions", 8, TestArticles.FOLDER);
        assertEquals(0, run.status(), run.err());
        assertEquals(0, run.executorBuilds(), run.out());
        assertEquals(TestArticles.all().size(), lines(dir.resolve("out")).size());
    }
}
