package newsroom.annotator.quotes;

import newsroom.annotator.quotes.ReportingClauses.Found;

/** Any other reporting clause before the quotation in its sentence: "según NAME, “…”", "a source told …: “…”". */
final class CueBeforeSieve implements Sieve {

    @Override
    public String name() {
        return "cue-before";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Found before = quote.clauseBefore();
        return before.cued() ? Decision.of(before) : null;
    }
}
