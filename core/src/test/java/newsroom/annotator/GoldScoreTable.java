package newsroom.annotator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * bin/score's table: the headline figures of each gold set side by side (dev, held-out test, the other
 * languages' sets), then quotes.f1 and quotes.speaker by the language of the article. Each set is scored
 * as a whole, and once more per language on a folder holding only the gold files of that language, by
 * the team's scorer when python3 is there, else by its port GoldScorer.
 *
 * <pre>
 * GoldScoreTable [--python SCORER] NAME=GOLD_DIR=ANNOTATIONS.ndjson ...   the table
 * GoldScoreTable --languages GOLD_DIR    the languages to annotate GOLD_DIR with: empty for English and
 *                                        Spanish only (the annotator's default), else en,es and the others
 * </pre>
 */
final class GoldScoreTable {

    /** The scorer's headline figures, then quotes.kind and overall. */
    static final List<String> ROWS = Stream.concat(GoldFigures.HEADLINE.stream(), Stream.of("quotes.kind", "overall"))
            .toList();
    static final List<String> BY_LANGUAGE = List.of("quotes.f1", "quotes.speaker");
    private static final String NO_LANGUAGE = "none";

    /** A gold folder and the annotations of its articles. */
    record GoldSet(String name, Path gold, Path annotations) {
    }

    /** Scores a gold folder against annotations. */
    interface Scorer {
        GoldFigures score(Path gold, Path annotations) throws IOException;
    }

    /** One column: the set's figures, its articles, and per language of the article the same. */
    record Column(String name, int articles, GoldFigures figures, Map<String, Column> byLanguage) {
    }

    static Column column(GoldSet set, Scorer scorer, Path scratch) throws IOException {
        Map<String, Column> byLanguage = new TreeMap<>();
        for (Map.Entry<String, List<Path>> language : goldFilesByLanguage(set.gold()).entrySet()) {
            Path folder = Files.createDirectories(scratch.resolve(set.name()).resolve(language.getKey()));
            for (Path gold : language.getValue()) {
                Files.copy(gold, folder.resolve(gold.getFileName()));
            }
            byLanguage.put(language.getKey(), new Column(language.getKey(), language.getValue().size(),
                    scorer.score(folder, set.annotations()), Map.of()));
        }
        int articles = byLanguage.values().stream().mapToInt(Column::articles).sum();
        return new Column(set.name(), articles, scorer.score(set.gold(), set.annotations()), byLanguage);
    }

    /** The folder's gold files by their article's "language". */
    static Map<String, List<Path>> goldFilesByLanguage(Path goldDir) throws IOException {
        Map<String, List<Path>> byLanguage = new TreeMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode language = Py.get(GoldScorer.JSON.readTree(file.toFile()), "language");
                byLanguage.computeIfAbsent(language == null ? NO_LANGUAGE : language.asText(), k -> new ArrayList<>())
                        .add(file);
            }
        }
        return byLanguage;
    }

    /** The figures as rows, one column per set; "-" where a set has no such figure or no such article. */
    static List<String> render(List<Column> columns) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("", columns, c -> c.name()));
        rows.add(row("articles", columns, c -> String.valueOf(c.articles())));
        for (String figure : ROWS) {
            rows.add(row(figure, columns, c -> printed(c.figures(), figure)));
        }
        TreeSet<String> languages = new TreeSet<>();
        columns.forEach(c -> languages.addAll(c.byLanguage().keySet()));
        for (String language : languages) {
            rows.add(row(language + " articles", columns,
                    c -> Optional.ofNullable(c.byLanguage().get(language)).map(l -> String.valueOf(l.articles())).orElse("-")));
            for (String figure : BY_LANGUAGE) {
                rows.add(row(language + " " + figure, columns, c -> Optional.ofNullable(c.byLanguage().get(language))
                        .map(l -> printed(l.figures(), figure)).orElse("-")));
            }
        }
        int[] widths = new int[columns.size() + 1];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder(pad(r.get(0), widths[0]));
            for (int i = 1; i < r.size(); i++) {
                line.append("  ").append(" ".repeat(widths[i] - r.get(i).length())).append(r.get(i));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static List<String> row(String label, List<Column> columns, java.util.function.Function<Column, String> cell) {
        List<String> row = new ArrayList<>(List.of(label));
        columns.forEach(c -> row.add(cell.apply(c)));
        return row;
    }

    private static String printed(GoldFigures figures, String name) {
        return figures.get(name).map(GoldFigures.Figure::printed).orElse("-");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    /** The languages to annotate a gold folder with: none beyond the default, or en, es and the articles' own. */
    static String annotationLanguages(Path goldDir) throws IOException {
        TreeSet<String> languages = new TreeSet<>(goldFilesByLanguage(goldDir).keySet());
        languages.remove(NO_LANGUAGE);
        languages.addAll(List.of("en", "es"));
        return languages.size() == 2 ? "" : String.join(",", languages);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--languages")) {
            System.out.println(annotationLanguages(Path.of(args[1])));
            return;
        }
        Optional<ReferenceScorer> python = Optional.empty();
        List<GoldSet> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--python") && i + 1 < args.length) {
                python = ReferenceScorer.find(Path.of(args[++i]));
            } else {
                String[] parts = args[i].split("=", 3);
                if (parts.length != 3) {
                    System.err.println("usage: GoldScoreTable [--python SCORER] NAME=GOLD_DIR=ANNOTATIONS.ndjson ...");
                    System.exit(2);
                }
                sets.add(new GoldSet(parts[0], Path.of(parts[1]), Path.of(parts[2])));
            }
        }
        Scorer scorer = python.isPresent() ? pythonScorer(python.get())
                : (gold, annotations) -> GoldScorer.score(gold, annotations, false).figures();
        Path scratch = Files.createTempDirectory("gold-score-table");
        try {
            List<Column> columns = new ArrayList<>();
            for (GoldSet set : sets) {
                columns.add(column(set, scorer, scratch));
            }
            render(columns).forEach(System.out::println);
            System.out.println(python.isPresent() ? "(scored by ../shared/eval/score)"
                    : "(scored by GoldScorer, the Java port of ../shared/eval/score: no python3 here)");
        } finally {
            delete(scratch);
        }
    }

    private static Scorer pythonScorer(ReferenceScorer reference) {
        return (gold, annotations) -> GoldFigures.parse(reference.score(gold, annotations));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
