package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.quotes.ReportingClauses.Found;

/** A reporting verb right after the quotation whose subject names or refers to someone: "“…,” NAME said", "“…”, dijo el ministro", "“…”, añadió." */
final class VerbAfterSieve implements Sieve {

    /** The most tokens between a relative clause's opening comma and the quoted words inside it. */
    private static final int RELATIVE_CLAUSE_MAX_TOKENS = 60;

    @Override
    public String name() {
        return "verb-after";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        if (inRelativeClause(quote)) {
            return null;
        }
        Found after = quote.clauseAfter();
        return after.cued() && after.byVerb() && after.attribution() != null ? Decision.of(after) : null;
    }

    /**
     * "Tras la denuncia del portavoz, José Luis Mateos, que ayer llegó a pedir la dimisión del alcalde «si no cesa …»,
     * Carbayo tildó …": a few quoted words inside a relative clause opened after a comma and closed by a comma after
     * them: the verb after that comma is the main clause's, not the quotation's.
     */
    private static boolean inRelativeClause(QuoteContext quote) {
        if (quote.kind() != QuoteKind.PARTIAL) {
            return false;
        }
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        List<Token> after = reading.view().tokens(quotation.close(), quote.closeSentence().end());
        if (after.isEmpty() || !after.get(0).is(',')) {
            return false;
        }
        // (the clause is a few phrases: its comma is looked for that far back only, however long the sentence runs)
        List<Token> before = reading.view().tokens(quote.openSentence().start(), quotation.open());
        int comma = before.size() - 1;
        while (comma >= 0 && before.size() - comma <= RELATIVE_CLAUSE_MAX_TOKENS && !before.get(comma).is(',')) {
            comma--;
        }
        return comma >= 0 && before.get(comma).is(',') && comma + 1 < before.size() && reading.cues().isRelative(before.get(comma + 1));
    }
}
