package newsroom.annotator.quotes;

import java.util.List;

/**
 * A quotation closed by a comma and followed by a verb that no list holds, then its subject to the end of the
 * clause, is that subject's: the place after the comma is the reporting clause's, whatever its verb ("«…»,
 * s'inquiète Ariane.", "„…“, warnte jüngst schon der Verband der Ersatzkassen.", "«…», écrivent-ils."). The
 * verb is the lower-case word right after the comma that is no function word, article, adverb, copula, gerund,
 * pronoun or role; its subject must end the clause or a relative clause follow it, and in a language that
 * capitalises its nouns one capitalised word is a person only where the article writes it as the end of a longer
 * name.
 */
final class UnlistedVerbAfterSieve implements Sieve {

    @Override
    public String name() {
        return "unlisted-verb-after";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        ReportingCues cues = reading.cues();
        String text = reading.text();
        Quotation quotation = quote.quotation();
        if (quotation.dialogue() || !cues.knowsReportingWords()) {
            return null;
        }
        List<Token> after = reading.view().tokens(quotation.close(), quote.clauseTo());
        int at = 0;
        boolean pause = endsWithPause(text, quotation);
        while (at < after.size() && after.get(at).is(',')) {
            pause = true;
            at++;
        }
        if (!pause || at >= after.size()) {
            return null;
        }
        Token verb = after.get(at);
        if (!verb(reading, verb) || cues.roleAt(after, at) > 0) {
            return null;
        }
        Subject subject = cues.invertedPronoun(verb) ? Subject.pronoun(cues.genders().ofPronoun(verb.lower()))
                : reading.parser().after(reading.view(), verb.end(), quote.clauseTo(), true);
        if (!subject.found()) {
            subject = beforeRelativeOrObject(reading, verb, quote.clauseTo());
        }
        if (!subject.found() || subject.kind() == Subject.Kind.UNNAMED || nounForName(reading, subject)) {
            return null;
        }
        Speaker speaker = reading.discourse().resolve(subject, verb.start());
        return speaker == null ? null : new Decision(speaker.withCue(text.substring(verb.start(), verb.end())).attribution(), null, true);
    }

    /**
     * A subject a relative clause describes ("“…”, reposteó Shakira quien atraviesa …"), or a person's full name the
     * verb's object follows: the clause goes on after the name, which still ends the subject; none otherwise.
     */
    private static Subject beforeRelativeOrObject(Reading reading, Token verb, int clauseTo) {
        Subject loose = reading.parser().after(reading.view(), verb.end(), clauseTo, false);
        if (!loose.found() || loose.name() == null) {
            return Subject.NONE;
        }
        List<Token> rest = reading.view().tokens(loose.name().end(), clauseTo);
        if (rest.isEmpty()) {
            return Subject.NONE;
        }
        // ("»…«, fasste Chiefs-Trainer Michael Lehmann die Partie zusammen": a person's full name, then the verb's object
        // after its article)
        boolean object = loose.isPerson() && reading.cues().isArticle(rest.get(0))
                && reading.view().tokens(loose.name().start(), loose.name().end()).size() >= 2;
        return reading.cues().isRelative(rest.get(0)) || object ? loose : Subject.NONE;
    }

    /**
     * Whether the subject is one capitalised word, with no role, that the article never writes as the end of a
     * longer name, in a language that capitalises its nouns: the verb's object ("„…“, signalisierte allerdings
     * Zustimmung"), not a person.
     */
    private static boolean nounForName(Reading reading, Subject subject) {
        if (subject.kind() != Subject.Kind.NAMED || !subject.roles().isEmpty()
                || !reading.cues().capitalisesNouns(reading.sentences().languageAt(subject.name().start()))) {
            return false;
        }
        String name = reading.text().substring(subject.name().start(), subject.name().end());
        return reading.view().tokens(subject.name().start(), subject.name().end()).size() == 1
                && !reading.discourse().capitalised().endsAName(name);
    }

    /**
     * Whether the word may be a verb no list holds: a word that may open a predicate (SpeakerParser.opensPredicate)
     * and is none of the words a list holds for something else.
     */
    private static boolean verb(Reading reading, Token token) {
        ReportingCues cues = reading.cues();
        return reading.parser().opensPredicate(reading.text(), token) && Character.isLetter(token.lower().charAt(0))
                && !cues.isFunctionWord(token) && !cues.isConjunction(token) && !cues.isAdverb(token) && !cues.isRelative(token)
                && !cues.isPronoun(token) && !cues.isCopula(token) && !cues.isGerund(token) && !cues.isTimeWord(token)
                && !cues.isPlacePreposition(token);
    }

    /** Whether the quoted words end with a comma, a question or an exclamation mark inside the marks: "“…,” said". */
    private static boolean endsWithPause(String text, Quotation quotation) {
        int at = quotation.pieces().get(quotation.pieces().size() - 1).end() - 1;
        while (at > quotation.open() && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return at > quotation.open() && ",?!".indexOf(text.charAt(at)) >= 0;
    }
}
