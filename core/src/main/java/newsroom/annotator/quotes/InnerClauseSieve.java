package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * The reporting clause set inside the quotation marks, after a comma, as French typography puts it: "« Je les
 * comprends, a dit le défenseur David Savard. Nous aussi … »", "« Ce jour est historique, sourit-il. … »", or after
 * a dash ("«… –ha dichiarato il vice presidente Nicolò Cupparo-, …»"). The clause is a reporting verb right after the
 * comma or the dash, then its subject, up to the next comma, dash or full stop; the quotation is that subject's.
 */
final class InnerClauseSieve implements Sieve {

    /** The most words of the clause after its verb: "le défenseur David Savard". */
    private static final int CLAUSE_MAX_WORDS = 8;

    private static final String NAME = "inner-clause";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision decide(QuoteContext quote) {
        return firstResolved(quote.reading(), clauses(quote));
    }

    /**
     * This sieve's decision, under its name, when a clause inside the marks names someone in full ("« C’était l’objectif
     * de la saison, poursuit Fabien Cottin. … »"), asked by a sieve that comes first; else null. The clauses are read once.
     */
    static Decision whenNamedInFull(QuoteContext quote) {
        Reading reading = quote.reading();
        List<Clause> clauses = clauses(quote);
        boolean named = clauses.stream().anyMatch(clause -> !clause.cue().inverted() && namesInFull(reading, clause.subject()));
        Decision decision = named ? firstResolved(reading, clauses) : null;
        return decision == null ? null : new Decision(decision.attribution(), decision.cue(), decision.mention(), NAME);
    }

    private static boolean namesInFull(Reading reading, Subject subject) {
        return subject.kind() == Subject.Kind.NAMED && subject.isPerson()
                && reading.view().tokens(subject.name().start(), subject.name().end()).size() > 1;
    }

    /** The decision of the first clause whose subject names someone the discourse knows, or null. */
    private static Decision firstResolved(Reading reading, List<Clause> clauses) {
        for (Clause clause : clauses) {
            if (!clause.subject().found() || clause.subject().kind() == Subject.Kind.UNNAMED) {
                continue;
            }
            Speaker speaker = reading.discourse().resolve(clause.subject(), clause.cue().start());
            if (speaker != null) {
                Cue cue = clause.cue();
                return new Decision(speaker.withCue(reading.text().substring(cue.start(), cue.end())).attribution(), cue, true);
            }
        }
        return null;
    }

    /** A reporting clause inside the marks: its verb and its subject as read, not yet resolved. */
    private record Clause(Cue cue, Subject subject) {
    }

    /** The reporting clauses that open after a comma or a dash of the quotation's first piece, in order. */
    private static List<Clause> clauses(QuoteContext quote) {
        Quotation quotation = quote.quotation();
        if (quotation.dialogue()) {
            return List.of();
        }
        Reading reading = quote.reading();
        TextRange words = quotation.pieces().get(0);
        List<Token> tokens = reading.view().tokens(words.start(), words.end());
        List<Clause> clauses = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(',') || QuotationFinder.isDash(tokens.get(i))) {
                Clause clause = clauseAt(reading, tokens, i + 1);
                if (clause != null) {
                    clauses.add(clause);
                }
            }
        }
        return clauses;
    }


    /** Where the clause that opens at {@code tokens[from]} ends: at the next comma, dash or full stop, or after a few words. */
    private static int clauseEnd(List<Token> tokens, int from, int maxWords) {
        int end = from;
        while (end < tokens.size() && end - from <= maxWords && !tokens.get(end).is(',') && !tokens.get(end).is('.')
                && !QuotationFinder.isDash(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** The reporting clause that opens at {@code tokens[from]}, or null when none does. */
    private static Clause clauseAt(Reading reading, List<Token> tokens, int from) {
        int end = clauseEnd(tokens, from, CLAUSE_MAX_WORDS + reading.cues().longestCue());
        if (end == from) {
            return null;
        }
        // (the clause may end the quoted words: "« On attend votre avocate, Monsieur, dit le président. »")
        List<Token> clause = tokens.subList(from, end);
        List<Cue> found = reading.cues().find(clause);
        if (found.isEmpty() || found.get(0).start() != clause.get(0).start() || found.get(0).phrase()) {
            return null;
        }
        Cue cue = found.get(0);
        if (cue.inverted()) {
            return new Clause(cue, reading.clauses().invertedPronoun(cue));
        }
        int to = tokens.get(end - 1).end();
        if (cue.end() == to && end + 1 < tokens.size() && tokens.get(end).is(',') && tokens.get(end + 1).capitalised(reading.text())) {
            // "« Oui, c’est vrai, admet, Christine Soulié-Masse, directrice de l'école. … »": a comma left between the
            // verb and the full name after it, the clause going on to the next comma
            int next = clauseEnd(tokens, end + 1, CLAUSE_MAX_WORDS - 1);
            Subject apart = reading.parser().after(reading.view(), tokens.get(end).end(), tokens.get(next - 1).end(), true);
            return namesInFull(reading, apart) ? new Clause(cue, apart) : null;
        }
        Subject subject = reading.parser().after(reading.view(), cue.end(), to, true);
        if (!subject.found()) {
            // "– dice Franco Baudino di Elva”", ", a dit Julien qui a pris …": a person's name that more words follow;
            // a name the article gives no person may be the verb's object ("difese l'Italia")
            Subject named = reading.parser().after(reading.view(), cue.end(), to, false);
            subject = named.kind() == Subject.Kind.NAMED && reading.discourse().referents().personal(named) ? named : subject;
        }
        return new Clause(cue, subject);
    }
}
