package newsroom.annotator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The part of the article's prose written in one language, as a share of its letters. */
public record LanguageShare(String language, double share) {

    /**
     * Each language's share of the letters of the article's own prose (its paragraphs; every span when
     * it has none), counted sentence by sentence so that a Spanish sentence inside English prose counts.
     */
    public static List<LanguageShare> of(List<Span> spans) {
        List<Span> prose = spans.stream().filter(s -> s.type() == SpanType.PARAGRAPH).toList();
        Map<String, Integer> letters = new LinkedHashMap<>();
        for (Span span : prose.isEmpty() ? spans : prose) {
            for (Sentence sentence : span.sentences()) {
                String language = sentence.language().language() != null
                        ? sentence.language().language() : span.language().language();
                if (language != null) {
                    letters.merge(language, sentence.language().scores().letters(), Integer::sum);
                }
            }
        }
        double total = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return List.of();
        }
        return letters.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new LanguageShare(e.getKey(), Math.round(e.getValue() / total * 1000) / 1000.0))
                .toList();
    }
}
