package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.quotes.ReportingClauses.Found;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * A few quoted words inside the narrator's clause are what that clause's verb reports when a new clause,
 * with its own named subject and reporting verb, follows them and introduces the next quotation:
 * "Deputy Mayor Alicia Glen deemed the City Council “not that smart,” Mayor de Blasio called her remarks
 * a “mistake.”" (not "“…”, dice el tuit …").
 */
final class PartialBeforeNextClauseSieve implements Sieve {

    @Override
    public String name() {
        return "partial-before-next-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Quotation following = quote.following();
        if (quote.kind() != QuoteKind.PARTIAL || quote.cueTaken() || following == null
                || following.open() >= quote.closeSentence().end()
                || !subjectThenVerbBetween(quote.reading(), quote.quotation().close(), following.open())) {
            return null;
        }
        Found reported = quote.reading().clauses().speakerBefore(quote.clauseFrom(), quote.quotation().open());
        return reported.attribution() == null ? null : Decision.of(reported);
    }

    private static boolean subjectThenVerbBetween(Reading reading, int from, int to) {
        List<Cue> between = reading.cues().find(reading.view().tokens(from, to));
        if (between.isEmpty() || between.get(0).phrase()) {
            return false;
        }
        for (Token token : reading.view().tokens(from, between.get(0).start())) {
            if (token.word() && token.capitalised(reading.text()) && !reading.cues().isFunctionWord(token)) {
                return true;
            }
        }
        return false;
    }
}
