package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import newsroom.annotator.TestArticles;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.language.LanguageIdentifier;
import newsroom.annotator.language.LanguageStage;
import newsroom.annotator.model.Article;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.segment.Segmenter;
import newsroom.annotator.segment.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quotes stage's time grows linearly with its input, whatever the text is made of: quadrupling an
 * input at most multiplies the stage's time by {@value #MAX_GROWTH} (a quadratic stage would take 16
 * times as long), and per character it is never more than {@value #MAX_PER_CHAR_VS_ORDINARY} times what
 * ordinary articles cost, in CPU time. Sizes come from {@code -Dlinearity.kb} (default 32: 32 KB and 128 KB). Each time is the best of two runs, so that a busy machine does not
 * pass for a slow stage.
 */
class QuotesLinearityTest {

    private static final double MAX_GROWTH = 8;
    private static final double MAX_PER_CHAR_VS_ORDINARY = 10;
    private static final double NOISE_NANOS = 20e6;
    private static final int KB = Integer.getInteger("linearity.kb", 32) * 1024;
    private static final Map<Integer, Double> ORDINARY_NANOS_PER_CHAR = new ConcurrentHashMap<>();
    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final Dictionaries DICTIONARIES = Dictionaries.load(Optional.empty());
    private static final Segmenter SEGMENTER = new Segmenter(SentenceSplitter.forLanguages(DICTIONARIES, LANGUAGES));
    private static final LanguageStage LANGUAGE = new LanguageStage(LanguageIdentifier.forCodes(LANGUAGES));
    private static final QuoteStage QUOTES = QuoteStage.create(DICTIONARIES, LANGUAGES, LANGUAGE);

    /**
     * The stage runs on each input once before anything is timed: the process's CPU time counts the JIT
     * compiler's threads too, and the first input timed would otherwise pay for compiling the stage (one full
     * run measured 4× the marks taking 11× the time, 20 ms then 220 ms, that a run alone measured as 2.3×).
     */
    @BeforeAll
    static void warmUp() {
        inputs().forEach(arguments -> {
            @SuppressWarnings("unchecked")
            IntFunction<String> input = (IntFunction<String>) arguments.get()[1];
            quotesNanosOnce(input.apply(KB));
        });
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("only quotation marks “”\"", (IntFunction<String>) n -> repeat("“”\"", n)),
                Arguments.of("every kind of mark", (IntFunction<String>) n -> repeat("“”\"«»‘’—", n)),
                Arguments.of("one reported sentence again and again",
                        (IntFunction<String>) n -> repeat("“We will win,” said John Smith. ", n)),
                // (a one-word speaker is looked up among the nicknames the article gave, once for all its quotations)
                Arguments.of("one reported sentence with a surname alone again and again",
                        (IntFunction<String>) n -> repeat("“We will win,” said Smith. ", n)),
                Arguments.of("real prose as one unpunctuated paragraph", (IntFunction<String>) QuotesLinearityTest::unpunctuated),
                Arguments.of("real articles one after the other", (IntFunction<String>) n -> realProse(n, false)),
                Arguments.of("quotations and reporting verbs without a sentence break",
                        (IntFunction<String>) n -> repeat("“no” dijo said según ", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theQuotesStageIsLinear(String name, IntFunction<String> input) {
        double small = quotesNanos(input.apply(KB));
        double large = quotesNanos(input.apply(4 * KB));
        double ordinary = ordinaryNanosPerChar(4 * KB);
        double perChar = large / (4 * KB);
        System.out.printf("%s: %d KB %.0f ms, %d KB %.0f ms (×%.1f); %.2f× an ordinary article's time per character%n",
                name, KB / 1024, small / 1e6, 4 * KB / 1024, large / 1e6, large / small, perChar / ordinary);
        // below a few milliseconds the clock and the compiler, not the stage, make the time
        assertTrue(large / Math.max(small, NOISE_NANOS) <= MAX_GROWTH,
                name + ": 4× the input took " + String.format("%.1f", large / small) + "× the time");
        assertTrue(perChar <= MAX_PER_CHAR_VS_ORDINARY * ordinary,
                name + ": " + String.format("%.1f", perChar / ordinary) + "× an ordinary article's time per character");
    }

    /** Real articles from the tests, one after the other, to the size wanted. */
    private static double ordinaryNanosPerChar(int size) {
        return ORDINARY_NANOS_PER_CHAR.computeIfAbsent(size, n -> quotesNanos(realProse(n, false)) / n);
    }

    private static String unpunctuated(int size) {
        return realProse(size, true);
    }

    private static String realProse(int size, boolean oneParagraph) {
        StringBuilder out = new StringBuilder(size + 4096);
        List<Path> articles = articles();
        for (int i = 0; out.length() < size; i++) {
            String text = TestArticles.read(articles.get(i % articles.size()));
            if (text.startsWith("date ")) {
                text = text.substring(text.indexOf('\n') + 1);
            }
            out.append(oneParagraph ? text.replaceAll("[.!?…\\n]+", " ") : text).append(oneParagraph ? " " : "\n\n");
        }
        return out.substring(0, size);
    }

    private static List<Path> articles() {
        try (Stream<Path> files = Files.list(TestArticles.GOLD)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The quotes stage's own time on the text, the stages before it not counted: the best of two runs. */
    private static double quotesNanos(String text) {
        return Math.min(quotesNanosOnce(text), quotesNanosOnce(text));
    }

    /**
     * The CPU time the process spends in the quotes stage on the text, segmented and with its languages
     * read (Lingua works on the fork-join pool's threads, so one thread's time would miss part of it);
     * unlike wall time, other processes on the machine do not inflate it.
     */
    private static double quotesNanosOnce(String text) {
        Document document = LANGUAGE.apply(SEGMENTER.apply(Document.of(Article.of(text))));
        // the collector's threads count in the process's time too: what the tests before left on the heap is
        // collected before the clock starts, not while the stage runs
        System.gc();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long started = os.getProcessCpuTime();
        QUOTES.apply(document);
        return os.getProcessCpuTime() - started;
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }
}
