package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingClauses.Found;

/**
 * A quotation that opens its sentence with no cue of its own belongs to the reporting clause of the
 * sentence before it in the paragraph ("He wrote that payment will begin … “Just by the money we
 * save…”"), or of the paragraph before when that ends in a colon ("In a statement, the ministry said:"); with no
 * reporting clause there, to the one a question was put to when that sentence opens with it ("Invité à commenter …,
 * son collègue Kambiz Ebadi n'hésite pas. «…»").
 */
final class SentenceBeforeSieve implements Sieve {

    /** The most words of a subject before its name: "son collègue", "the veteran head coach". */
    private static final int SUBJECT_WORDS = 4;

    @Override
    public String name() {
        return "sentence-before";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        TextRange sentence = quote.openSentence();
        if (reading.view().hasWord(sentence.start(), quote.quotation().open())) {
            return null;
        }
        TextRange previous = reading.sentences().before(sentence.start());
        if (previous == null) {
            return null;
        }
        char last = reading.clauses().lastCharBefore(previous.end());
        // (a paragraph that ends in a comma breaks its sentence before the quotation as one ending in a colon does: "A
        // Roads Service Spokesperson told The Examiner," over "“Roads Service is aware …”")
        boolean sameParagraph = reading.sentences().spanIndex(previous.start()) == reading.sentences().spanIndex(sentence.start());
        if (!sameParagraph && ":,".indexOf(last) < 0) {
            return null;
        }
        // the narrator's words of that sentence, quotations left out
        int from = previous.start();
        int to = previous.end();
        for (Quotation quotation : reading.quotations().overlapping(from, to)) {
            if (quotation.close() > from && quotation.close() <= to) {
                from = quotation.close();
            }
            if (quotation.open() >= from && quotation.open() < to) {
                to = quotation.open();
            }
        }
        Found found = from < to ? reading.clauses().speakerOfSentence(from, to) : Found.NOTHING;
        if (!found.cued()) {
            if (from >= to) {
                return null;
            }
            Decision asked = askedBefore(reading, from, to);
            return asked != null || !sameParagraph ? asked : subjectBefore(reading, from, to);
        }
        return !reportedPrevious(quote, found) ? Decision.of(found) : null;
    }

    /**
     * "Invité à commenter le calibre de soccer, son collègue Kambiz Ebadi n'hésite pas. «…»", "Asked about the
     * result, the coach was blunt. “…”": a sentence that opens with the question put to its subject, and no cue;
     * the quotation after it is that subject's answer.
     */
    private static Decision askedBefore(Reading reading, int from, int to) {
        List<Token> tokens = reading.view().tokens(from, to);
        if (tokens.size() < 3 || !reading.cues().isQuestionVerb(tokens.get(0))) {
            return null;
        }
        int comma = 1;
        while (comma < tokens.size() && !tokens.get(comma).is(',')) {
            comma++;
        }
        // the subject after the participle clause's comma: its words up to the end of its first name
        String text = reading.text();
        int name = comma + 1;
        while (name < tokens.size() && name <= comma + SUBJECT_WORDS && tokens.get(name).word()
                && !(tokens.get(name).capitalised(text) && !reading.cues().isFunctionWord(tokens.get(name)))) {
            name++;
        }
        if (name >= tokens.size() || name > comma + SUBJECT_WORDS || !tokens.get(name).capitalised(text)) {
            return null;
        }
        while (name + 1 < tokens.size() && tokens.get(name + 1).word() && tokens.get(name + 1).capitalised(text)) {
            name++;
        }
        Subject subject = reading.parser().endingAt(text, tokens, name);
        if (!subject.isPerson()) {
            return null;
        }
        Speaker speaker = reading.discourse().resolve(subject, from);
        return speaker == null ? null : Decision.named(speaker);
    }

    /**
     * "O treinador estrelense Antônio Carlos Roy comemora o resultado. “…”", "Coach John Smith celebrated the result.
     * “…”": the sentence before in the paragraph, with no cue, opens with a person named as its subject, its article or
     * role before the name at most; the quotation after it is that person's.
     */
    private static Decision subjectBefore(Reading reading, int from, int to) {
        List<Token> tokens = reading.view().tokens(from, to);
        Subject subject = reading.parser().subject(reading.text(), tokens, reading.discourse().capitalised());
        if (subject.kind() != Subject.Kind.NAMED || !subject.isPerson() || subject.name().start() > tokens.get(0).start()
                && !opensWithArticleOrRole(reading, tokens, subject)) {
            return null;
        }
        Speaker speaker = reading.discourse().resolve(subject, from);
        return speaker == null ? null : Decision.named(speaker);
    }

    /**
     * Whether only articles, role words and lower-case words stand before the subject's name: "O treinador estrelense
     * Antônio …"; not a capitalised word or a sign that opens a phrase of its own ("In Toronto, Smith …").
     */
    private static boolean opensWithArticleOrRole(Reading reading, List<Token> tokens, Subject subject) {
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < subject.name().start(); i++) {
            Token token = tokens.get(i);
            if (!reading.cues().isArticle(token) && reading.cues().roleAt(tokens, i) == 0
                    && (!token.word() || token.capitalised(reading.text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence before is the reporting clause of the quotation before, whose subject it could not
     * read ("„…“, kritisierte Erkenschwicks Trainer Magnus Niemöller seine Truppe. „…“"): that quotation's
     * attribution stands, and the words after it go on it ({@link ContinuationSieve}), not on nobody.
     */
    private static boolean reportedPrevious(QuoteContext quote, Found found) {
        return found.attribution() == null && quote.previousCueIs(found.cue()) && quote.previousDone() != null
                && quote.previousDone().attribution() != null;
    }
}
