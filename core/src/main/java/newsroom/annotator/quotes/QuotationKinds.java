package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;
import newsroom.annotator.segment.Trim;

/**
 * Tells a direct quotation (a sentence or more of someone's words) from a partial one (a few quoted words
 * inside the narrator's own sentence), from the quotation's shape and where it stands. One instance per
 * article.
 */
final class QuotationKinds {

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final NarratorSentences sentences;
    private final ReportingClauses clauses;

    QuotationKinds(TokenView view, ReportingCues cues, NarratorSentences sentences, ReportingClauses clauses) {
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.sentences = sentences;
        this.clauses = clauses;
    }

    /**
     * Direct: a sentence or more (it opens the narrator's sentence, follows a colon, runs over paragraphs,
     * is a dialogue turn, is capitalised and ends like a sentence or runs to six words, or goes on a
     * direct quote the attribution interrupted). Partial: a few words inside the narrator's sentence.
     */
    QuoteKind kind(Quotation quotation, int sentenceStart, Attributed previousInSentence) {
        if (quotation.dialogue() || quotation.overParagraphs()) {
            return QuoteKind.DIRECT;
        }
        if (!view.hasWord(sentenceStart, quotation.open())) {
            // "“No pasarán” became the motto": quoted words that are the subject of the narrator's
            // sentence are a slogan or a title, not what someone says
            return namedInSentence(quotation) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
        }
        char before = clauses.lastCharBefore(quotation.open());
        if (before == ':') {
            return QuoteKind.DIRECT;
        }
        // a direct quotation the attribution interrupted goes on: "“…,” he said, “and…”", "«… —dijo— y …»"
        boolean resumes = before == ',' || "—–―-".indexOf(text.charAt(quotation.open())) >= 0;
        if (previousInSentence != null && previousInSentence.kind() == QuoteKind.DIRECT && resumes
                && interruption(previousInSentence.quotation().close(), quotation.open())) {
            return QuoteKind.DIRECT;
        }
        TextRange words = quotation.pieces().get(0);
        char first = text.charAt(words.start());
        char last = quotation.lastMark(text);
        // sentences may open with a number: "« 150 fois, ça fait 1050 questions (…). Il y a eu des fois … »"
        boolean capitalised = Character.isUpperCase(first) || first == '¿' || first == '¡'
                || (Character.isDigit(first) && endsASentenceInside(words));
        boolean endsLikeSentence = ".!?…,".indexOf(last) >= 0;
        int count = wordCount(words);
        if (".!?…".indexOf(last) >= 0 && count >= 4 && rightAfterCue(sentenceStart, quotation.open())
                && !view.hasWord(quotation.close(), sentences.at(quotation.open()).end())) {
            // the verb's object is the whole quoted sentence, even when the page writes it in lower case:
            // "Trump says “wiretap covers a lot of different things.”"
            return QuoteKind.DIRECT;
        }
        return capitalised && ((endsLikeSentence && count >= 3) || count >= 6) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** Whether the quoted words end a sentence and start another: ". Il", "? The". */
    private boolean endsASentenceInside(TextRange words) {
        for (int i = words.start() + 1; i + 2 < words.end(); i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reporting verb stands right before the opening mark, a comma at most between them. */
    private boolean rightAfterCue(int sentenceStart, int open) {
        List<Cue> found = cues.find(view.tokens(Math.max(sentenceStart, open - 60), open));
        if (found.isEmpty()) {
            return false;
        }
        Cue cue = found.get(found.size() - 1);
        return !cue.phrase() && !view.hasWord(cue.end(), open);
    }

    /**
     * Whether the narrator's sentence goes straight on after the quotation with a word that is not a
     * reporting verb, no punctuation inside or after the marks: "“No pasarán” became the motto".
     */
    private boolean namedInSentence(Quotation quotation) {
        if (".,;:!?…".indexOf(quotation.lastMark(text)) >= 0) {
            return false;
        }
        int next = quotation.close();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0')) {
            next++;
        }
        if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        List<Cue> cue = cues.find(view.tokens(next, Math.min(text.length(), next + 40)));
        return cue.isEmpty() || !clauses.onlyAdverbs(next, cue.get(0).start());
    }

    /**
     * Whether the narrator's words between two quotations are only a short reporting clause: "“…,” dijo
     * el presidente Andrés Manuel López Obrador, “…”", or one verb and its named subject however long the
     * subject's role: "\"…\", a regretté le maire de Grand Rivière, Joachim Bouquety, \"…\"".
     */
    boolean interruption(int from, int to) {
        return wordCount(new TextRange(from, to)) <= 8 || clauses.onlyVerbAndSubject(from, to);
    }

    int wordCount(TextRange range) {
        int words = 0;
        boolean inWord = false;
        for (int i = range.start(); i < range.end(); i++) {
            boolean blank = Trim.isBlank(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }
}
