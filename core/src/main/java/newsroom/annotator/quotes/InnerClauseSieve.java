package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * The reporting clause set inside the quotation marks, after a comma, as French typography puts it: "« Je les
 * comprends, a dit le défenseur David Savard. Nous aussi … »", "« Ce jour est historique, sourit-il. … »". The
 * clause is a reporting verb right after the comma, then its subject, up to the next comma or full stop; the
 * quotation is that subject's.
 */
final class InnerClauseSieve implements Sieve {

    /** The most words of the clause after its verb: "le défenseur David Savard". */
    private static final int CLAUSE_MAX_WORDS = 8;

    @Override
    public String name() {
        return "inner-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Quotation quotation = quote.quotation();
        if (quotation.dialogue()) {
            return null;
        }
        Reading reading = quote.reading();
        TextRange words = quotation.pieces().get(0);
        List<Token> tokens = reading.view().tokens(words.start(), words.end());
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is(',')) {
                continue;
            }
            Decision decision = clauseAt(reading, tokens, i + 1);
            if (decision != null) {
                return decision;
            }
        }
        return null;
    }

    /**
     * Whether the quotation holds a reporting clause that names someone in full ("« C’était l’objectif de la saison,
     * poursuit Fabien Cottin. … »"): read, not resolved, so that another sieve may ask before this one decides.
     */
    static boolean namesSomeoneInside(QuoteContext quote) {
        Quotation quotation = quote.quotation();
        if (quotation.dialogue()) {
            return false;
        }
        Reading reading = quote.reading();
        TextRange words = quotation.pieces().get(0);
        List<Token> tokens = reading.view().tokens(words.start(), words.end());
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(',')) {
                int end = i + 1;
                while (end < tokens.size() && end - i - 1 <= CLAUSE_MAX_WORDS + reading.cues().longestCue()
                        && !tokens.get(end).is(',') && !tokens.get(end).is('.')) {
                    end++;
                }
                List<Token> clause = tokens.subList(i + 1, end);
                List<Cue> found = clause.isEmpty() ? List.of() : reading.cues().find(clause);
                if (!found.isEmpty() && found.get(0).start() == clause.get(0).start() && !found.get(0).phrase() && !found.get(0).inverted()) {
                    Subject subject = reading.parser().after(reading.view(), found.get(0).end(), tokens.get(end - 1).end(), true);
                    if (subject.kind() == Subject.Kind.NAMED && subject.isPerson()
                            && reading.view().tokens(subject.name().start(), subject.name().end()).size() > 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The speaker of a reporting clause that opens at {@code tokens[from]}, or null when none does. */
    private static Decision clauseAt(Reading reading, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from <= CLAUSE_MAX_WORDS + reading.cues().longestCue()
                && !tokens.get(end).is(',') && !tokens.get(end).is('.')) {
            end++;
        }
        // (the clause may end the quoted words: "« On attend votre avocate, Monsieur, dit le président. »")
        return end == from ? null : speaker(reading, tokens.subList(from, end), tokens.get(end - 1).end());
    }

    private static Decision speaker(Reading reading, List<Token> clause, int clauseEnd) {
        List<Cue> found = reading.cues().find(clause);
        if (found.isEmpty() || found.get(0).start() != clause.get(0).start() || found.get(0).phrase()) {
            return null;
        }
        Cue cue = found.get(0);
        Subject subject = cue.inverted() ? reading.clauses().invertedPronoun(cue) : reading.parser().after(reading.view(), cue.end(), clauseEnd, true);
        if (!subject.found() || subject.kind() == Subject.Kind.UNNAMED) {
            return null;
        }
        Speaker speaker = reading.discourse().resolve(subject, cue.start());
        if (speaker == null) {
            return null;
        }
        String text = reading.text();
        return new Decision(speaker.withCue(text.substring(cue.start(), cue.end())).attribution(), cue, true);
    }
}
