package newsroom.annotator.quotes;

import java.util.List;
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
        if (after.cue().inverted() && !before.cued()) {
            Speaker introduced = namedBeforeColon(quote);
            if (introduced != null) {
                // "C'est le cas de Rachel : « … », confie-t-elle": the pronoun is the one the words were introduced with
                return new Decision(introduced.withCue(after.attribution().cue()).attribution(), after.cue(), true);
            }
        }
        return Decision.of(after);
    }

    /** The person named last in the quotation's sentence before its mark, when a colon introduces the words there; else null. */
    private static Speaker namedBeforeColon(QuoteContext quote) {
        Reading reading = quote.reading();
        List<Token> tokens = reading.view().tokens(quote.openSentence().start(), quote.quotation().open());
        int colon = tokens.size() - 1;
        if (colon < 1 || !tokens.get(colon).is(':') || !tokens.get(colon - 1).capitalised(reading.text())) {
            return null;
        }
        Subject named = reading.parser().endingAt(reading.text(), tokens, colon - 1);
        return named.isPerson() ? reading.discourse().resolve(named, tokens.get(colon - 1).start()) : null;
    }
}
