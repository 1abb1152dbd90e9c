package newsroom.annotator.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Log-likelihood evidence for each candidate language, relative to the best one (which scores 0), and
 * how many letters it rests on. Evidence of consecutive pieces of text adds up, so a paragraph's
 * language comes from the very scores of its sentences rather than from a second detector pass.
 *
 * @param codes    ISO 639-1 codes, in a fixed order shared by every score of one detector
 * @param evidence log-likelihood of each code relative to the best; more negative is less likely
 * @param letters  the letters the evidence rests on
 */
public record LanguageScores(String[] codes, double[] evidence, int letters) {

    public static final LanguageScores EMPTY = new LanguageScores(new String[0], new double[0], 0);

    public boolean isEmpty() {
        return letters == 0 || codes.length == 0;
    }

    /** The sum of two pieces' evidence; both must come from the same detector. */
    public LanguageScores plus(LanguageScores other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (!Arrays.equals(codes, other.codes)) {
            throw new IllegalArgumentException("scores from different detectors");
        }
        double[] sum = new double[evidence.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = evidence[i] + other.evidence[i];
        }
        return new LanguageScores(codes, sum, letters + other.letters);
    }

    /** The evidence by language code, for tests and debugging. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new TreeMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.put(codes[i], evidence[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageScores s && letters == s.letters
                && Arrays.equals(codes, s.codes) && Arrays.equals(evidence, s.evidence);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(evidence) + letters;
    }

    @Override
    public String toString() {
        return "LanguageScores" + asMap() + " over " + letters + " letters";
    }
}
