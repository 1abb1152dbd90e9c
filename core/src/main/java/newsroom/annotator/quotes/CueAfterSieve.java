package newsroom.annotator.quotes;

import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * Any other reporting clause right after the quotation: a cue phrase and its source ("“…,” according to
 * NAME"), or a verb whose subject names nobody ("“…,” a spokesman said", which the text attributes to no
 * one by name).
 */
final class CueAfterSieve implements Sieve {

    @Override
    public String name() {
        return "cue-after";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Found after = quote.clauseAfter();
        return after.cued() ? Decision.of(after) : null;
    }
}
