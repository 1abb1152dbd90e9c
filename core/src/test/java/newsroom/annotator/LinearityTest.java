package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import newsroom.annotator.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows 2 and 3 of issue 13 (and the like), the whole pipeline: an input four times as large takes about
 * four times as long, whatever it is made of. Filed: 256 KB → 1 MB of {@code "@a "} took 0.9 → 13.7 s,
 * {@code “”"} 64 KB 3.8 s, 128 KB 15 s, 256 KB 54 s. Times are the process's CPU time, which other
 * processes on a shared machine do not inflate as they do wall time; each size takes the best of two runs,
 * and the bound (8×) is twice what linear time gives and half of what quadratic time gives. The quotes stage alone, in CPU time, on these shapes and real prose: {@code quotes.QuotesLinearityTest}.
 */
class LinearityTest {

    private static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    static final int SMALL = 64 * 1024;
    static final int LARGE = 256 * 1024;
    static final double BOUND = 8;
    /** Faster than this the input is no threat whatever its ratio: ordinary articles take 2 to 7 s a MB. */
    static final double FAST_SECONDS_PER_MB = 1;
    /** Below this a time is the clock's and the compiler's, not the input's: the smaller input counts as this long. */
    static final double NOISE_SECONDS = 0.05;

    @ParameterizedTest
    @EnumSource(AdversarialInputs.class)
    void fourTimesTheInputTakesAboutFourTimesAsLong(AdversarialInputs input) {
        assertLinear(input, SMALL, LARGE);
    }

    /** Asserts that {@code input} at {@code large} bytes (four times {@code small}) takes under 8× as long. */
    static void assertLinear(AdversarialInputs input, int smallBytes, int largeBytes) {
        Annotator annotator = Annotators.shared();
        Article small = annotator.plainText().read("small", input.ofBytes(smallBytes));
        Article large = annotator.plainText().read("large", input.ofBytes(largeBytes));
        annotator.annotate(small); // warm the code this input takes
        double smallSeconds = bestOf(2, annotator, small);
        double largeSeconds = bestOf(2, annotator, large);
        double ratio = largeSeconds / Math.max(smallSeconds, NOISE_SECONDS);
        if (largeSeconds / (largeBytes / 1e6) < FAST_SECONDS_PER_MB) {
            return; // milliseconds, where a ratio measures the clock's noise
        }
        assertTrue(ratio < BOUND, String.format("%s: %.2f s at %d KB, %.2f s at %d KB: %.1f× for 4× the input",
                input, smallSeconds, smallBytes / 1024, largeSeconds, largeBytes / 1024, ratio));
    }

    private static double bestOf(int runs, Annotator annotator, Article article) {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            // the collector's threads count in the process's time: the heap the tests before left is collected first
            System.gc();
            long started = CPU.getProcessCpuTime();
            annotator.annotate(article);
            seconds[i] = (CPU.getProcessCpuTime() - started) / 1e9;
        }
        return Arrays.stream(seconds).min().orElseThrow();
    }
}
