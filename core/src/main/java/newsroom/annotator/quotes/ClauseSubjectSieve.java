package newsroom.annotator.quotes;

import newsroom.annotator.model.QuoteKind;

/**
 * A few quoted words inside the narrator's clause, with no reporting verb of their own, are the words of
 * the clause's subject: "Sánchez abordó temas cruciales, … la cual considera «francamente positiva»",
 * "Además, elogió el «extraordinario» desempeño de los ministros" (a verb without subject: the person
 * the text is about). The subject must name or refer to someone; a clause that opens with anything else
 * ("A esta pareja “virtual” se sumaron …") leaves the quoted words unattributed, as scare quotes are.
 * The same holds for whole sentences that a clause without a reporting verb introduces with a colon:
 * "Ahí apareció Marinovic reclamando la “fake news” de Kast, a través de la misma red social: “…”".
 */
final class ClauseSubjectSieve implements Sieve {

    @Override
    public String name() {
        return "clause-subject";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        int open = quote.quotation().open();
        int from = quote.ownClauseStart();
        boolean colon = afterColon(reading.text(), from, open);
        if (quote.kind() != QuoteKind.PARTIAL && !colon) {
            return null;
        }
        if (!reading.view().hasWord(from, open) || QuotationFinder.singleMarked(reading.text(), quote.quotation())
                || reading.clauses().hedges(quote.quotation())) {
            return null;
        }
        Discourse discourse = reading.discourse();
        Subject subject = reading.parser().subject(reading.text(), reading.view().tokens(from, open), discourse.capitalised());
        if (aboutInReportedSpeech(reading, subject, from, open) || passiveAfter(reading, subject, open)) {
            return null;
        }
        Speaker speaker = switch (subject.kind()) {
            // not a place ("en Barcelona"); an organisation when it opens the clause ("The New Zealand Olympic
            // Committee offered its “…”"), not in a phrase before ("où le chef de l'Etat a aussi salué")
            case NAMED -> (subject.isPerson() || opensClause(reading, from, subject)) && !discourse.referents().isPlace(name(reading, subject))
                    ? discourse.resolve(subject, from) : null;
            case PRONOUN, ANAPHORIC -> discourse.resolve(subject, from);
            case NONE -> reading.clauses().opensWithVerb(from, open) ? discourse.lastSpeakerNear(open) : null;
            default -> null;
        };
        if (speaker == null && colon) {
            speaker = reading.clauses().inlineLabel(from, open);
        }
        return speaker == null ? null : Decision.named(speaker);
    }

    /**
     * Whether the clause's verb is in the mood of reported speech and its subject is named or described: the
     * words are someone else's about that subject ("Winfried Kretschmann habe sich „als Sieger präsentieren“
     * wollen", reporting the one quoted before), for the indirect-speech sieve to give to that speaker; a
     * pronoun ("Er sei „…“") still refers to the speaker. The verb is the narrator's, not one inside another
     * quotation of the sentence.
     */
    private static boolean aboutInReportedSpeech(Reading reading, Subject subject, int from, int open) {
        return (subject.kind() == Subject.Kind.NAMED || subject.kind() == Subject.Kind.ANAPHORIC)
                && reading.narratesReportedSpeech(reading.view().tokens(from, open));
    }

    /**
     * Whether the subject's verb is passive before its agent: "Clark was requested by fellow councillors to make a
     * “sincere” public apology" is asked for the words, and says none of them.
     */
    private static boolean passiveAfter(Reading reading, Subject subject, int open) {
        return subject.name() != null && reading.clauses().passiveBeforeAgent(subject.name().end(), open);
    }

    /** Whether nothing but an article stands before the subject's name in its clause. */
    private static boolean opensClause(Reading reading, int from, Subject subject) {
        return reading.view().tokens(from, subject.name().start()).stream().allMatch(reading.cues()::isArticle);
    }

    /** Whether the narrator's clause [from, open) ends in a colon right before the quotation mark. */
    private static boolean afterColon(String text, int from, int open) {
        int at = open - 1;
        while (at > from && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return at > from && text.charAt(at) == ':';
    }

    private static String name(Reading reading, Subject subject) {
        return reading.text().substring(subject.name().start(), subject.name().end());
    }
}
