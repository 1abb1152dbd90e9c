package newsroom.annotator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.ibm.icu.lang.UCharacter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The team's scorer ({@code ../shared/eval/score}) ported line by line: the same matching (gold spans
 * located from a cursor, posts by best unused overlap, quotations by text), the same tallies, the same
 * figures and the same printed output. Python is the reference; GoldScorerFaithfulnessTest holds this
 * port to its committed output.
 */
final class GoldScorer {

    static final Set<String> SPAN_TYPES = Set.of("title", "caption", "paragraph", "post", "byline", "boilerplate");

    /** Reads JSON as Python's json module does: NaN allowed, nothing after the value. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Map<String, int[]> tally = new HashMap<>();
    private final boolean verbose;

    GoldScorer() {
        this(false);
    }

    /** Verbose: also reports each gold span, post and quotation the annotation gets wrong. */
    GoldScorer(boolean verbose) {
        this.verbose = verbose;
    }

    /**
     * Scores one gold article against its annotation, null when the predictions hold none for it, as the
     * scorer's main loop does; returns the problems the scorer prints for the article.
     */
    List<String> add(JsonNode gold, JsonNode annotation) {
        count("articles.annotated", annotation != null && Py.get(annotation, "text") != null
                && annotation.get("text").isTextual());
        if (annotation != null) {
            return scoreArticle(gold, annotation);
        }
        // no annotation: every gold span, post and quotation missed (the scorer counts no kind, boundary…)
        List<JsonNode> spans = Py.items(Py.get(gold, "spans"));
        List<JsonNode> quotes = Py.items(Py.get(gold, "quotes"));
        int posts = (int) quotes.stream().filter(q -> Py.eq(Py.require(q, "kind"), "post")).count();
        int inline = quotes.size() - posts;
        add("spans.type", 0, spans.size());
        add("spans.language", 0, spans.size());
        add("posts.recall", 0, posts);
        add("posts.attribution", 0, posts);
        add("quotes.recall", 0, inline);
        add("quotes.speaker", 0, inline);
        for (JsonNode span : spans) {
            count("spans.type." + Py.string(Py.require(span, "type")), false);
        }
        return List.of("no annotation");
    }

    GoldFigures figures() {
        return GoldFigures.of(tally);
    }

    private List<String> scoreArticle(JsonNode gold, JsonNode ann) {
        List<String> problems = new ArrayList<>();
        JsonNode text = Py.get(ann, "text");
        if (text == null || !text.isTextual()) {
            problems.add("annotation has no text");
            return problems;
        }
        List<JsonNode> spans = Py.dicts(Py.get(ann, "spans"));
        List<JsonNode> quotes = Py.dicts(Py.get(ann, "quotes"));
        count("doc.language", Py.eq(Py.get(ann, "language"), Py.get(gold, "language")));
        count("doc.date", Py.eq(Py.get(ann, "date"), Py.get(gold, "date")));
        checkSegmentation(spans, problems);
        scoreSpans(gold, text.textValue(), spans, problems);
        scorePosts(gold, text.textValue(), quotes, problems);
        scoreQuotations(gold, quotes, problems);
        return problems;
    }

    /** Reported, not counted: unknown types and spans out of order. */
    private static void checkSegmentation(List<JsonNode> spans, List<String> problems) {
        Double last = null;
        for (JsonNode s : spans) {
            JsonNode type = Py.get(s, "type");
            if (type == null || !type.isTextual() || !SPAN_TYPES.contains(type.textValue())) {
                problems.add("span " + Py.str(Py.get(s, "id")) + " has unknown type " + Py.repr(type));
            }
            if (last != null && Py.number(s, "start", 0) < last) {
                problems.add("span " + Py.str(Py.get(s, "id")) + " overlaps or is out of order");
            }
            last = Py.number(s, "end", 0);
        }
    }

