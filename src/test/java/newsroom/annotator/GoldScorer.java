package newsroom.annotator;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The team's scorer ({@code ../shared/eval/score}) in Java, for the figures a regression guard needs:
 * span types and languages, posts found and attributed, quotations found and attributed. Matching
 * follows the scorer: a gold span by its first words, a post by overlap, a quotation by its text.
 */
final class GoldScorer {

    private final Map<String, int[]> tally = new TreeMap<>();

    void add(JsonNode gold, JsonNode annotation) {
        String text = annotation.get("text").asText();
        int cursor = 0;
        for (JsonNode span : gold.get("spans")) {
            int at = text.indexOf(span.get("at").asText(), cursor);
            if (at < 0) {
                at = text.indexOf(span.get("at").asText()); // as the scorer does: search again from the start
            }
            JsonNode found = at < 0 ? null : spanAt(annotation, text.codePointCount(0, at));
            cursor = at < 0 ? cursor : at + 1;
            boolean typeOk = found != null && found.get("type").asText().equals(span.get("type").asText());
            count("spans.type." + span.get("type").asText(), typeOk);
            count("spans.language", found != null
                    && java.util.Objects.equals(span.get("language").asText(null), found.get("language").asText(null)));
        }
        scorePosts(gold, annotation, text);
        scoreQuotations(gold, annotation);
    }

    private void scorePosts(JsonNode gold, JsonNode annotation, String text) {
        List<JsonNode> predicted = new ArrayList<>();
        annotation.get("quotes").forEach(q -> {
            if (q.get("kind").asText().equals("post")) {
                predicted.add(q);
            }
        });
        Set<Integer> used = new HashSet<>();
        for (JsonNode post : gold.get("quotes")) {
            if (!post.get("kind").asText().equals("post")) {
                continue;
            }
            int start = text.indexOf(post.get("at").asText());
            int until = start < 0 ? -1 : text.indexOf(post.get("until").asText(), start);
            long g0 = start < 0 ? -1 : text.codePointCount(0, start);
            long g1 = until < 0 ? -1 : text.codePointCount(0, until + post.get("until").asText().length());
            int best = -1;
            long bestOverlap = 0;
            for (int i = 0; i < predicted.size() && g0 >= 0 && g1 >= 0; i++) {
                long overlap = Math.min(g1, predicted.get(i).get("end").asLong()) - Math.max(g0, predicted.get(i).get("start").asLong());
                if (overlap > bestOverlap && !used.contains(i)) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            count("posts.recall", best >= 0);
            if (best < 0) {
                count("posts.attribution", false);
                continue;
            }
            used.add(best);
            JsonNode by = predicted.get(best).get("attribution");
            // a post may have no author the page names: "name", "handle" and "date" may be absent on either side
            count("posts.attribution", by != null && squeeze(by.path("name").asText("")).equals(squeeze(post.path("name").asText("")))
                    && by.path("handle").asText("").equalsIgnoreCase(post.path("handle").asText(""))
                    && by.path("date").asText("").equals(post.path("date").asText(""))
                    && predicted.get(best).get("platform").asText().equals(post.get("platform").asText()));
        }
        add("posts.precision", used.size(), predicted.size());
    }

    private void scoreQuotations(JsonNode gold, JsonNode annotation) {
        List<JsonNode> predicted = new ArrayList<>();
        annotation.get("quotes").forEach(q -> {
            if (!q.get("kind").asText().equals("post")) {
                predicted.add(q);
            }
        });
        Set<Integer> used = new HashSet<>();
        for (JsonNode quote : gold.get("quotes")) {
            if (quote.get("kind").asText().equals("post")) {
                continue;
            }
            String want = squeeze(quote.get("text").asText());
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                String got = squeeze(predicted.get(i).get("text").asText());
                if (!used.contains(i) && !got.isEmpty() && (got.equals(want)
                        || (got.length() >= 0.8 * want.length() && (want.contains(got) || got.contains(want))))) {
                    hit = i;
                }
            }
            count("quotes.recall", hit >= 0);
            if (hit < 0) {
                count("quotes.speaker", false);
                continue;
            }
            used.add(hit);
            JsonNode by = predicted.get(hit).get("attribution");
            String name = by == null || by.isNull() ? null : by.get("name").asText(null);
            String wanted = quote.get("name").asText(null);
            count("quotes.speaker", wanted == null ? name == null : samePerson(name, wanted));
        }
        add("quotes.precision", used.size(), predicted.size());
    }

    /** Each figure, with spans.type the mean of the per-type accuracies as the scorer computes it. */
    Map<String, Double> figures() {
        Map<String, Double> figures = new TreeMap<>();
        tally.forEach((key, v) -> figures.put(key, v[1] == 0 ? 1.0 : (double) v[0] / v[1]));
        figures.put("spans.type", figures.entrySet().stream().filter(e -> e.getKey().startsWith("spans.type."))
                .mapToDouble(Map.Entry::getValue).average().orElse(1.0));
        figures.put("posts.f1", f1(figures.get("posts.precision"), figures.get("posts.recall")));
        figures.put("quotes.f1", f1(figures.get("quotes.precision"), figures.get("quotes.recall")));
        return figures;
    }

    private static double f1(Double precision, Double recall) {
        if (precision == null || recall == null || precision + recall == 0) {
            return 1.0;
        }
        return 2 * precision * recall / (precision + recall);
    }

    private void count(String key, boolean good) {
        add(key, good ? 1 : 0, 1);
    }

    private void add(String key, int good, int total) {
        int[] v = tally.computeIfAbsent(key, k -> new int[2]);
        v[0] += good;
        v[1] += total;
    }

    static JsonNode spanAt(JsonNode annotation, long codePoint) {
        for (JsonNode span : annotation.get("spans")) {
            if (span.get("start").asLong() <= codePoint && codePoint < span.get("end").asLong()) {
                return span;
            }
        }
        return null;
    }

    private static String squeeze(String s) {
        return s == null ? "" : String.join(" ", s.trim().split("\\s+"));
    }

    private static List<String> folded(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return List.of(decomposed.toLowerCase(Locale.ROOT).replace(".", "").trim().split("\\s+"));
    }

    /** The scorer's rule: equal when folded, or the shorter name's words all in the longer one's, a surname among them. */
    static boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> wa = folded(a);
        List<String> wb = folded(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = wa.size() <= wb.size() ? wb : wa;
        Set<String> rest = new HashSet<>(shorter);
        rest.remove(longer.get(0));
        return wa.equals(wb) || (new HashSet<>(longer).containsAll(shorter) && !rest.isEmpty());
    }
}
