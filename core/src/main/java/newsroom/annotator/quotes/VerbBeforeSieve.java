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
        if (!before.byVerb() || before.attribution() == null) {
            return null;
        }
        // "… et s’assure une qualification : « C’était l’objectif, poursuit Fabien Cottin. … »": a clause inside the marks
        // that names the speaker in full outweighs a verb before them, whose subject may be the team's
        Decision inner = InnerClauseSieve.whenNamedInFull(quote);
        return inner != null ? inner : Decision.of(before);
    }
}
