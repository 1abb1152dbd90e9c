package newsroom.annotator.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * Speakers a page names by where it puts a name rather than with a reporting verb: a headline's
 * "Burnley boss Sean Dyche - “…”", an epigraph's author on the line after it ("Albert Einstein."), a
 * nickname in quotation marks where the speaker stands ("“El Jefe Diego” respondió"). One instance per
 * article.
 */
final class LayoutSpeakers {

    /** The words a role and its complement run to before a name: "il vice presidente del consiglio". */
    private static final int ROLE_COMPLEMENT_WORDS = 6;

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final NarratorSentences sentences;

    LayoutSpeakers(TokenView view, ReportingCues cues, SpeakerParser parser, NarratorSentences sentences) {
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.sentences = sentences;
    }

    /**
     * The author a quotation's next line names alone, as epigraphs do: "Albert Einstein.", "— Albert
     * Einstein". A first name and a surname at least, and the dash or the period, so that a heading
     * ("Estados Unidos") is not taken for one.
     */
    Speaker authorLine(int index) {
        List<Span> spans = sentences.spans();
        if (index >= spans.size() || !QuotationFinder.isProse(spans.get(index))) {
            return null;
        }
        Span line = spans.get(index);
        if (line.end() - line.start() > 60) {
            return null;
        }
        List<Token> tokens = view.tokens(line.start(), line.end());
        boolean dash = !tokens.isEmpty() && QuotationFinder.isDash(tokens.get(0));
        boolean period = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is('.');
        List<Token> words = tokens.subList(dash ? 1 : 0, tokens.size() - (period ? 1 : 0));
        if (!(dash || period) || words.size() < 2 || words.size() > 4 || !words.get(0).capitalised(text)
                || cues.isFunctionWord(words.get(0))) {
            return null;
        }
        for (Token word : words) {
            if (!word.word() || !(word.capitalised(text) || cues.isParticle(word))) {
                return null;
            }
        }
        return Speaker.at(text, new TextRange(words.get(0).start(), words.get(words.size() - 1).end()), Set.of());
    }

    /**
     * The speaker a headline or a sentence names before a colon or a dash and the quotation: "Jose Mourinho: “…”",
     * "Dazu Freiberger: „…“".
     */
    Subject headlineSpeaker(int from, int open) {
        List<Token> tokens = view.tokens(from, open);
        int separator = tokens.size() - 1;
        if (separator < 1 || !(tokens.get(separator).is(':') || QuotationFinder.isDash(tokens.get(separator)))) {
            return Subject.NONE;
        }
        if (datelineBefore(from, open)) {
            // "GENOVA - “…”": where the story was filed, no speaker
            return Subject.NONE;
        }
        // ("Dazu Freiberger: „…“", "Y el alcalde: «…»": an adverb or a conjunction that opens the sentence is no name)
        int first = 0;
        while (first < separator - 1 && (cues.isAdverb(tokens.get(first)) || cues.isConjunction(tokens.get(first)))) {
            first++;
        }
        Subject subject = parser.whole(text, tokens.subList(first, separator));
        if (!subject.found()) {
            subject = withApposition(tokens.subList(first, separator));
        }
        if (!subject.found()) {
            subject = nameClosingTheWords(tokens, separator);
        }
        return subject.kind() == Subject.Kind.PRONOUN ? Subject.NONE : subject;
    }

