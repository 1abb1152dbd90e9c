package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextRange;

/**
 * Who wrote the text a definite noun refers back to ("“…” the tweet read", "“…” the statement read"): the author the
 * narrator gave the last such text introduced a few paragraphs before, either after an author link ("a tweet from Polk
 * County Sheriff Grady Judd", "a statement from the premier's office") or as the subject of the sentence that
 * introduced it ("The Crusaders have since released a statement").
 */
final class DocumentAuthors {

    /** How many paragraphs back the text may have been introduced. */
    private static final int REACH = 3;
    /** How many characters back at most: the work per quotation stays bounded however long the paragraphs run. */
    private static final int REACH_CHARS = 2000;

    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final NarratorSentences sentences;
    private final QuotationIndex quotations;

    DocumentAuthors(TokenView view, ReportingCues cues, SpeakerParser parser, NarratorSentences sentences, QuotationIndex quotations) {
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.sentences = sentences;
        this.quotations = quotations;
    }

    /** The author of the text last introduced before the sentence of {@code at}, as a subject to resolve; none when there is none. */
    Subject before(int at, CapitalisedWords capitalised) {
        String text = view.text();
        List<Span> spans = sentences.spans();
        int span = sentences.spanIndex(at);
        int end = sentences.at(at).start();
        int limit = Math.max(0, end - REACH_CHARS);
        for (int s = span; s >= 0 && span - s <= REACH && end > limit; s--) {
            Span paragraph = spans.get(s);
            if (!QuotationFinder.isProse(paragraph)) {
                continue;
            }
            int to = Math.min(end, paragraph.end());
            while (to > Math.max(paragraph.start(), limit)) {
                TextRange sentence = sentences.at(to - 1);
                int from = Math.max(Math.max(sentence.start(), paragraph.start()), limit);
                Subject author = introducedIn(text, from, to, capitalised);
                if (author != null) {
                    return author;
                }
                to = from;
            }
            end = paragraph.start();
        }
        return Subject.NONE;
    }

    /** The author of a text the narrator's words of [from, to) introduce; null for none said there. */
    private Subject introducedIn(String text, int from, int to, CapitalisedWords capitalised) {
        for (Quotation quotation : quotations.overlapping(from, to)) {
            // the words of a quotation are no narrator's: read up to it
            to = Math.min(to, Math.max(from, quotation.open()));
        }
        List<Token> tokens = view.tokens(from, to);
        int noun = -1;
        for (int i = tokens.size() - 1; i >= 0 && noun < 0; i--) {
            if (cues.isDocument(tokens.get(i)) && !tokens.get(i).capitalised(text)) {
                noun = i;
            }
        }
        if (noun < 0) {
            return null;
        }
        if (noun + 1 < tokens.size() && cues.isAuthorLink(tokens.get(noun + 1))) {
            Subject author = parser.after(view, tokens.get(noun + 1).end(), to, false);
            if (author.kind() == Subject.Kind.NAMED || author.kind() == Subject.Kind.ANAPHORIC) {
                return author;
            }
        }
        Subject subject = parser.subject(text, tokens, capitalised);
        // ("It was a message for law breakers …": the same text again, its author said before)
        return subject.kind() == Subject.Kind.NAMED || subject.kind() == Subject.Kind.ANAPHORIC ? subject : null;
    }
}
