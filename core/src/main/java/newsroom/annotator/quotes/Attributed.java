package newsroom.annotator.quotes;

import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.QuoteKind;

/**
 * A quotation with its kind and speaker.
 *
 * @param attribution who said it, or null when the text names nobody
 * @param cued        a reporting verb or cue phrase goes with it, even one whose speaker is not named:
 *                    quoted words without one are a title, a nickname or scare quotes, not speech
 * @param name        the quoted words name the speaker ("“El Jefe Diego” respondió"): no quotation at all
 * @param term        the quoted words are mentioned as words ("the fan-base moniker ‘Kittenz’", "el término
 *                    “deterioro democrático”"): no quotation at all
 */
record Attributed(Quotation quotation, QuoteKind kind, Attribution attribution, boolean cued, boolean name, boolean term) {

    Attributed(Quotation quotation, QuoteKind kind, Attribution attribution, boolean cued, boolean name) {
        this(quotation, kind, attribution, cued, name, false);
    }
}
