package newsroom.annotator.quotes;

/**
 * The tools a sieve reads one article with: its tokens, sentences and quotations, the reporting clauses
 * around a quotation, the page's layout, and what the article has said so far about who speaks.
 */
record Reading(TokenView view, ReportingCues cues, SpeakerParser parser, QuotationIndex quotations,
               NarratorSentences sentences, Discourse discourse, ReportingClauses clauses, LayoutSpeakers layout) {

    String text() {
        return view.text();
    }
}
