package newsroom.annotator.quotes;

import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * A quotation that opens its sentence with no cue of its own belongs to the reporting clause of the
 * sentence before it in the paragraph ("He wrote that payment will begin … “Just by the money we
 * save…”"), or of the paragraph before when that ends in a colon ("In a statement, the ministry said:").
 */
final class SentenceBeforeSieve implements Sieve {

    @Override
    public String name() {
        return "sentence-before";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        TextRange sentence = quote.openSentence();
        if (reading.view().hasWord(sentence.start(), quote.quotation().open())) {
            return null;
        }
        TextRange previous = reading.sentences().before(sentence.start());
        if (previous == null) {
            return null;
        }
        char last = reading.clauses().lastCharBefore(previous.end());
        if (reading.sentences().spanIndex(previous.start()) != reading.sentences().spanIndex(sentence.start()) && last != ':') {
            return null;
        }
        // the narrator's words of that sentence, quotations left out
        int from = previous.start();
        int to = previous.end();
        for (Quotation quotation : reading.quotations().overlapping(from, to)) {
            if (quotation.close() > from && quotation.close() <= to) {
                from = quotation.close();
            }
            if (quotation.open() >= from && quotation.open() < to) {
                to = quotation.open();
            }
        }
        Found found = from < to ? reading.clauses().speakerBefore(from, to) : Found.NOTHING;
        return found.cued() && !reportedPrevious(quote, found) ? Decision.of(found) : null;
    }

    /**
     * Whether the sentence before is the reporting clause of the quotation before, whose subject it could not
     * read ("„…“, kritisierte Erkenschwicks Trainer Magnus Niemöller seine Truppe. „…“"): that quotation's
     * attribution stands, and the words after it go on it ({@link ContinuationSieve}), not on nobody.
     */
    private static boolean reportedPrevious(QuoteContext quote, Found found) {
        return found.attribution() == null && quote.previousCueIs(found.cue()) && quote.previousDone() != null
                && quote.previousDone().attribution() != null;
    }
}
