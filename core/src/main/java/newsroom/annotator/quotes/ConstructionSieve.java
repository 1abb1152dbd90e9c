package newsroom.annotator.quotes;

import java.util.List;
import java.util.Locale;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.Construction.Element;
import newsroom.annotator.quotes.Construction.Kind;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * Reporting constructions written as data ({@code dictionaries/<lang>/reporting-constructions.txt}):
 * the first whose pattern matches the narrator's words around the quotation, within its clause, names the
 * speaker. Patterns are matched outwards from the quotation marks, adverbs and time words allowed between
 * elements; the attribution's rule is {@code construction:NAME}.
 */
final class ConstructionSieve implements Sieve {

    /** How far from the quotation a construction may reach, in tokens. */
    private static final int REACH = 40;
    /** The most characters of an acronym's expansion in brackets. */
    private static final int MAX_EXPANSION = 120;
    /** The longest speaker a pattern holds between two of its words. */
    private static final int MAX_SPEAKER = 12;
    /** The most words of a name in apposition after a role: "María del Mar Romero". */
    private static final int MAX_NAME_WORDS = 5;

    @Override
    public String name() {
        return "construction";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        List<Token> left = reading.view().tokens(Math.max(quote.clauseFrom(), quote.openSentence().start()), quotation.open());
        // whether the first token on the left opens the quotation's sentence
        boolean sentenceStart = quote.clauseFrom() <= quote.openSentence().start() && left.size() <= REACH;
        if (left.isEmpty()) {
            // "Même douleur du côté de Mauwa Antoinette :" / "« J’ai tout perdu … »": a paragraph that ends with a colon
            // introduces the quotation that opens the next
            TextRange introduction = colonSentenceBefore(quote);
            if (introduction != null) {
                left = reading.view().tokens(introduction.start(), introduction.end());
                sentenceStart = left.size() <= REACH;
            }
        }
        left = left.subList(Math.max(0, left.size() - REACH), left.size());
        List<Token> right = reading.view().tokens(quotation.close(), quote.clauseTo());
        right = right.subList(0, Math.min(REACH, right.size()));
        List<Token> rightOn = null;
        // "equipos “como GPS” (Sistema de Posicionamiento Global)": words in brackets that spell out what the quotation
        // names are nobody who speaks (read once: a bracket right after the quotation's mark, else nothing more)
        boolean spelledOut = expandsAcronym(reading.text(), quotation);
        for (Construction construction : reading.cues().constructions()) {
            if (construction.goesOn() && rightOn == null) {
                rightOn = throughNextSentence(quote);
            }
            Match match = new Match(reading, left, sentenceStart, construction.goesOn() ? rightOn : right);
            if (match.side(construction.before(), 0, 0, true) && match.side(construction.after(), 0, 0, false)) {
                if (construction.speakerFarBefore() && quote.clauseAfter().cued()) {
                    // "Para Moncloa, … significa que "…", según fuentes del Ejecutivo": the nearer cue decides; the
                    // clause after is read only for a pattern that matched, as reading it resolves its speaker
                    continue;
                }
                if (spelledOut) {
                    continue;
                }
                Speaker speaker = reading.discourse().resolve(match.speaker, match.speakerAt);
                Cue cue = match.cue != null ? match.cue : match.words();
                String cueText = cue == null ? null : reading.text().substring(cue.start(), cue.end());
                return new Decision(speaker == null ? null : speaker.withCue(cueText).attribution(), cue, true,
                        name() + ":" + construction.name());
            }
        }
        return null;
    }

