package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.Span;

/**
 * The tools a sieve reads one article with: its tokens, sentences and quotations, the reporting clauses
 * around a quotation, the page's layout, what the article has said so far about who speaks, and the posts
 * it embeds.
 */
record Reading(TokenView view, ReportingCues cues, SpeakerParser parser, QuotationIndex quotations,
               NarratorSentences sentences, Discourse discourse, ReportingClauses clauses, LayoutSpeakers layout,
               List<PostEchoSieve.EchoedPost> posts) {

    String text() {
        return view.text();
    }

    /** Whether the quotation is all the words of the span: the narrator writes none before or after it there. */
    boolean fills(Span span, Quotation quotation) {
        return !view.hasWord(span.start(), quotation.open()) && !view.hasWord(quotation.close(), span.end());
    }

    /**
     * Whether the narrator's words among the tokens hold a verb in the mood of reported speech ("habe", "sei",
     * "wolle"), not one inside a quotation of the sentence.
     */
    boolean narratesReportedSpeech(List<Token> tokens) {
        return tokens.stream().anyMatch(token -> cues.reportsIndirectly(token) && quotations.around(token.start()) == null);
    }
}
