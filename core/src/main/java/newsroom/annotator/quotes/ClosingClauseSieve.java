package newsroom.annotator.quotes;

import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * A few quoted words in a sentence that ends in a reporting clause after a comma, its verb before its
 * subject: "Die Vergangenheit habe gezeigt, dass es "absolut notwendig" sei, eine "starke CSU in Berlin"
 * zu haben, betont der Minister." The clause reports the whole sentence, and so the words quoted in it.
 */
final class ClosingClauseSieve implements Sieve {

    @Override
    public String name() {
        return "closing-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        if (quote.kind() != QuoteKind.PARTIAL) {
            return null;
        }
        int end = quote.closeSentence().end();
        Quotation next = quote.following();
        // the clause stands after every quotation of the sentence, the next one's too
        int from = next != null && next.open() < end ? next.close() : quote.quotation().close();
        Found found = quote.reading().clauses().closingClause(from, end);
        return found.attribution() != null ? Decision.of(found) : null;
    }
}
