package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;

/**
 * Round-ups and interviews label their speakers with a line of its own: "U.S. head coach Pia Sundhage:",
 * "Eddie Howe", "NAME, Outlet:". A whole quoted paragraph with no cue of its own belongs to the last such
 * label above it, over topic lines ("On the match:") and other quoted paragraphs, but not over the
 * narrator's prose.
 */
final class SpeakerLabelSieve implements Sieve {

    /**
     * How many paragraphs above a quotation its label may stand: an interview's topics and answers run
     * long, and the narrator's prose ends a label's reach first.
     */
    private static final int REACH = 30;
    /** A label is a short line: a name, its role and where the person comes from. */
    private static final int LABEL_MAX_TOKENS = 14;

    @Override
    public String name() {
        return "speaker-label";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        if (quote.kind() != QuoteKind.DIRECT || reading.view().hasWord(quote.openSentence().start(), quotation.open())) {
            return null;
        }
        List<Span> spans = reading.sentences().spans();
        int span = reading.sentences().spanIndex(quotation.open());
        if (reading.view().hasWord(spans.get(span).start(), quotation.open())) {
            // the narrator's words open the quotation's own paragraph: no answer under a label
            return null;
        }
        for (int s = span - 1; s >= 0 && span - s <= REACH; s--) {
            Span line = spans.get(s);
            if (line.type() == SpanType.TITLE) {
                // the headline labels nobody: what it names is the story ("Crimen", "Trump")
                return null;
            }
            if (!QuotationFinder.isProse(line)) {
                continue;
            }
            List<Token> tokens = reading.view().tokens(line.start(), line.end());
            // a line of the masthead kept as prose for its place ("Logo", "Menu") labels nobody
            Subject label = line.type() == SpanType.BOILERPLATE ? Subject.NONE : label(reading, tokens);
            if (label.isPerson()) {
                return Decision.named(reading.discourse().resolve(label, line.start()));
            }
            if (!opensWithQuotation(reading, line) && !topicLine(tokens)) {
                return null;
            }
        }
        return null;
    }

    /** The person a label line names: its words before a closing colon, or before a comma and the rest. */
    static Subject label(Reading reading, List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > LABEL_MAX_TOKENS) {
            return Subject.NONE;
        }
        int end = tokens.size();
        if (tokens.get(end - 1).is(':')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (!tokens.get(i).word() && !tokens.get(i).is(',') && !tokens.get(i).is('.')) {
                return Subject.NONE;
            }
        }
        Subject whole = reading.parser().whole(reading.text(), tokens.subList(0, end));
        if (whole.isPerson()) {
            return whole;
        }
        // "NAME, Outlet:": the name before the first comma
        for (int i = 1; i < end; i++) {
            if (tokens.get(i).is(',')) {
                return reading.parser().whole(reading.text(), tokens.subList(0, i));
            }
        }
        return Subject.NONE;
    }

    /** A short line that ends in a colon and names a topic: "On the match:", "Sobre el penalti:". */
    private static boolean topicLine(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.size() <= LABEL_MAX_TOKENS && tokens.get(tokens.size() - 1).is(':');
    }

    /** A paragraph of quoted words: it opens with a quotation, or goes on one from the paragraph before. */
    static boolean opensWithQuotation(Reading reading, Span line) {
        List<Quotation> quoted = reading.quotations().overlapping(line.start(), line.end());
        return !quoted.isEmpty() && !reading.view().hasWord(line.start(), Math.max(line.start(), quoted.get(0).open()));
    }
}
