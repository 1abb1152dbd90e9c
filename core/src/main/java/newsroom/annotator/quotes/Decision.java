package newsroom.annotator.quotes;

import newsroom.annotator.model.Attribution;
import newsroom.annotator.quotes.ReportingCues.Cue;
import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * What a sieve decided about a quotation.
 *
 * @param attribution who said it; null when the text says someone did but names nobody ("a spokesman
 *                    said")
 * @param cue         the reporting verb or cue phrase that goes with it, or null
 * @param mention     whether the speaker becomes the one a later "he said" refers to, as mentioned at the
 *                    quotation's end (a sieve that passes on a speaker already mentioned, or mentions one
 *                    itself, says no)
 * @param rule        the rule to name in the attribution when it is more particular than the sieve's name
 *                    ("construction:as-put-it"); null for the sieve's name
 */
record Decision(Attribution attribution, Cue cue, boolean mention, String rule) {

    Decision(Attribution attribution, Cue cue, boolean mention) {
        this(attribution, cue, mention, null);
    }

    /** What a reporting clause found: its cue and the speaker it names, if any. */
    static Decision of(Found found) {
        return new Decision(found.attribution(), found.cue(), true);
    }

    /** A speaker named at the quotation itself. */
    static Decision named(Speaker speaker) {
        return new Decision(speaker == null ? null : speaker.attribution(), null, true);
    }

    /** A speaker already mentioned before the quotation, who goes on speaking. */
    static Decision goesOn(Attribution attribution, Cue cue) {
        return new Decision(attribution, cue, false);
    }
}
