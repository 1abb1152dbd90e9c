package newsroom.annotator.posts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.pipeline.Deadline;

/**
 * Finds every platform's embed chrome in a text with the templates of the languages'
 * {@code post-signatures.txt}. Where two readings overlap, the longer one wins; at equal length the one
 * that tells more (a name besides the platform), then the one listed first. Immutable; patterns compiled once.
 */
final class Signatures {

    private final List<SignatureTemplate> templates;
    private final DateParser dates;
    private final PostLinks links;

    private Signatures(List<SignatureTemplate> templates, DateParser dates, PostLinks links) {
        this.templates = List.copyOf(templates);
        this.dates = dates;
        this.links = links;
    }

    /** The templates of the given dictionary lines ("platform TAB role TAB template"), duplicates dropped. */
    static Signatures fromLines(List<String> lines, DateParser dates, PostLinks links) {
        List<SignatureTemplate> templates = new ArrayList<>();
        for (String line : new LinkedHashSet<>(lines)) {
            templates.add(SignatureTemplate.parse(line));
        }
        return new Signatures(templates, dates, links);
    }

    /** The marks in text[from, end of text), in text order, none overlapping another. */
    List<Mark> find(String text, int from) {
        List<Candidate> found = new ArrayList<>();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (int t = 0; t < templates.size(); t++) {
            SignatureTemplate template = templates.get(t);
            if (!template.mayOccurIn(lowerCase)) {
                continue;
            }
            Matcher matcher = template.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int at = from;
            while (at < text.length()) {
                matcher.region(at, text.length());
                if (!matcher.find()) {
                    break;
                }
                Deadline.checkCurrent();
                int order = t;
                template.mark(text, matcher, dates, links).ifPresent(m -> found.add(new Candidate(m, order)));
                at = matcher.start() + 1;
            }
        }
        // longest first, then the one that tells more, then the template listed first
        found.sort(Comparator.comparingInt((Candidate c) -> -c.mark.length())
                .thenComparingInt(c -> -c.mark.facts())
                .thenComparingInt(c -> c.order));
        List<Mark> kept = new ArrayList<>();
        Disjoint taken = new Disjoint();
        for (Candidate candidate : found) {
            Deadline.checkCurrent();
            if (!taken.overlaps(candidate.mark.start(), candidate.mark.end())) {
                kept.add(candidate.mark);
                taken.add(candidate.mark.start(), candidate.mark.end());
            }
        }
        kept.sort(Comparator.comparingInt(Mark::start));
        return kept;
    }

    private record Candidate(Mark mark, int order) {
    }
}