    /** Each gold span found at its first words: the annotation's span there has its type and language. */
    private void scoreSpans(JsonNode gold, String text, List<JsonNode> spans, List<String> problems) {
        int cursor = 0;
        for (JsonNode g : Py.items(Py.get(gold, "spans"))) {
            String at = Py.string(Py.require(g, "at"));
            String type = Py.string(Py.require(g, "type"));
            int pos = locate(text, at, cursor, "span", problems);
            if (pos < 0) {
                count("spans.type", false);
                count("spans.type." + type, false);
                count("spans.language", false);
                continue;
            }
            cursor = pos + 1;
            JsonNode s = spanAt(spans, pos);
            boolean typeOk = s != null && Py.eq(Py.get(s, "type"), Py.require(g, "type"));
            boolean langOk = s != null && Py.eq(Py.get(s, "language"), Py.require(g, "language"));
            count("spans.type", typeOk);
            count("spans.type." + type, typeOk);
            count("spans.language", langOk);
            if (verbose && !(typeOk && langOk)) {
                String got = s == null ? "None" : Py.repr(new Object[] {Py.get(s, "type"), Py.get(s, "language")});
                problems.add("span at " + Py.repr(Py.head(at, 40)) + ": want (" + type + ", "
                        + Py.str(Py.get(g, "language")) + "), got " + got);
            }
        }
    }

