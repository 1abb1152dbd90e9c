package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * A participle right after the verb that reported the quotation before, and a comma, reports this one too, with
 * that verb's subject: "“…,” he said, adding that although there was no express procedure, the guidelines “…”",
 * "«…», dijo, añadiendo que «…»". It comes before a cue that names nobody in the words between.
 */
final class ParticipleClauseSieve implements Sieve {

    @Override
    public String name() {
        return "participle-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Attributed previous = quote.previousDone();
        if (!quote.sharesSentence() || !quote.cueTaken() || previous == null || previous.attribution() == null) {
            return null;
        }
        Cue participle = participleAfterTakenCue(quote);
        if (participle == null) {
            return null;
        }
        String cue = quote.reading().text().substring(participle.start(), participle.end());
        return Decision.goesOn(previous.attribution().withCue(cue), participle);
    }

    /** The participle that opens the words after the previous quotation's verb and a comma: ", he said, adding that". */
    private static Cue participleAfterTakenCue(QuoteContext quote) {
        List<Token> after = quote.reading().view().tokens(quote.previousCue().end(), quote.quotation().open());
        if (after.size() < 2 || !after.get(0).is(',')) {
            return null;
        }
        List<Cue> found = quote.reading().cues().find(after.subList(1, after.size()));
        Cue first = found.isEmpty() ? null : found.get(0);
        return first != null && first.gerund() && first.start() == after.get(1).start() ? first : null;
    }
}
