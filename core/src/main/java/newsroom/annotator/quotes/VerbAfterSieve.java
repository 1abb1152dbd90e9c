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
        if (!after.cued() || !after.byVerb() || after.attribution() == null) {
            return null;
        }
        Found before = quote.clauseBefore();
        if (after.cue().inverted() && before.cued() && before.byVerb() && before.attribution() != null) {
            // "Jacqueline ajoute : « … », a-t-elle affirmé": the one the verb before names, not whom the pronoun
            // after would be read as, the last to speak (the verb-before sieve decides)
            return null;
        }
        return Decision.of(after);
    }
}
