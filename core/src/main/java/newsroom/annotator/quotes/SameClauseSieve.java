package newsroom.annotator.quotes;

/**
 * The second quotation of one reporting clause has the first one's speaker: "said lawyers had given
 * them “…” and that they would “…”".
 */
final class SameClauseSieve implements Sieve {

    @Override
    public String name() {
        return "same-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Attributed previous = quote.previousDone();
        if (!quote.sharesSentence() || previous == null || !previous.cued() || quote.cueTaken()) {
            return null;
        }
        if (quote.ownClauseStart() > previous.quotation().close()) {
            // "…, Sabine Schule fühlte sich „überfahren“, und Thomas Schillroth brachte die Kritik auf den Punkt: „…“": a
            // clause with a subject of its own stands between the two
            return null;
        }
        return Decision.goesOn(previous.attribution(), quote.previousCue());
    }
}