    /**
     * Whether the words from a paragraph's start {@code from} to {@code open} are a dateline: in a paragraph that is
     * no headline, words all in capitals and a dash ("GENOVA - “…”", "CHARLOTTE COUNTY – “…”").
     */
    boolean datelineBefore(int from, int open) {
        List<Span> spans = sentences.spans();
        Span span = spans.isEmpty() ? null : spans.get(sentences.spanIndex(from));
        List<Token> tokens = view.tokens(from, open);
        if (span == null || span.start() != from || span.type() == SpanType.TITLE || tokens.size() < 2
                || !QuotationFinder.isDash(tokens.get(tokens.size() - 1))) {
            return false;
        }
        for (Token word : tokens.subList(0, tokens.size() - 1)) {
            String written = text.substring(word.start(), word.end());
            if (!word.word() || !written.equals(written.toUpperCase(Locale.ROOT)) || written.equals(written.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Raggiante, e non poteva essere altrimenti, mister Giancarlo Riolfo: «…»", "In sala stampa anche Ferdinando Del
     * Sole: «…»", "D’accordo con Tonelli è il vice presidente del consiglio Eugenio Anceschi: «…»": a person's full name
     * right before the colon, after a comma, an adverb, a form of "to be" or a phrase of place that opens the sentence,
     * closes words that have no verb of their own for it; the name is the speaker. A name after any other word
     * ("ha incontrato Giancarlo Riolfo:", "a Giancarlo Riolfo:") is that word's object.
     */
    private Subject nameClosingTheWords(List<Token> tokens, int separator) {
        Subject name = parser.endingAt(text, tokens, separator - 1);
        if (name.kind() != Subject.Kind.NAMED) {
            return Subject.NONE;
        }
        int start = 0;
        while (start < separator && tokens.get(start).end() <= name.name().start()) {
            start++;
        }
        Token opening = tokens.get(start);
        if (name.organisation() && cues.genders().ofFirstName(text.substring(opening.start(), opening.end())) == Genders.Gender.UNKNOWN) {
            // ("Ferdinando Del Sole" reads as a body's name by its particle; a first name opens a person's)
            return Subject.NONE;
        }
        int before = start - 1;
        while (before >= 0 && cues.roleEndingAt(tokens, before) > 0) {
            before -= cues.roleEndingAt(tokens, before);
        }
        before = beforeRoleWithComplement(tokens, before);
        if (before >= 0 && cues.isArticle(tokens.get(before))) {
            // ("è il sindaco Eugenio Anceschi:": the role's article)
            before--;
        }
        boolean opened = before >= 0 && (tokens.get(before).is(',') || cues.isAdverb(tokens.get(before))
                || cues.isCopula(tokens.get(before)) || (before < start - 1 && openingPhrase(tokens, before)));
        long words = view.tokens(name.name().start(), name.name().end()).stream().filter(Token::word).count();
        return opened && words >= 2 ? name : Subject.NONE;
    }

    /**
     * Where the words before a role with a complement end, when tokens[last] ends one: "il vice presidente del
     * consiglio" before "Eugenio Anceschi" (an article, a role, and words in lower case up to the name); else last.
     * ({@code SpeakerParser.roleWithComplementEndingAt} also takes a capitalised complement, which here would swallow
     * the words a label's name is told by.)
     */
    private int beforeRoleWithComplement(List<Token> tokens, int last) {
        for (int i = last; i >= 0 && last - i < ROLE_COMPLEMENT_WORDS; i--) {
            Token token = tokens.get(i);
            if (!token.word() || token.capitalised(text)) {
                return last;
            }
            if (cues.isArticle(token) && i < last && cues.roleAt(tokens, i + 1) > 0) {
                return i - 1;
            }
        }
        return last;
    }

    /**
     * Whether tokens[0..last] are a phrase of place or time that opens the sentence, a preposition and words in lower
     * case with no auxiliary among them, before a role and its name: "In commissione consiliare la portavoce della
     * petizione Chiara Valmachino:", where the name is the subject, as after a comma ("Sullo stato di Melvin Johnson:",
     * with no role, is what the words are about).
     */
    private boolean openingPhrase(List<Token> tokens, int last) {
        return last >= 1 && cues.isPlacePreposition(tokens.get(0))
                && Token.lowerCaseWords(text, tokens, 1, last, token -> cues.isAuxiliary(token) || cues.isReportingVerb(token));
    }

    /**
     * A name and its role on either side of one comma before the colon: "Napoleón Barrientos, ministro de
     * Gobernación: “…”", "El ministro de Gobernación, Napoleón Barrientos: “…”".
     */
    private Subject withApposition(List<Token> phrase) {
        int comma = -1;
        for (int i = 0; i < phrase.size(); i++) {
            if (phrase.get(i).is(',')) {
                if (comma >= 0) {
                    return Subject.NONE;
                }
                comma = i;
            }
        }
        if (comma < 1 || comma + 1 >= phrase.size()) {
            return Subject.NONE;
        }
        Subject before = parser.whole(text, phrase.subList(0, comma));
        Subject after = parser.whole(text, phrase.subList(comma + 1, phrase.size()));
        if (before.kind() == Subject.Kind.NAMED && !before.organisation() && startsWithRole(phrase, comma + 1)) {
            return before;
        }
        if (after.kind() == Subject.Kind.NAMED && !after.organisation() && startsWithRole(phrase, 0)) {
            return after;
        }
        return Subject.NONE;
    }

    private boolean startsWithRole(List<Token> phrase, int at) {
        int i = at;
        while (i < phrase.size() && cues.isArticle(phrase.get(i))) {
            i++;
        }
        return i < phrase.size() && cues.roleAt(phrase, i) > 0;
    }

    /** A name in quotation marks: a few capitalised words ("El Jefe Diego", "The Rock"). */
    boolean isQuotedName(Quotation quotation) {
        if (quotation.overParagraphs() || quotation.dialogue() || quotation.end() - quotation.start() > 40) {
            return false;
        }
        List<Token> tokens = view.tokens(quotation.start(), quotation.end());
        if (tokens.isEmpty() || tokens.size() > 4 || !tokens.get(0).capitalised(text)) {
            return false;
        }
        for (Token token : tokens) {
            if (!token.word() || !(token.capitalised(text) || cues.isParticle(token) || cues.isArticle(token))) {
                return false;
            }
        }
        return true;
    }

    /** A reporting verb right after {@code from}, nothing but adverbs between: "” respondió" (not "”, dice"). */
    boolean cueRightAfter(int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        int adverbs = 0;
        while (adverbs < tokens.size() && tokens.get(adverbs).word() && cues.isAdverb(tokens.get(adverbs))) {
            adverbs++;
        }
        // the verb starts among the adverbs or right after them: the rest of a long sentence is not read
        List<Cue> found = cues.find(tokens.subList(0, Math.min(tokens.size(), adverbs + cues.longestCue())));
        return !found.isEmpty() && !found.get(0).phrase() && onlyWordsOf(from, found.get(0).start());
    }

    /**
     * A reporting verb right before {@code to} that itself follows the quotation before, whose speaker it
     * names: "”, expresó “". {@code from} is where that quotation closed.
     */
    boolean cueRightBefore(int from, int to) {
        List<Cue> found = cues.find(view.tokens(from, to));
        return found.size() == 1 && !found.get(0).phrase() && onlyWordsOf(found.get(0).end(), to)
                && cues.onlyAdverbs(view.tokens(from, found.get(0).start()));
    }

    /** Nothing but adverbs, not even a comma, between: the words belong to one clause. */
    private boolean onlyWordsOf(int from, int to) {
        for (Token token : view.tokens(from, to)) {
            if (!token.word() || !cues.isAdverb(token)) {
                return false;
            }
        }
        return true;
    }
}
