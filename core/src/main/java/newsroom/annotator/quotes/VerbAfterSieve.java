package newsroom.annotator.quotes;

import newsroom.annotator.quotes.ReportingClauses.Found;

/** A reporting verb right after the quotation whose subject names or refers to someone: "“…,” NAME said", "“…”, dijo el ministro", "“…”, añadió." */
final class VerbAfterSieve implements Sieve {

    @Override
    public String name() {
        return "verb-after";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Found after = quote.clauseAfter();
        return after.cued() && after.byVerb() && after.attribution() != null ? Decision.of(after) : null;
    }
}
