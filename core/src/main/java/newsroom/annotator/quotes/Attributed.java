package newsroom.annotator.quotes;

import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * A quotation with its kind and speaker.
 *
 * @param attribution who said it, or null when the text names nobody
 * @param cued        a reporting verb or cue phrase goes with it, even one whose speaker is not named:
 *                    quoted words without one are a title, a nickname or scare quotes, not speech
 * @param name        the quoted words name the speaker ("“El Jefe Diego” respondió"): no quotation at all
 * @param term        the quoted words are mentioned as words ("the fan-base moniker ‘Kittenz’", "el término
 *                    “deterioro democrático”"): no quotation at all
 * @param cue         the reporting verb or cue phrase of the sieve that decided it, or null: read by a later quotation
 *                    (whether the verb between the two is already taken) and by the lead's pass (a verb in the plural)
 */
record Attributed(Quotation quotation, QuoteKind kind, Attribution attribution, boolean cued, boolean name, boolean term, Cue cue) {

    Attributed(Quotation quotation, QuoteKind kind, Attribution attribution, boolean cued, boolean name) {
        this(quotation, kind, attribution, cued, name, false, null);
    }

    /** A quotation a sieve decided with {@code cue} (null: none), whoever it gave the words to. */
    static Attributed decided(Quotation quotation, QuoteKind kind, Attribution attribution, Cue cue) {
        return new Attributed(quotation, kind, attribution, true, false, false, cue);
    }
}
