package newsroom.annotator.quotes;

import newsroom.annotator.model.QuoteKind;

/**
 * A whole quoted sentence with no cue of its own goes on the words of the speaker named last, in its
 * paragraph or the one before: "“…,” she said. “…”" (even one the text does not name: "said a White
 * House official. “…”"), or "Lopez Obrador explained that …" and then a paragraph of his words.
 */
final class ContinuationSieve implements Sieve {

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        if (quote.kind() != QuoteKind.DIRECT || quotation.dialogue() || QuotationFinder.scareMarked(reading.text(), quotation)) {
            return null;
        }
        Discourse discourse = reading.discourse();
        int span = reading.sentences().spanIndex(quotation.open());
        Attributed previous = quote.previousDone();
        boolean previousIsLatest = previous != null && previous.cued()
                && previous.quotation().close() >= discourse.lastSpeakerAt()
                && span - reading.sentences().spanIndex(previous.quotation().close() - 1) <= 1;
        if (previousIsLatest) {
            return Decision.goesOn(previous.attribution(), null);
        }
        if (discourse.lastSpeaker() != null && span - discourse.lastSpeakerSpan() <= 1) {
            return new Decision(discourse.lastSpeaker().attribution(), null, true);
        }
        return null;
    }
}
