package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.segment.Trim;

/**
 * The narrator's sentences of an article: the sentence splitter's, except that a break inside a
 * quotation, after a quotation that ends in "?" or "!" ("“…?” Pena Nieto said." is one sentence), before a
 * bare reporting clause after a quotation that ends in a stop ("“….” Olawumi said.") or after an initial
 * ("Steven A. Lerman said") does not end the narrator's sentence. Looked up by position with binary
 * searches. One instance per article.
 */
final class NarratorSentences {

    /** How many lines of boilerplate (an ad's slot) may stand between a sentence and the paragraph before it. */
    private static final int MAX_INTERRUPTIONS = 2;
    /**
     * The most words of a sentence that is nothing but a quotation's reporting clause ("Olawumi said.", "said the
     * governor of Osun State."); a longer one says something of its own ("Smith said the team was ready.").
     */
    private static final int BARE_CLAUSE_MAX_WORDS = 6;

    private final String text;
    private final TokenView view;
    private final List<Span> spans;
    private final QuotationIndex quotations;
    private final ReportingCues cues;
    /** For each span, where its narrator's sentences start. */
    private final List<int[]> starts = new ArrayList<>();

    NarratorSentences(TokenView view, ReportingCues cues, List<Span> spans, QuotationIndex quotations) {
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.spans = spans;
        this.quotations = quotations;
        for (Span span : spans) {
            starts.add(startsOf(span));
        }
    }

    List<Span> spans() {
        return spans;
    }

    /** The index of the article's first paragraph of prose among the spans, or their number when it has none. */
    static int firstParagraph(List<Span> spans) {
        for (int s = 0; s < spans.size(); s++) {
            if (spans.get(s).type() == SpanType.PARAGRAPH) {
                return s;
            }
        }
        return spans.size();
    }

    /** Where the narrator's sentences of the span at {@code index} start. */
    int[] startsIn(int index) {
        return starts.get(index);
    }

    /** The narrator's sentence around {@code position}. */
    TextRange at(int position) {
        int s = spanIndex(position);
        int[] spanStarts = starts.get(s);
        int found = Arrays.binarySearch(spanStarts, position);
        int k = Math.max(0, found >= 0 ? found : -found - 2);
        return new TextRange(spanStarts[k], k + 1 < spanStarts.length ? spanStarts[k + 1] : spans.get(s).end());
    }

    /**
     * The narrator's sentence before the one starting at {@code start}: in its paragraph, or the last of the prose
     * paragraph before, a line or two of boilerplate between them aside.
     */
    TextRange before(int start) {
        int s = spanIndex(start);
        int[] spanStarts = starts.get(s);
        int found = Arrays.binarySearch(spanStarts, start);
        if (found > 0) {
            return new TextRange(spanStarts[found - 1], start);
        }
        // ("he said:" / "Advertisement" / "“…”": a line of boilerplate between them, an ad's slot, is skipped)
        int p = s - 1;
        while (p >= 0 && s - p <= MAX_INTERRUPTIONS && spans.get(p).type() == SpanType.BOILERPLATE && !spans.get(p).typedByPlace()) {
            p--;
        }
        if (p < 0 || !QuotationFinder.isProse(spans.get(p))) {
            return null;
        }
        int[] previous = starts.get(p);
        return new TextRange(previous[previous.length - 1], spans.get(p).end());
    }

    /** The language of the span that holds {@code position}: the rules of that language read it (null: unknown). */
    String languageAt(int position) {
        return spans.get(spanIndex(position)).language().language();
    }

    /** The index of the span that holds {@code position} (the one before it when it falls between spans). */
    int spanIndex(int position) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = spans.get(middle);
            if (position < span.start()) {
                high = middle - 1;
            } else if (position >= span.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return Math.max(0, high);
    }

    private int[] startsOf(Span span) {
        List<Integer> found = new ArrayList<>();
        found.add(span.start());
        for (Sentence sentence : span.sentences()) {
            int start = sentence.start();
            if (start > span.start() && quotations.around(start) == null && !afterExclamation(start) && !afterInitial(start)
                    && !bareReportingClause(start, sentence.end())) {
                found.add(start);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the quotation right before {@code position}, nothing but marks and spaces between, ends in "?", "!" or "…". */
    private boolean afterExclamation(int position) {
        Quotation quotation = quotationRightBefore(position);
        if (quotation == null || text.substring(quotation.close(), position).indexOf('.') >= 0) {
            // ("« … non ? ». Olivier Echouafni avait l’humeur taquine": a stop after the closing mark ends the sentence)
            return false;
        }
        // the last mark that is not a quotation mark: "…'How do I screw Mexico?'" ends in "?"
        int last = quotation.end() - 1;
        while (last > quotation.start() && "'\"’”»".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return "?!…".indexOf(text.charAt(last)) >= 0;
    }

    /**
     * Whether the sentence from {@code start} to {@code end} is only the reporting clause of the quotation right before
     * it: a few words with a verb of saying and no quotation ("“….” Olawumi said.", "“….” said the mayor.").
     */
    private boolean bareReportingClause(int start, int end) {
        Quotation quotation = quotationRightBefore(start);
        // a stop after the closing mark ("“…”. Jerónimo de Sousa não esclarece") is the narrator's own
        if (quotation == null || Trim.range(text, quotation.close(), start) != null || !endsInStop(start, end)) {
            return false;
        }
        List<Token> words = view.tokens(start, end).stream().filter(Token::word).toList();
        return words.size() <= BARE_CLAUSE_MAX_WORDS && quotations.lastOpeningBefore(end) == quotations.lastOpeningBefore(start)
                && cues.find(words).stream().anyMatch(cue -> !cue.phrase());
    }

    /** Whether text[start, end) ends in a full stop ("He went on to say:" introduces what follows). */
    private boolean endsInStop(int start, int end) {
        TextRange words = Trim.range(text, start, end);
        return words != null && text.charAt(words.end() - 1) == '.';
    }

    /** The quotation that closes right before {@code position}, nothing but marks and spaces between, or null. */
    private Quotation quotationRightBefore(int position) {
        int before = quotations.lastOpeningBefore(position);
        if (before >= 0 && quotations.get(before).close() > position) {
            before--;
        }
        return before < 0 || view.hasWord(quotations.get(before).close(), position) ? null : quotations.get(before);
    }

    private boolean afterInitial(int position) {
        int end = position - 1;
        while (end > 0 && Trim.isBlank(text.charAt(end))) {
            end--;
        }
        return end >= 2 && text.charAt(end) == '.' && Character.isUpperCase(text.charAt(end - 1))
                && !Character.isLetter(text.charAt(end - 2));
    }
}
