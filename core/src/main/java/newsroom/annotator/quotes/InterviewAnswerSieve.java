package newsroom.annotator.quotes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;

/**
 * An interview laid out as dialogue: paragraphs that are each one turn opened by a dash, the interviewer's question
 * first, the turns alternating ("—¿Ese fue su último destino?" / "—Mi último destino en actividad fue ese …"). The
 * answers are the words of the one the text was about before the turns began (the lead's "El comisario general (r)
 * Alfredo Rodríguez asumió …"); the questions are the interviewer's, whom the text does not name. A turn with the
 * narrator's words of its own ("—… —le replicaron") is no such layout, and ends the run.
 */
final class InterviewAnswerSieve implements Sieve {

    /** An interview has at least two questions and their answers in a row. */
    private static final int MIN_TURNS = 4;
    /** How many turns either side of a quotation are read: the work per quotation stays bounded. */
    private static final int REACH = 60;

    @Override
    public String name() {
        return "interview-answer";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Quotation quotation = quote.quotation();
        if (!quotation.dialogue() || quote.kind() != QuoteKind.DIRECT) {
            return null;
        }
        Reading reading = quote.reading();
        List<Span> spans = reading.sentences().spans();
        int span = reading.sentences().spanIndex(quotation.open());
        Quotation own = turn(reading, spans, span);
        if (own == null) {
            return null;
        }
        // the run of turns around the quotation, each read once
        Deque<Quotation> turns = new ArrayDeque<>(List.of(own));
        int first = span;
        while (first > 0 && span - first < REACH) {
            Quotation before = turn(reading, spans, first - 1);
            if (before == null) {
                break;
            }
            turns.addFirst(before);
            first--;
        }
        for (int s = span + 1; s < spans.size() && s - span <= REACH; s++) {
            Quotation after = turn(reading, spans, s);
            if (after == null) {
                break;
            }
            turns.addLast(after);
        }
        if (turns.size() < MIN_TURNS || !alternates(reading, List.copyOf(turns))) {
            return null;
        }
        if ((span - first) % 2 == 0) {
            // the interviewer's turn: someone the text does not name
            return Decision.named(null);
        }
        Speaker interviewee = reading.discourse().referents().lastPerson(spans.get(first).start());
        return interviewee == null ? null : Decision.named(interviewee);
    }

    /**
     * Whether the turns read as questions and answers: the first and most of the interviewer's turns (every other one
     * from the first) ask, and no more than one answer in three does.
     */
    private static boolean alternates(Reading reading, List<Quotation> turns) {
        int asked = 0;
        int askedBack = 0;
        for (int k = 0; k < turns.size(); k++) {
            boolean question = question(reading, turns.get(k));
            if (k % 2 == 0) {
                asked += question ? 1 : 0;
            } else {
                askedBack += question ? 1 : 0;
            }
        }
        int questions = (turns.size() + 1) / 2;
        int answers = turns.size() / 2;
        return question(reading, turns.get(0)) && 2 * asked > questions && 3 * askedBack <= answers;
    }

    private static boolean question(Reading reading, Quotation turn) {
        return turn.lastMark(reading.text()) == '?';
    }

    /** The dialogue turn that is the whole of prose paragraph {@code s}, no narrator's words in it; else null. */
    private static Quotation turn(Reading reading, List<Span> spans, int s) {
        Span span = spans.get(s);
        if (!QuotationFinder.isProse(span)) {
            return null;
        }
        List<Quotation> inside = reading.quotations().overlapping(span.start(), span.end());
        Quotation quotation = inside.isEmpty() ? null : inside.get(0);
        if (quotation == null || !quotation.dialogue() || quotation.overParagraphs() || !reading.fills(span, quotation)) {
            return null;
        }
        return quotation;
    }
}
