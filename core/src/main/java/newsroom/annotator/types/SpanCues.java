package newsroom.annotator.types;

import java.util.Set;
import newsroom.annotator.model.Hint;

/**
 * What one span shows of its type, read from its own words and the markup's hints; where it stands in
 * the article is weighed later, by the stage.
 *
 * @param hint        the kind of the smallest markup region that holds the span, or null
 * @param key         its words as a {@link newsroom.annotator.dictionaries.TextKey}, without end punctuation: a repeated headline has the same
 * @param letters     how many letters it has: fewer than three tell nothing of their own
 * @param words       how many of its words have two letters or more
 * @param sentences   how many sentences it has
 * @param boilerplate it opens with (or is) a boilerplate phrase and is short, holds a prompt's words, is a
 *                    marked link or a section path, or is markup
 * @param markup      it is a tag or an inline image a scrape left in the text ("<image>data:image/…"): no language
 * @param label       it is a boilerplate label that introduces what follows ("Trending:", "Lee también:")
 * @param listHeading it is the heading of a list of other stories, alone on its line ("Most Read", "Lo más reciente")
 * @param authorLine  a short author line ("By NAME", "Por NAME", "sábado 12 agosto 2017 Por: NAME") or an agency alone ("EFE")
 * @param names       it is only people's names joined by "and" ("Andrea Becerril y Víctor Ballinas")
 * @param personName  it is one person's name alone ("Andrew Slevison"): an author's under a headline or by a bio
 * @param signature   it is a name or initials alone, perhaps between dashes ("– Mariateresa Conte –", "J.J."): how a
 *                    writer signs the story off after its last paragraph
 * @param handle      it is only a social-media handle or an e-mail address ("@MTPnoticias", "pedro@jb.pt")
 * @param dateLine    it only dates the article ("Tuesday, July 24, 2007", "2 hours ago")
 * @param place       a dateline's place in capitals alone ("NEW YORK", "CIUDAD DE MÉXICO")
 * @param bioOpening  its first sentence is a name followed by a journalist's role ("X is an award-winning
 *                    journalist with…")
 * @param bioShape    it opens like any biography: a name and the verb that presents a person ("Andrés
 *                    Malamud es politólogo…"); standing last, that is the author's
 * @param bioHeading  it heads an author biography ("About the author", "Sobre el autor")
 * @param contact     one of its sentences opens like a biography's contact line ("Follow him on…")
 * @param credit      it carries a photo credit at its start or in its unpunctuated last sentence
 * @param creditOnly  it is nothing but a credit ("Instagram / presidenciasv", "(ESPECIAL)", "Foto: Cuartoscuro")
 * @param opensWithDateline it opens with a dateline, as a wire story's first paragraph ("FALL RIVER, MA. —
 *                    The…")
 * @param datedDash   a date followed by " - ", as agencies' captions write ("…on March 11, 2019. - It…"),
 *                    or " - " and a date closing the line ("…Film Festival, Canada - 08 Sep 2018")
 * @param truncated   it is a sentence or two ending in an ellipsis, as a cut teaser is
 * @param unpunctuated it does not end like a sentence
 * @param bulleted    it opens with a list item's bullet ("- ", "• ")
 * @param headline    it is shaped like a headline: short, one line, no end period
 * @param givenTitle  it is the title the request or page gave
 * @param masthead    it is a publication's name as its masthead prints it ("The Sunday Post (Newcastle)")
 * @param capsLink    a headline in capitals with its topic before a colon ("BIDEN IMPEACHMENT: GOP WITNESS
 *                    SAYS…"): in the prose, a link to another story
 * @param plainDate   it is a date and perhaps a time, nothing else ("6 Aug, 2023 19:10"): a story's date
 * @param introduces  it ends in a colon, as a paragraph that introduces a list or a quotation does
 * @param namedWords  how many of its words after the first are capitalized: a headline names who, a
 *                    standfirst under it describes them ("El cantante español sorprendió…")
 * @param outlet      it is an outlet's name alone, with its article and a period ("El Farandi."), as a
 *                    photo's credit between paragraphs
 * @param imageName   it opens with an image's file name ("scaloni 2.jpg Lionel Scaloni dio …"), as a scrape
 *                    writes a photo's name before its caption
 * @param phraseLanguages the languages whose lists hold every dictionary phrase it was recognized by: one
 *                    ("Lee también"), several ("Comentarios" is Spanish and Portuguese), or none
 */
record SpanCues(Hint.Kind hint, String key, int letters, int words, int sentences, boolean boilerplate,
                boolean markup, boolean label, boolean listHeading, boolean authorLine, boolean names, boolean personName, boolean signature, boolean handle,
                boolean dateLine, boolean place, boolean bioOpening, boolean bioShape, boolean bioHeading, boolean contact,
                boolean credit, boolean creditOnly, boolean opensWithDateline, boolean datedDash, boolean truncated,
                boolean unpunctuated, boolean bulleted, boolean headline, boolean givenTitle, boolean masthead,
                boolean capsLink, boolean plainDate, boolean introduces, int namedWords,
                boolean outlet, boolean imageName, Set<String> phraseLanguages) {

    /** What closes an article: author bios, author lines, boilerplate. */
    boolean endMatter() {
        return hint == Hint.Kind.BYLINE || hint == Hint.Kind.BOILERPLATE || boilerplate || authorLine || names
                || bioOpening || bioHeading || contact;
    }

    /** Whether its own words already say what it is, wherever it stands. */
    boolean typedByItsWords() {
        return hint != null || boilerplate || authorLine || names || handle || dateLine || bioHeading || credit
                || masthead || imageName;
    }

    /**
     * Prose: a sentence or more of the article's own words, as opposed to the lines around a headline
     * (a headline may ask a question: "Will the Biden Administration Pull Embattled Labor Nominee?").
     */
    boolean prose() {
        return !typedByItsWords() && !truncated && !datedDash
                && ((!unpunctuated && !headline && words >= 6) || words > TypeCues.HEADLINE_MAX_WORDS);
    }

    /** A short line that no sentence ends: a headline, a link (perhaps cut: "…and the Press..."), a label. */
    boolean shortLine() {
        return words <= TypeCues.HEADLINE_MAX_WORDS && (unpunctuated || headline || truncated);
    }
}
