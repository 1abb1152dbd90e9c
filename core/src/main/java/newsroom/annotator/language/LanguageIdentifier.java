package newsroom.annotator.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageScores;

/**
 * Scores text for each configured language with Lingua, built once with its models preloaded, and turns
 * scores into a language and a confidence. Thread-safe.
 *
 * <p>Lingua reads a text of {@value #LINGUA_LONG_TEXT} characters or more with trigrams only, a shorter
 * one with every n-gram size from 1 to 5. Sentences are scored one by one so that a paragraph's
 * evidence is the sum of its sentences'; to keep that sum what Lingua would compute for the paragraph
 * itself, the sentences of a long paragraph are read with trigrams only too (Lingua's low-accuracy mode,
 * which shares the same loaded models). A short paragraph's sentences get every n-gram size, as the
 * paragraph would. This keeps sentence-level detection at the price of one paragraph-level pass.
 */
public final class LanguageIdentifier {

    /** Fewer letters than this tell nothing: "Sí", "OK", a lone initial. */
    static final int MIN_LETTERS = 3;
    /** A call this unsure is no call: the text is too short or too mixed to tell. */
    static final double MIN_CONFIDENCE = 0.6;
    /**
     * Lingua 1.2 gives the runner-up a relative value v in 0..1 (the winner has 1). Over n letters,
     * (1 - v) * n * SHARPNESS is used as the log-odds of the winner against it: the longer the text, the
     * surer the call. Calibrated on the project's test articles: a ten-word sentence comes out near 0.95,
     * a single word near 0.6.
     */
    static final double SHARPNESS = 0.25;

    /** The length of cleaned-up text from which Lingua 1.2 uses trigrams only, even in high-accuracy mode. */
    static final int LINGUA_LONG_TEXT = 120;

    private static final AtomicInteger BUILT = new AtomicInteger();

    private final LanguageDetector detector;
    private final LanguageDetector trigramsOnly;
    private final String[] codes;
    private final Language[] languages;