    /**
     * Whether words in brackets right after the quotation spell out an acronym it holds: their capitalised words'
     * initials are the acronym's letters, in any order (a translation's order may differ: "GPS", "(Sistema de
     * Posicionamiento Global)"; "SOEAIL", "(Sindicato de Obreros y Empleados del Azúcar del Ingenio Ledesma)").
     */
    private static boolean expandsAcronym(String text, Quotation quotation) {
        int open = quotation.close();
        while (open < text.length() && open - quotation.close() <= 2 && text.charAt(open) != '(') {
            open++;
        }
        int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
        if (close < 0 || close - open > MAX_EXPANSION) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : text.substring(open + 1, close).split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        if (initials.length() < 2) {
            return false;
        }
        String letters = sorted(initials.toString());
        for (String word : text.substring(quotation.open(), quotation.close()).split("[^\\p{L}]+")) {
            if (word.length() == initials.length() && word.equals(word.toUpperCase(Locale.ROOT)) && sorted(word).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /** The letters in the order of their code points: two words with the same letters read the same. */
    private static String sorted(String letters) {
        return letters.codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * The last sentence of the paragraph before the quotation's, when that ends with a colon and the quotation opens its
     * own paragraph; null otherwise.
     */
    private static TextRange colonSentenceBefore(QuoteContext quote) {
        Reading reading = quote.reading();
        NarratorSentences sentences = reading.sentences();
        int span = sentences.spanIndex(quote.quotation().open());
        if (span < 1 || !QuotationFinder.isProse(sentences.spans().get(span - 1))
                || reading.view().hasWord(sentences.spans().get(span).start(), quote.quotation().open())) {
            return null;
        }
        int end = sentences.spans().get(span - 1).end();
        if (reading.clauses().lastCharBefore(end) != ':') {
            return null;
        }
        TextRange last = sentences.at(end - 1);
        return last == null ? null : new TextRange(last.start(), end);
    }

    /**
     * The tokens after the quotation to the end of the next sentence, for a pattern that goes on there
     * ("“…”. Lo ha detto il sindaco"): in its paragraph, or the first of the next when the quotation ends
     * its own; short of the next quotation.
     */
    private static List<Token> throughNextSentence(QuoteContext quote) {
        Reading reading = quote.reading();
        NarratorSentences sentences = reading.sentences();
        int end = quote.closeSentence().end();
        int span = sentences.spanIndex(quote.quotation().close());
        if (quote.clauseTo() == end) {
            if (end < sentences.spans().get(span).end()) {
                end = sentences.at(end).end();
            } else if (span + 1 < sentences.spans().size() && QuotationFinder.isProse(sentences.spans().get(span + 1))) {
                end = sentences.at(sentences.spans().get(span + 1).start()).end();
            }
            if (quote.following() != null && quote.following().open() < end) {
                end = quote.following().open();
            }
        }
        List<Token> right = reading.view().tokens(quote.quotation().close(), end);
        return right.subList(0, Math.min(REACH, right.size()));
    }

    /** One attempt to match a pattern: what its speaker and its cue turned out to be. */
    private static final class Match {

        private final Reading reading;
        /** The tokens before the quotation, in text order, and after it. */
        private final List<Token> left;
        /** Whether the left side runs from the start of the quotation's sentence. */
        private final boolean sentenceStart;
        private final List<Token> right;
        private Subject speaker = Subject.NONE;
        private int speakerAt;
        private Cue cue;
        /** Where the pattern's own words stand ("put it"): the cue when no reporting verb is in the pattern. */
        private int wordsFrom = Integer.MAX_VALUE;
        private int wordsTo = -1;

        /** The pattern's own words as a cue, or null when it has none. */
        Cue words() {
            return wordsTo < 0 ? null : new Cue(wordsFrom, wordsTo, false, false, false, false, false);
        }

        Match(Reading reading, List<Token> left, boolean sentenceStart, List<Token> right) {
            this.reading = reading;
            this.left = left;
            this.sentenceStart = sentenceStart;
            this.right = right;
        }

        /** The k-th token outwards from the quotation on one side, or null past the clause. */
        private Token at(boolean before, int k) {
            List<Token> side = before ? left : right;
            if (k >= side.size()) {
                return null;
            }
            return before ? side.get(side.size() - 1 - k) : side.get(k);
        }

        /** The tokens k..k+length outwards, in text order. */
        private List<Token> span(boolean before, int k, int length) {
            List<Token> side = before ? left : right;
            return before ? side.subList(side.size() - k - length, side.size() - k) : side.subList(k, k + length);
        }

        private int size(boolean before) {
            return (before ? left : right).size();
        }

        /** Whether elements[e…] match the side's tokens from the k-th outwards. */
        boolean side(List<Element> elements, int e, int k, boolean before) {
            if (e == elements.size()) {
                return true;
            }
            Element element = elements.get(e);
            // adverbs and time words may stand between two elements: "dijo este lunes", "Smith also said"
            int skipped = k;
            while (at(before, skipped) != null && element.kind() != Kind.GAP && element.kind() != Kind.START
                    && skippable(at(before, skipped))) {
                skipped++;
            }
            for (int from : skipped == k ? new int[] {k} : new int[] {k, skipped}) {
                if (element(elements, e, from, before)) {
                    return true;
                }
            }
            return element.optional() && side(elements, e + 1, k, before);
        }

        private boolean element(List<Element> elements, int e, int k, boolean before) {
            Element element = elements.get(e);
            Token token = at(before, k);
            switch (element.kind()) {
                case WORD, MARK -> {
                    boolean same = token != null && token.word() == (element.kind() == Kind.WORD)
                            && element.matches(token.lower());
                    if (!same || !side(elements, e + 1, k + 1, before)) {
                        return false;
                    }
                    if (token.word()) {
                        wordsFrom = Math.min(wordsFrom, token.start());
                        wordsTo = Math.max(wordsTo, token.end());
                    }
                    return true;
                }
                case VERB, SOURCE -> {
                    for (int length = 1; length <= 4 && k + length <= size(before); length++) {
                        List<Token> words = span(before, k, length);
                        List<Cue> found = reading.cues().find(words);
                        if (found.size() == 1 && found.get(0).start() == words.get(0).start()
                                && found.get(0).end() == words.get(words.size() - 1).end()
                                && found.get(0).phrase() == (element.kind() == Kind.SOURCE)) {
                            Cue previous = cue;
                            cue = found.get(0);
                            if (side(elements, e + 1, k + length, before)) {
                                return true;
                            }
                            cue = previous;
                        }
                    }
                    return false;
                }
                case START -> {
                    // nothing of the sentence stands further out
                    return before && sentenceStart && at(before, k) == null && side(elements, e + 1, k, before);
                }
                case GAP -> {
                    // a gap before a word of the pattern holds words of one phrase: "fue la respuesta del …"
                    boolean phrase = e + 1 < elements.size() && elements.get(e + 1).kind() == Kind.WORD;
                    for (int skip = 0; k + skip <= size(before); skip++) {
                        if (side(elements, e + 1, k + skip, before)) {
                            return true;
                        }
                        Token skipped = at(before, k + skip);
                        if (phrase && skipped != null && (!skipped.word() || reading.cues().isRelative(skipped))) {
                            return false;
                        }
                    }
                    return false;
                }
                case SPEAKER -> {
                    return speaker(elements, e, k, before);
                }
                default -> {
                    return false;
                }
            }
        }

        /** The speaker: the outermost element reads as far as the parser takes it; between two elements, the words between. */
        private boolean speaker(List<Element> elements, int e, int k, boolean before) {
            if (k >= size(before)) {
                return false;
            }
            SpeakerParser parser = reading.parser();
            String text = reading.text();
            if (e == elements.size() - 1) {
                Subject subject = before
                        ? parser.endingAt(text, left, left.size() - 1 - k)
                        : parser.after(reading.view(), right.get(k).start(), right.get(right.size() - 1).end(), false);
                if (!before && k > 0) {
                    subject = parser.afterLink(right.get(k - 1), subject);
                }
                return accept(subject, before ? left.get(left.size() - 1 - k).start() : right.get(k).start());
            }
            for (int length = 1; length <= MAX_SPEAKER && k + length <= size(before); length++) {
                List<Token> phrase = span(before, k, length);
                Subject subject = parser.interpret(text, phrase);
                boolean holdsText = phrase.stream().anyMatch(reading.cues()::isDocument);
                if (holdsText && (!subject.found() || subject.kind() == Subject.Kind.DOCUMENT || subject.kind() == Subject.Kind.UNNAMED)) {
                    // "“…” another post from the North Tongu MP reads": a text, then its author (read only where a
                    // text's noun stands, as the pattern is tried at every length of every quotation's clause)
                    Subject author = parser.before(reading.view(), phrase.get(0).start(), phrase.get(phrase.size() - 1).end());
                    boolean named = author.kind() == Subject.Kind.NAMED || author.kind() == Subject.Kind.ANAPHORIC;
                    subject = named ? author : subject;
                }
                if (subject.found() && side(elements, e + 1, k + length, before)) {
                    Subject apposed = subject.kind() == Subject.Kind.ANAPHORIC ? apposedName(k, length, before) : null;
                    return accept(apposed != null ? apposed : subject, phrase.get(0).start());
                }
            }
            return false;
        }

        /**
         * "Para el vigente campeón, Mardoqueo Vásquez, fue “…”": a role, then the name in apposition between commas;
         * null when no name follows the role so.
         */
        private Subject apposedName(int k, int length, boolean before) {
            // the tokens in text order from the one right after the role's phrase
            List<Token> after = before ? left.subList(left.size() - k, left.size()) : right.subList(k + length, right.size());
            if (after.isEmpty() || !after.get(0).is(',')) {
                return null;
            }
            for (int name = 1; name <= MAX_NAME_WORDS && name + 1 < after.size(); name++) {
                Subject subject = reading.parser().interpret(reading.text(), after.subList(1, name + 1));
                if (subject.kind() == Subject.Kind.NAMED && subject.isPerson() && after.get(name + 1).is(',')) {
                    return subject;
                }
            }
            return null;
        }

        private boolean accept(Subject subject, int at) {
            if (!subject.found() || subject.kind() == Subject.Kind.NONE) {
                return false;
            }
            speaker = subject;
            speakerAt = at;
            return true;
        }

        private boolean skippable(Token token) {
            ReportingCues cues = reading.cues();
            // an article links time words ("el pasado martes") but is the speaker's when it stands alone
            return token.word() && (cues.isAdverb(token) || (cues.isTimeWord(token) && !cues.isArticle(token)))
                    && !token.capitalised(reading.text());
        }
    }

}