    /** Each gold post matched to the unused predicted post it overlaps most. */
    private void scorePosts(JsonNode gold, String text, List<JsonNode> quotes, List<String> problems) {
        List<JsonNode> goldPosts = Py.items(Py.get(gold, "quotes")).stream()
                .filter(g -> Py.eq(Py.require(g, "kind"), "post")).toList();
        List<JsonNode> predPosts = quotes.stream().filter(q -> Py.eq(Py.get(q, "kind"), "post")).toList();
        Set<Integer> used = new HashSet<>();
        int cursor = 0;
        for (JsonNode g : goldPosts) {
            String until = Py.string(Py.require(g, "until"));
            int g0 = locate(text, Py.string(Py.require(g, "at")), cursor, "post", problems);
            int gu = locate(text, until, Math.max(g0, 0), "post end", problems);
            if (g0 < 0 || gu < 0) {
                countAll(false, "posts.recall", "posts.attribution", "posts.boundary", "posts.language", "posts.entities");
                continue;
            }
            int g1 = gu + Py.len(until);
            cursor = g1;
            Integer best = null;
            double bestOverlap = 0;
            for (int i = 0; i < predPosts.size(); i++) {
                JsonNode q = predPosts.get(i);
                double overlap = overlap(g0, g1, Py.number(q, "start", 0), Py.number(q, "end", 0));
                if (overlap > bestOverlap && !used.contains(i)) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            count("posts.recall", best != null);
            if (best == null) {
                countAll(false, "posts.attribution", "posts.boundary", "posts.language", "posts.entities");
                if (verbose) {
                    problems.add("post by @" + Py.str(Py.get(g, "handle")) + " not found");
                }
                continue;
            }
            used.add(best);
            JsonNode q = predPosts.get(best);
            JsonNode a = Py.dictOrEmpty(Py.get(q, "attribution"));
            double union = Math.max(g1, Py.number(q, "end", 0)) - Math.min(g0, Py.number(q, "start", 0));
            boolean boundaryOk = union != 0 && bestOverlap / union >= 0.9;
            boolean attrOk = squeeze(Py.get(a, "name")).equals(squeeze(Py.get(g, "name")))
                    && Py.lower(Py.orEmpty(Py.get(a, "handle"))).equals(Py.lower(Py.orEmpty(Py.get(g, "handle"))))
                    && Py.eq(Py.get(a, "date"), Py.get(g, "date"))
                    && Py.eq(Py.get(q, "platform"), Py.get(g, "platform"));
            List<List<JsonNode>> got = entities(Py.dictOrEmpty(Py.get(q, "entities")));
            List<List<JsonNode>> want = List.of(lowered(Py.items(Py.get(g, "mentions"))),
                    Py.sorted(Py.items(Py.get(g, "hashtags"))), Py.sorted(Py.items(Py.get(g, "urls"))));
            boolean entitiesOk = sameLists(got, want);
            count("posts.boundary", boundaryOk);
            count("posts.attribution", attrOk);
            count("posts.language", Py.eq(Py.get(q, "language"), Py.get(g, "language")));
            count("posts.entities", entitiesOk);
            if (verbose && !(boundaryOk && attrOk && entitiesOk)) {
                problems.add("post by @" + Py.str(Py.get(g, "handle")) + ": boundary " + (boundaryOk ? "ok" : "off")
                        + ", attribution " + Py.repr(new Object[] {Py.get(q, "platform"), Py.get(a, "name"),
                                Py.get(a, "handle"), Py.get(a, "date")})
                        + ", entities " + Py.repr(got.toArray()) + " want " + Py.repr(want.toArray()));
            }
        }
        add("posts.precision", used.size(), predPosts.size());
    }

    /** A predicted post's mentions (lower case), hashtags and URLs, each sorted. */
    private static List<List<JsonNode>> entities(JsonNode ents) {
        List<JsonNode> mentions = new ArrayList<>();
        for (JsonNode e : Py.items(Py.get(ents, "mentions"))) {
            mentions.add(TextNode.valueOf(Py.lower(Py.string(field(e, "handle")))));
        }
        List<JsonNode> hashtags = new ArrayList<>();
        Py.items(Py.get(ents, "hashtags")).forEach(e -> hashtags.add(field(e, "tag")));
        List<JsonNode> urls = new ArrayList<>();
        Py.items(Py.get(ents, "urls")).forEach(e -> urls.add(field(e, "url")));
        return List.of(Py.sorted(mentions), Py.sorted(hashtags), Py.sorted(urls));
    }

    /** {@code e.get(key, "")} of an entity. */
    private static JsonNode field(JsonNode entity, String key) {
        if (entity == null || !entity.isObject()) {
            throw new IllegalArgumentException("entity is not an object: " + entity);
        }
        return entity.has(key) ? Py.get(entity, key) : TextNode.valueOf("");
    }

    private static List<JsonNode> lowered(List<JsonNode> handles) {
        List<JsonNode> lowered = new ArrayList<>();
        handles.forEach(h -> lowered.add(TextNode.valueOf(Py.lower(Py.string(h)))));
        return Py.sorted(lowered);
    }

    private static boolean sameLists(List<List<JsonNode>> a, List<List<JsonNode>> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).size() != b.get(i).size()) {
                return false;
            }
            for (int j = 0; j < a.get(i).size(); j++) {
                if (!Py.eq(a.get(i).get(j), b.get(i).get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Each gold quotation matched to the first unused predicted direct or partial one with the same text,
     * or one containing or contained in it that is at least 0.8 of its length.
     */
    private void scoreQuotations(JsonNode gold, List<JsonNode> quotes, List<String> problems) {
        List<JsonNode> goldInline = Py.items(Py.get(gold, "quotes")).stream()
                .filter(g -> !Py.eq(Py.require(g, "kind"), "post")).toList();
        List<JsonNode> predInline = quotes.stream()
                .filter(q -> Py.eq(Py.get(q, "kind"), "direct") || Py.eq(Py.get(q, "kind"), "partial")).toList();
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : goldInline) {
            String want = squeeze(Py.require(g, "text"));
            Integer hit = null;
            for (int i = 0; i < predInline.size() && hit == null; i++) {
                if (used.contains(i)) {
                    continue;
                }
                String got = squeeze(Py.get(predInline.get(i), "text"));
                if (!got.isEmpty() && (got.equals(want)
                        || (Py.len(got) >= 0.8 * Py.len(want) && (want.contains(got) || got.contains(want))))) {
                    hit = i;
                }
            }
            count("quotes.recall", hit != null);
            if (hit == null) {
                count("quotes.speaker", false);
                count("quotes.kind", false);
                if (verbose) {
                    problems.add("quote " + Py.repr(Py.head(want, 50)) + " not found");
                }
                continue;
            }
            used.add(hit);
            JsonNode q = predInline.get(hit);
            JsonNode a = Py.dictOrEmpty(Py.get(q, "attribution"));
            boolean speakerOk = Py.truthy(Py.get(g, "name")) ? samePerson(Py.orEmpty(Py.get(a, "name")),
                    Py.string(Py.get(g, "name"))) : !Py.truthy(Py.get(a, "name"));
            count("quotes.speaker", speakerOk);
            count("quotes.kind", Py.eq(Py.get(q, "kind"), Py.require(g, "kind")));
            if (g.has("handle")) {
                count("quotes.handle", Py.lower(Py.orEmpty(Py.get(a, "handle")))
                        .equals(Py.lower(Py.orEmpty(Py.get(g, "handle")))));
            }
            if (verbose && !speakerOk) {
                problems.add("quote " + Py.repr(Py.head(want, 40)) + ": speaker " + Py.repr(Py.get(a, "name"))
                        + ", want " + Py.repr(Py.get(g, "name")));
            }
        }
        add("quotes.precision", used.size(), predInline.size());
    }

    /** The gold snippet's place in the text (code points), searched from the cursor, then from the start. */
    private static int locate(String text, String snippet, int cursor, String what, List<String> problems) {
        int pos = Py.find(text, snippet, cursor);
        if (pos < 0) {
            pos = Py.find(text, snippet, 0);
        }
        if (pos < 0) {
            problems.add("gold " + what + " " + Py.repr(snippet) + " not found in the annotation's text");
        }
        return pos;
    }

    /** The first span that holds the code point at pos, or null. */
    static JsonNode spanAt(List<JsonNode> spans, long pos) {
        for (JsonNode s : spans) {
            if (Py.number(s, "start", -1) <= pos && pos < Py.number(s, "end", -1)) {
                return s;
            }
        }
        return null;
    }

    /** The span of the annotation that holds the code point at pos, or null. */
    static JsonNode spanAt(JsonNode annotation, long pos) {
        return spanAt(Py.dicts(Py.get(annotation, "spans")), pos);
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    /** A name without accents, case and repeated white space. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder bare = new StringBuilder();
        decomposed.codePoints().filter(c -> UCharacter.getCombiningClass(c) == 0).forEach(bare::appendCodePoint);
        return String.join(" ", Py.split(UCharacter.foldCase(bare.toString(), true)));
    }

    /**
     * Names match when folded they are equal, or the shorter one's words are all in the longer one and
     * include a surname (a word other than the longer one's first): "Trump" = "Donald J. Trump", but
     * "Jesús" is not "Jesús Ramírez Cuevas".
     */
    static boolean samePerson(String a, String b) {
        List<String> wa = Py.split(fold(a).replace(".", ""));
        List<String> wb = Py.split(fold(b).replace(".", ""));
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = wa.size() <= wb.size() ? wb : wa;
        Set<String> surnames = new HashSet<>(shorter);
        surnames.remove(longer.get(0));
        return wa.equals(wb) || (new HashSet<>(longer).containsAll(shorter) && !surnames.isEmpty());
    }

    /** White space squeezed to single spaces; "" for none. */
    static String squeeze(JsonNode s) {
        return String.join(" ", Py.split(Py.orEmpty(s)));
    }

    /** An article's or id's name without folder and extension. */
    static String stem(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        for (String ext : new String[] {".txt", ".html", ".htm", ".json"}) {
            if (base.endsWith(ext)) {
                return base.substring(0, base.length() - ext.length());
            }
        }
        return base;
    }

    private void count(String key, boolean good) {
        add(key, good ? 1 : 0, 1);
    }

    private void countAll(boolean good, String... keys) {
        for (String key : keys) {
            count(key, good);
        }
    }

    private void add(String key, int good, int total) {
        int[] n = tally.computeIfAbsent(key, k -> new int[2]);
        n[0] += good;
        n[1] += total;
    }

    // ---- the scorer's command: a gold folder against an NDJSON file of annotations

    /** What the scorer prints for a gold folder and the annotations, and the figures. */
    record Report(List<String> lines, GoldFigures figures) {
    }

    /** {@code score GOLD_DIR PREDICTIONS.ndjson [--verbose]}, the last line as with no minimum. */
    static Report score(Path goldDir, Path predictions, boolean verbose) throws IOException {
        return score(goldDir, predictions, verbose, Map.of());
    }

    static Report score(Path goldDir, Path predictions, boolean verbose, Map<String, Double> minimums)
            throws IOException {
        List<String> lines = new ArrayList<>();
        Map<String, JsonNode> golds = readGolds(goldDir);
        Map<String, JsonNode> preds = readPredictions(predictions, lines);
        GoldScorer scorer = new GoldScorer(verbose);
        golds.forEach((key, gold) -> scorer.add(gold, preds.get(key)).forEach(p -> lines.add(key + ": " + p)));
        GoldFigures figures = scorer.figures();
        lines.add(golds.size() + " gold articles, " + preds.size() + " annotations read");
        lines.addAll(figures.lines());
        lines.add(figures.lastLine(minimums));
        return new Report(lines, figures);
    }

    /** GOLD_DIR/*.gold.json by name, keyed by the stem of the article each names (a later one wins). */
    static Map<String, JsonNode> readGolds(Path goldDir) throws IOException {
        Map<String, JsonNode> golds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (String name : files.map(f -> f.getFileName().toString()).sorted(Py.CODE_POINT_ORDER).toList()) {
                if (name.endsWith(".gold.json")) {
                    JsonNode gold = JSON.readTree(Files.readString(goldDir.resolve(name), StandardCharsets.UTF_8));
                    golds.put(stem(Py.str(Py.require(gold, "file"))), gold);
                }
            }
        }
        return golds;
    }

    /** One annotation a line, keyed by the stem of its id (a later one wins); other lines are skipped. */
    private static Map<String, JsonNode> readPredictions(Path predictions, List<String> lines) throws IOException {
        Map<String, JsonNode> preds = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(predictions, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                line = Py.strip(line);
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode obj;
                try {
                    obj = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    lines.add("line " + n + ": not JSON (" + e.getOriginalMessage() + ")");
                    continue;
                }
                if (obj.isObject() && Py.get(obj, "id") != null) {
                    preds.put(stem(Py.str(obj.get("id"))), obj);
                }
            }
        }
        return preds;
    }

    /** {@code score GOLD_DIR PREDICTIONS.ndjson [--verbose] [--min NAME=VALUE ...]}, as the Python scorer. */
    public static void main(String[] argv) throws IOException {
        List<String> args = new ArrayList<>();
        Map<String, Double> minimums = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--min") && i + 1 < argv.length) {
                String[] kv = argv[++i].split("=");
                minimums.put(kv[0], Double.valueOf(kv[1]));
            } else if (!argv[i].startsWith("--")) {
                args.add(argv[i]);
            }
        }
        if (args.size() != 2) {
            System.out.println("usage: GoldScorer GOLD_DIR PREDICTIONS.ndjson [--verbose] [--min NAME=VALUE ...]");
            System.exit(2);
        }
        Report report = score(Path.of(args.get(0)), Path.of(args.get(1)), List.of(argv).contains("--verbose"), minimums);
        report.lines().forEach(System.out::println);
        System.exit(report.figures().below(minimums).isEmpty() ? 0 : 1);
    }
}
