package newsroom.annotator.types;

import newsroom.annotator.model.Hint;

/**
 * What one span shows of its type, read from its own words and the markup's hints; where it stands in
 * the article is weighed later, by the stage.
 *
 * @param hint        the kind of the smallest markup region that holds the span, or null
 * @param boilerplate it opens with (or is) a boilerplate phrase and is short
 * @param authorLine  a short author line ("By NAME", "Por NAME") or an agency alone ("EFE")
 * @param bioOpening  its first sentence is a name followed by a journalist's role ("X is an award-winning
 *                    journalist with…")
 * @param contact     one of its sentences opens like a biography's contact line ("Follow him on…")
 * @param credit      it carries a photo credit at its start or in its unpunctuated last sentence
 * @param datedDash   a date followed by " - ", as agencies' captions write ("…on March 11, 2019. - It…")
 * @param truncated   it ends in an ellipsis, as a cut teaser does
 * @param unpunctuated it does not end like a sentence
 * @param headline    it is shaped like a headline: short, one line, no end period
 * @param givenTitle  it is the title the request or page gave
 */
record SpanCues(Hint.Kind hint, boolean boilerplate, boolean authorLine, boolean bioOpening, boolean contact,
                boolean credit, boolean datedDash, boolean truncated, boolean unpunctuated, boolean headline,
                boolean givenTitle) {

    /** What closes an article: author bios, author lines, boilerplate. */
    boolean endMatter() {
        return hint == Hint.Kind.BYLINE || hint == Hint.Kind.BOILERPLATE || boilerplate || authorLine
                || bioOpening || contact;
    }
}
