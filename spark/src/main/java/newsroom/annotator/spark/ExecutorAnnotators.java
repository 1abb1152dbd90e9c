package newsroom.annotator.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import newsroom.annotator.Annotator;

/**
 * The annotators of this JVM, one per recipe: built by the first task that needs one and shared by every
 * task the JVM runs after it, never built per record or per partition.
 *
 * <p>How: an executor is one JVM that runs its tasks as threads and loads the job's classes once, so this
 * class's static map lives as long as the executor and every task sees it. The first task builds the
 * annotator (Lingua's models and the dictionaries: seconds, and about 60 MB of heap for English and
 * Spanish) inside {@code computeIfAbsent}, so the tasks that start meanwhile wait for that one build
 * rather than start their own. An {@link Annotator} is immutable and thread-safe, so the executor's
 * tasks then share it. Only the recipe travels with each task (a few kB); in local mode the driver is
 * the executor, and the annotator it built to check the options serves the tasks.
 */
final class ExecutorAnnotators {

    private static final ConcurrentMap<AnnotatorRecipe, Annotator> BUILT = new ConcurrentHashMap<>();

    private ExecutorAnnotators() {
    }

    /** Hears of each annotator built, and how long it took. */
    @FunctionalInterface
    interface Builds {
        void built(long millis);
    }

    /** This JVM's annotator for {@code recipe}; {@code builds} hears of it when this call had to build it. */
    static Annotator annotator(AnnotatorRecipe recipe, Builds builds) {
        return BUILT.computeIfAbsent(recipe, r -> {
            long started = System.nanoTime();
            Annotator annotator = r.build();
            builds.built((System.nanoTime() - started) / 1_000_000);
            return annotator;
        });
    }
}
