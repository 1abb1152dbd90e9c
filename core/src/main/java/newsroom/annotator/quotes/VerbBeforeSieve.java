package newsroom.annotator.quotes;

import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * A reporting verb before the quotation in its sentence whose subject names someone: "NAME said: “…”",
 * "NAME afirmó que “…”". It comes before a cue phrase after the quotation ("Felix told reporters that it
 * “…,” according to USA Today": the phrase says where it was reported) and before a verb after it whose
 * subject names nobody.
 */
final class VerbBeforeSieve implements Sieve {

    @Override
    public String name() {
        return "verb-before";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Found before = quote.clauseBefore();
        return before.byVerb() && before.attribution() != null ? Decision.of(before) : null;
    }
}
