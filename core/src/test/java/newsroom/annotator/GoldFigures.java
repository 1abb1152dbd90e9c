package newsroom.annotator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures the team's scorer prints, computed from its tallies as it computes them, or read back from
 * its printed output: each a value, or none when nothing was counted (printed "-"), with the counts
 * behind it when it has them.
 */
final class GoldFigures {

    /** The figures of the scorer's last line, which "overall" averages (a missing one counts 0). */
    static final List<String> HEADLINE = List.of("spans.type", "spans.language", "posts.f1", "posts.attribution",
            "quotes.f1", "quotes.speaker");

    /** One figure: value null when its denominator was empty; good and total null when it has no counts. */
    record Figure(String name, Double value, Integer good, Integer total) {

        /** As the scorer prints it: three decimals, or "-". */
        String printed() {
            return value == null ? "-" : format(value);
        }

        String counts() {
            return total == null ? "" : good + "/" + total;
        }
    }

    private final Map<String, Figure> figures;

    private GoldFigures(Map<String, Figure> figures) {
        this.figures = figures;
    }

    /**
     * The scorer's arithmetic over its tallies ({@code {name: [good, total]}}): each ratio, spans.type the
     * mean of the per-type ratios (the plain ratio kept as spans.type.micro), the two F1s and overall.
     */
    static GoldFigures of(Map<String, int[]> tally) {
        Map<String, Double> value = new TreeMap<>(Py.CODE_POINT_ORDER);
        tally.forEach((name, n) -> value.put(name, n[1] == 0 ? null : (double) n[0] / n[1]));
        List<Double> perType = value.entrySet().stream()
                .filter(e -> e.getKey().startsWith("spans.type.") && e.getValue() != null)
                .map(Map.Entry::getValue).toList();
        if (!perType.isEmpty()) {
            value.put("spans.type.micro", value.get("spans.type"));
            value.put("spans.type", sum(perType) / perType.size());
        }
        value.put("posts.f1", f1(value.get("posts.precision"), value.get("posts.recall")));
        value.put("quotes.f1", f1(value.get("quotes.precision"), value.get("quotes.recall")));
        value.put("overall", sum(HEADLINE.stream().map(k -> orZero(value.get(k))).toList()) / HEADLINE.size());

        Map<String, Figure> figures = new TreeMap<>(Py.CODE_POINT_ORDER);
        value.forEach((name, v) -> {
            int[] n = name.equals("spans.type.micro") ? tally.get("spans.type")
                    : name.equals("spans.type") ? null : tally.get(name);
            figures.put(name, new Figure(name, v, n == null ? null : n[0], n == null ? null : n[1]));
        });
        return new GoldFigures(figures);
    }

    /** F1, and 0 when precision or recall is missing or both are 0. */
    static double f1(Double precision, Double recall) {
        if (precision == null || recall == null || precision + recall == 0) {
            return 0.0;
        }
        return 2 * precision * recall / (precision + recall);
    }

    private static final Pattern LINE = Pattern.compile("  (\\S+) +(-|\\d+\\.\\d{3})(?:  \\((\\d+)/(\\d+)\\))?");

    /** The figures of the scorer's printed output: its lines "  name value  (good/total)". */
    static GoldFigures parse(List<String> output) {
        Map<String, Figure> figures = new TreeMap<>(Py.CODE_POINT_ORDER);
        for (String line : output) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                figures.put(m.group(1), new Figure(m.group(1), m.group(2).equals("-") ? null : Double.valueOf(m.group(2)),
                        m.group(3) == null ? null : Integer.valueOf(m.group(3)),
                        m.group(4) == null ? null : Integer.valueOf(m.group(4))));
            }
        }
        return new GoldFigures(figures);
    }

    /** The figure of that name, empty when the scorer has none of that name. */
    Optional<Figure> get(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** The figure's value; empty when it is missing or its denominator was empty. */
    Optional<Double> value(String name) {
        return get(name).map(Figure::value);
    }

    Collection<Figure> all() {
        return figures.values();
    }

    /** Each figure that is not printed as in the reference, with the same counts, or that only one of the two has. */
    List<String> differencesFrom(GoldFigures reference) {
        List<String> differences = new ArrayList<>();
        for (Figure want : reference.all()) {
            Figure got = figures.get(want.name());
            if (got == null) {
                differences.add(want.name() + ": reference " + want.printed() + " (" + want.counts() + "), missing here");
            } else if (!got.printed().equals(want.printed()) || !got.counts().equals(want.counts())) {
                differences.add(want.name() + ": reference " + want.printed() + " (" + want.counts() + "), here "
                        + got.printed() + " (" + got.counts() + ")");
            }
        }
        figures.keySet().stream().filter(name -> reference.get(name).isEmpty())
                .forEach(name -> differences.add(name + ": not in the reference"));
        return differences;
    }

    /** The scorer's figure lines, in its order and format. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Figure f : figures.values()) {
            String name = f.name() + " ".repeat(Math.max(0, 22 - Py.len(f.name())));
            lines.add("  " + name + " " + f.printed() + (f.total() == null ? "" : "  (" + f.counts() + ")"));
        }
        return lines;
    }

    /** The scorer's last line: the headline figures, after the ones below a minimum (as score --min). */
    String lastLine(Map<String, Double> minimums) {
        List<String> shortOf = below(minimums);
        List<String> shown = new ArrayList<>();
        for (String name : concat("overall", HEADLINE)) {
            value(name).ifPresent(v -> shown.add(name + "=" + format(v)));
        }
        return (shortOf.isEmpty() ? "" : "BELOW MINIMUM: " + String.join(",", shortOf) + " | ")
                + String.join(" ", shown);
    }

    /** The names whose figure is under its minimum; a missing figure counts 0, so it is under any floor. */
    List<String> below(Map<String, Double> minimums) {
        List<String> shortOf = new ArrayList<>();
        minimums.forEach((name, minimum) -> {
            if (orZero(value(name).orElse(null)) < minimum) {
                shortOf.add(name);
            }
        });
        return shortOf;
    }

    /** Python's {@code f"{v:.3f}"}: the double's exact value rounded half to even. */
    static String format(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static double orZero(Double v) {
        return v == null ? 0.0 : v;
    }

    /** Python's sum() of floats: left to right, from 0. */
    private static double sum(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
