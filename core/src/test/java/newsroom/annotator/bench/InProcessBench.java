package newsroom.annotator.bench;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsroom.annotator.Annotator;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.segment.Segmenter;

/**
 * Single-threaded: the whole annotation of the corpus, stage by stage, against a bare Lingua pass over
 * the same paragraphs with the same detector settings, in one JVM and one run.
 */
final class InProcessBench {

    /** Time and volume of one pass over the corpus. */
    record Pass(long nanos, long articles, long chars, Map<Corpus.SizeClass, long[]> byClass, Map<String, Long> stages,
                long written) {

        double seconds() {
            return nanos / 1e9;
        }

        double megabytesPerSecond() {
            return chars / 1e6 / seconds();
        }

        double articlesPerSecond() {
            return articles / seconds();
        }
    }

    private final Annotator annotator;
    private final LanguageDetector bare;
    private final AnnotationWriter writer = new AnnotationWriter();
    /** Each article's paragraphs, cut once: the measured bare pass then holds nothing but Lingua's calls. */
    private final Map<Corpus.Item, String[]> paragraphs = new IdentityHashMap<>();

    InProcessBench(Annotator annotator) {
        this.annotator = annotator;
        IsoCode639_1[] codes = annotator.languages().stream()
                .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))).toArray(IsoCode639_1[]::new);
        this.bare = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withPreloadedLanguageModels().build();
    }

    /** Reads, annotates and writes every article, timing each stage. */
    Pass annotate(List<Corpus.Item> items) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<Corpus.SizeClass, long[]> byClass = new EnumMap<>(Corpus.SizeClass.class);
        long chars = 0;
        long written = 0;
        long started = System.nanoTime();
        for (Corpus.Item item : items) {
            long t0 = System.nanoTime();
            Article article = read(item);
            long t1 = System.nanoTime();
            Annotation annotation = annotator.annotate(article, (stage, nanos) -> stages.merge(stage, nanos, Long::sum));
            long t2 = System.nanoTime();
            String json = writer.toJson(annotation);
            long t3 = System.nanoTime();
            stages.merge("input", t1 - t0, Long::sum);
            stages.merge("json", t3 - t2, Long::sum);
            long[] tally = byClass.computeIfAbsent(item.sizeClass(), c -> new long[3]);
            tally[0]++;
            tally[1] += item.content().length();
            tally[2] += t3 - t0;
            chars += item.content().length();
            written += json.length();
        }
        return new Pass(System.nanoTime() - started, items.size(), chars, byClass, stages, written);
    }

    /** One detectLanguageOf per paragraph of each article's text, as the bare floor. */
    Pass bareLingua(List<Corpus.Item> items) {
        Map<Corpus.SizeClass, long[]> byClass = new EnumMap<>(Corpus.SizeClass.class);
        List<String[]> cut = items.stream().map(item -> paragraphs.computeIfAbsent(item, this::paragraphs)).toList();
        long chars = 0;
        long detected = 0;
        long started = System.nanoTime();
        for (int i = 0; i < items.size(); i++) {
            long t0 = System.nanoTime();
            for (String paragraph : cut.get(i)) {
                detected += bare.detectLanguageOf(paragraph).ordinal();
            }
            long[] tally = byClass.computeIfAbsent(items.get(i).sizeClass(), c -> new long[3]);
            tally[0]++;
            tally[1] += items.get(i).content().length();
            tally[2] += System.nanoTime() - t0;
            chars += items.get(i).content().length();
        }
        return new Pass(System.nanoTime() - started, items.size(), chars, byClass, Map.of(), detected);
    }

    private String[] paragraphs(Corpus.Item item) {
        Article article = read(item);
        String text = article.text();
        return Segmenter.paragraphs(text, article.bodyStart()).stream()
                .map((TextRange r) -> text.substring(r.start(), r.end())).toArray(String[]::new);
    }

    private Article read(Corpus.Item item) {
        return switch (item.format()) {
            case "html" -> annotator.html().read(item.name(), item.content());
            case "json" -> annotator.requests().read(item.content()).withId(item.name());
            default -> annotator.plainText().read(item.name(), item.content());
        };
    }
}