    private LanguageIdentifier(List<Language> chosen) {
        this.languages = chosen.toArray(Language[]::new);
        this.codes = chosen.stream().map(LanguageIdentifier::code).toArray(String[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
        this.trigramsOnly = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().build();
        BUILT.incrementAndGet();
    }

    /**
     * A detector for the given ISO 639-1 codes, or for every language Lingua knows when the list is
     * {@code ["all"]}. Loads the models now, so that the first request is as fast as the hundredth.
     */
    public static LanguageIdentifier forCodes(Collection<String> isoCodes) {
        return new LanguageIdentifier(resolve(isoCodes));
    }

    static List<Language> resolve(Collection<String> isoCodes) {
        if (isoCodes.size() == 1 && "all".equalsIgnoreCase(isoCodes.iterator().next().trim())) {
            List<Language> all = Language.Companion.all().stream().sorted().toList();
            all.forEach(LanguageIdentifier::requireModels);
            return all;
        }
        List<Language> chosen = new ArrayList<>();
        for (String raw : isoCodes) {
            String code = raw.trim().toLowerCase(Locale.ROOT);
            Language language = Arrays.stream(Language.values())
                    .filter(l -> l != Language.UNKNOWN && code(l).equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'" + raw + "' is not an ISO 639-1 code of a language Lingua knows"));
            if (!chosen.contains(language)) {
                chosen.add(language);
            }
        }
        if (chosen.size() < 2) {
            throw new IllegalArgumentException("configure at least two languages, or 'all': got " + isoCodes);
        }
        chosen.sort(null);
        chosen.forEach(LanguageIdentifier::requireModels);
        return chosen;
    }

    /**
     * Lingua quietly scores a language whose models it cannot find as never likely; a native image carries
     * only the models of the languages it was built for (quarkus.native.resources.includes), so say so.
     */
    private static void requireModels(Language language) {
        if (Language.class.getResource("/language-models/" + code(language) + "/unigrams.json") == null) {
            throw new IllegalArgumentException("this build has no Lingua models for '" + code(language)
                    + "': a native image carries only the languages it was built for (docs/container.md)");
        }
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** How many identifiers this process has built: one per annotator, never one per request. */
    public static int built() {
        return BUILT.get();
    }

    /** The ISO 639-1 codes this identifier tells apart. */
    public List<String> codes() {
        return List.of(codes);
    }

    public boolean knows(String isoCode) {
        return Arrays.asList(codes).contains(isoCode);
    }

    /** The evidence for each language in text from which handles, hashtags and links are already masked. */
    public LanguageScores score(CharSequence maskedText) {
        return score(maskedText, isLong(maskedText));
    }

    /**
     * The evidence for a piece of a larger text, read the way Lingua reads the larger text: trigrams only
     * when {@code partOfLongText}.
     */
    public LanguageScores score(CharSequence maskedText, boolean partOfLongText) {
        int letters = countLetters(maskedText);
        if (letters < MIN_LETTERS) {
            return letters == 0 ? LanguageScores.EMPTY : new LanguageScores(codes, new double[codes.length], letters);
        }
        LanguageDetector reader = partOfLongText ? trigramsOnly : detector;
        Map<Language, Double> relative = reader.computeLanguageConfidenceValues(maskedText.toString());
        if (relative.isEmpty()) {
            return LanguageScores.EMPTY;
        }
        double[] evidence = new double[codes.length];
        for (int i = 0; i < languages.length; i++) {
            // a language Lingua's rules ruled out gets the least value it can: 0
            double value = relative.getOrDefault(languages[i], 0.0);
            evidence[i] = -(1 - value) * letters * SHARPNESS;
        }
        return new LanguageScores(codes, evidence, letters);
    }

    /** The language with the most evidence among {@code allowed} (all, when empty), however unsure; null without evidence. */
    public String likeliest(LanguageScores scores, Set<String> allowed) {
        return ranked(scores, allowed, 0);
    }

    /**
     * The share of the evidence among {@code allowed} (all, when empty) that the likeliest language holds, however unsure
     * (1 / the number of languages when nothing leans, 1 when all of it points one way); 0 without evidence.
     */
    public double likeliestShare(LanguageScores scores, Set<String> allowed) {
        if (scores.isEmpty() || scores.letters() < MIN_LETTERS) {
            return 0;
        }
        double[] evidence = scores.evidence();
        String[] candidates = scores.codes();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            if (allowed.isEmpty() || allowed.contains(candidates[i])) {
                best = Math.max(best, evidence[i]);
            }
        }
        double sum = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (allowed.isEmpty() || allowed.contains(candidates[i])) {
                sum += Math.exp(evidence[i] - best);
            }
        }
        return sum == 0 ? 0 : 1 / sum;
    }

    /** The language with the second most evidence among {@code allowed} (all, when empty); null without evidence. */
    public String runnerUp(LanguageScores scores, Set<String> allowed) {
        return ranked(scores, allowed, 1);
    }

    /** The language at {@code rank} (0 the likeliest, 1 the next) among {@code allowed}, in one pass; null when there is none. */
    private static String ranked(LanguageScores scores, Set<String> allowed, int rank) {
        if (scores.isEmpty() || scores.letters() < MIN_LETTERS) {
            return null;
        }
        String[] candidates = scores.codes();
        double[] evidence = scores.evidence();
        int best = -1;
        int second = -1;
        for (int i = 0; i < candidates.length; i++) {
            if (!allowed.isEmpty() && !allowed.contains(candidates[i])) {
                continue;
            }
            if (best < 0 || evidence[i] > evidence[best]) {
                second = best;
                best = i;
            } else if (second < 0 || evidence[i] > evidence[second]) {
                second = i;
            }
        }
        int at = rank == 0 ? best : second;
        return at < 0 ? null : candidates[at];
    }

    /** The most likely language among {@code allowed} (all, when empty), or unknown when unsure. */
    public LanguageGuess guess(LanguageScores scores, Set<String> allowed) {
        if (scores.isEmpty() || scores.letters() < MIN_LETTERS) {
            return new LanguageGuess(null, 0, scores);
        }
        String[] candidates = scores.codes();
        double[] evidence = scores.evidence();
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
            if ((allowed.isEmpty() || allowed.contains(candidates[i])) && (best < 0 || evidence[i] > evidence[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return new LanguageGuess(null, 0, scores);
        }
        double confidence = likeliestShare(scores, allowed);
        if (confidence < MIN_CONFIDENCE) {
            return new LanguageGuess(null, 0, scores);
        }
        return new LanguageGuess(candidates[best], rounded(confidence), scores);
    }

    /**
     * The likeliest language among {@code allowed} with its share of the evidence as its confidence, however unsure
     * (a short line that leans clearly enough for its reader); unknown without evidence.
     */
    public LanguageGuess likeliestGuess(LanguageScores scores, Set<String> allowed) {
        String likeliest = likeliest(scores, allowed);
        return likeliest == null ? new LanguageGuess(null, 0, scores) : new LanguageGuess(likeliest, rounded(likeliestShare(scores, allowed)), scores);
    }

    /** A confidence to three places, as annotations give it. */
    private static double rounded(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    /**
     * Whether Lingua would read this text with trigrams only: its length once punctuation and digits are
     * dropped and white space is squeezed, as Lingua cleans it up, is {@value #LINGUA_LONG_TEXT} or more.
     */
    public static boolean isLong(CharSequence text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length() && length < LINGUA_LONG_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    length++;
                    space = true;
                }
            } else if (Character.isLetter(c) || (!Character.isDigit(c) && !isPunctuation(c))) {
                length++;
                space = false;
            }
        }
        return length >= LINGUA_LONG_TEXT;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    static int countLetters(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
