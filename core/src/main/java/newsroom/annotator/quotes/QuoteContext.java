package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingClauses.Found;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * One quotation in its context, as the sieves see it: the narrator's sentences it opens and closes in,
 * the quotations on either side, how far its own reporting clause may reach (to the neighbouring
 * quotation in the same sentence), its kind, and what was decided for the quotation before it. The
 * reporting clauses after and before it are read once, when a sieve first asks.
 */
final class QuoteContext {

    /** The most tokens between a relative clause's opening comma and the quoted words inside it. */
    private static final int RELATIVE_CLAUSE_MAX_TOKENS = 60;

    private final Reading reading;
    private final Quotation quotation;
    private final Quotation previous;
    private final Quotation following;
    private final TextRange openSentence;
    private final TextRange closeSentence;
    private final int clauseFrom;
    private final int clauseTo;
    private final QuoteKind kind;
    private final Attributed previousDone;
    private final Cue previousCue;
    private final boolean cueTaken;
    private Found after;
    private Found before;
    /** Where the last clause of the quotation's sentence with a person of its own for subject starts, read once; -1 before. */
    private int ownClause = -1;

    QuoteContext(Reading reading, Quotation quotation, Quotation previous, Quotation following, TextRange openSentence,
                 TextRange closeSentence, int clauseFrom, int clauseTo, QuoteKind kind, Attributed previousDone,
                 Cue previousCue, boolean cueTaken) {
        this.reading = reading;
        this.quotation = quotation;
        this.previous = previous;
        this.following = following;
        this.openSentence = openSentence;
        this.closeSentence = closeSentence;
        this.clauseFrom = clauseFrom;
        this.clauseTo = clauseTo;
        this.kind = kind;
        this.previousDone = previousDone;
        this.previousCue = previousCue;
        this.cueTaken = cueTaken;
    }

    Reading reading() {
        return reading;
    }

    Quotation quotation() {
        return quotation;
    }

    /** The quotation before this one in the article, or null. */
    Quotation previous() {
        return previous;
    }

    /** The quotation after this one in the article, or null. */
    Quotation following() {
        return following;
    }

    /** The narrator's sentence the quotation opens in. */
    TextRange openSentence() {
        return openSentence;
    }

    /** The narrator's sentence the quotation closes in. */
    TextRange closeSentence() {
        return closeSentence;
    }

    /** Where a reporting clause before the quotation may start: its sentence's start, or the previous quotation's end in it. */
    int clauseFrom() {
        return clauseFrom;
    }

    /** Where a reporting clause after the quotation must end: its sentence's end, or the next quotation's start in it. */
    int clauseTo() {
        return clauseTo;
    }

    QuoteKind kind() {
        return kind;
    }

    /** Whether the quotation shares its sentence with the quotation before it. */
    boolean sharesSentence() {
        return clauseFrom > openSentence.start();
    }

    /** The attributed quotation before this one, or null. */
    Attributed previousDone() {
        return previousDone;
    }

    /** The cue of the quotation before this one, or null. */
    Cue previousCue() {
        return previousCue;
    }

    /**
     * Whether the cue between the previous quotation and this one in their sentence is the previous one's
     * ("El «se queda» que escribió Piqué … compite con «Despacito»"), rather than a short reporting clause
     * interrupting one speaker's words ("“…,” he said, “…”").
     */
    boolean cueTaken() {
        return cueTaken;
    }

    /** Whether the cue is the one the quotation before this one was reported with. */
    boolean previousCueIs(Cue cue) {
        return cue != null && previousCue != null && cue.start() == previousCue.start();
    }

    /** The reporting clause right after the quotation: "“…,” NAME said", "“…”, dijo NAME", "“…,” according to NAME". */
    Found clauseAfter() {
        if (after == null) {
            after = reading.clauses().speakerAfter(quotation, clauseTo, following);
            if (after.byVerb() && insideRelativeClause()) {
                // (a cue phrase, "según …", goes with the words before it wherever they stand)
                after = Found.NOTHING;
            }
        }
        return after;
    }

    /**
     * "Tras la denuncia del portavoz, José Luis Mateos, que ayer llegó a pedir la dimisión del alcalde «si no cesa …»,
     * Carbayo tildó …": a few quoted words inside a relative clause opened after a comma and closed by a comma after
     * them; a verb after that comma is the main clause's, not the quotation's.
     */
    private boolean insideRelativeClause() {
        if (kind != QuoteKind.PARTIAL) {
            return false;
        }
        List<Token> after = reading.view().tokens(quotation.close(), closeSentence.end());
        if (after.isEmpty() || !after.get(0).is(',')) {
            return false;
        }
        // (the clause is a few phrases: its comma is looked for that far back only, however long the sentence runs)
        List<Token> before = reading.view().tokens(openSentence.start(), quotation.open());
        int comma = before.size() - 1;
        while (comma >= 0 && before.size() - comma <= RELATIVE_CLAUSE_MAX_TOKENS && !before.get(comma).is(',')) {
            comma--;
        }
        return comma >= 0 && before.get(comma).is(',') && comma + 1 < before.size() && reading.cues().isRelative(before.get(comma + 1));
    }

    /**
     * Where the last clause of the quotation's sentence before it that has a person's name for its own subject starts
     * ({@link ReportingClauses#ownClauseStart}), or the sentence's start; the sieves that read a clause ask it in turn.
     */
    int ownClauseStart() {
        if (ownClause < 0) {
            ownClause = reading.clauses().ownClauseStart(openSentence.start(), quotation.open());
        }
        return ownClause;
    }

    /** The reporting clause before the quotation in its sentence: "NAME said: “…”", "según NAME, “…”". */
    Found clauseBefore() {
        if (before == null) {
            int from = cueTaken ? previousCue.end() : clauseFrom;
            if (kind == QuoteKind.PARTIAL) {
                // "Florian Hawelka sprach von verlorenem Vertrauen, Sabine Schule fühlte sich „überfahren“": a few words
                // inside a later clause with a person of its own for subject are that clause's, not an earlier verb's
                from = Math.max(from, ownClauseStart());
            }
            before = reading.clauses().speakerBefore(from, quotation.open(), quotation.close(), clauseTo);
        }
        return before;
    }
}
