package newsroom.annotator.quotes;

import newsroom.annotator.model.QuoteKind;

/**
 * A few quoted words in a sentence of reported speech, told by the mood of its verb where a language has
 * one for it (German Konjunktiv: "Die Kaufkraft in Österreich sei “deutlich gestiegen”", "Es könne
 * hilfreich sein, wenn “alle gemeinsam” …"), with no reporting verb of their own: they go on the words of
 * the last speaker, mentioned in the quotation's paragraph or the one before.
 */
final class IndirectSpeechSieve implements Sieve {

    /** How far from the quotation the verb may stand, in its clause: "Es könne hilfreich sein, wenn “…”". */
    private static final int CLAUSE_CHARS = 80;

    @Override
    public String name() {
        return "indirect-speech";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        if (quote.kind() != QuoteKind.PARTIAL || QuotationFinder.singleMarked(reading.text(), quotation)
                || !reported(reading, Math.max(quote.openSentence().start(), quotation.open() - CLAUSE_CHARS), quotation.open())
                && !reported(reading, quotation.close(), Math.min(quote.closeSentence().end(), quotation.close() + CLAUSE_CHARS))) {
            return null;
        }
        Speaker speaker = reading.discourse().lastSpeakerNear(quotation.open());
        return speaker == null ? null : Decision.goesOn(speaker.attribution(), null);
    }

    /** Whether the narrator's words in [from, to), near the quotation, hold a verb in the mood of reported speech. */
    private static boolean reported(Reading reading, int from, int to) {
        return reading.view().tokens(from, to).stream().anyMatch(reading.cues()::reportsIndirectly);
    }
}
