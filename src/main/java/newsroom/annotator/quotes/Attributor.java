package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;
import newsroom.annotator.segment.Trim;

/**
 * Gives each quotation its kind and its speaker. The speaker comes from a reporting verb or cue phrase
 * in the narrator's sentence around the quotation (after it first: "“…,” NAME said"; then before it:
 * "NAME said: “…”"), else from the sentence before it. A pronoun ("he said"), a role alone ("dijo el
 * mandatario") or a verb without subject ("—, añadió") refers to the last speaker named; a whole quoted
 * sentence with no cue of its own goes to the speaker named in its paragraph or the one before. Reads
 * the article once, in order; one instance per article.
 */
final class Attributor {

    private final String text;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final List<Span> spans;
    private final List<Quotation> quotations;
    /** For each span, where the narrator's sentences start: sentence breaks inside quotations do not count. */
    private final List<int[]> sentenceStarts = new ArrayList<>();

    /** The last speaker named or referred to, and where in the text and in which span that happened. */
    private Speaker lastSpeaker;
    private int lastSpeakerAt = -1;
    private int lastSpeakerSpan = -1;
    /** The people named as speakers so far, the latest last. */
    private final List<Speaker> people = new ArrayList<>();

    Attributor(String text, ReportingCues cues, SpeakerParser parser, List<Span> spans, List<Quotation> quotations) {
        this.text = text;
        this.cues = cues;
        this.parser = parser;
        this.spans = spans;
        this.quotations = quotations;
        for (Span span : spans) {
            sentenceStarts.add(narratorSentenceStarts(span));
        }
    }

    /** The quotations with their kinds and speakers, in text order. */
    List<Attributed> attribute() {
        List<Attributed> done = new ArrayList<>(quotations.size());
        int next = 0;
        for (int s = 0; s < spans.size(); s++) {
            if (!QuotationFinder.isProse(spans.get(s))) {
                continue;
            }
            int[] starts = sentenceStarts.get(s);
            for (int k = 0; k < starts.length; k++) {
                int sentenceEnd = k + 1 < starts.length ? starts[k + 1] : spans.get(s).end();
                boolean quoted = false;
                while (next < quotations.size() && quotations.get(next).open() < sentenceEnd) {
                    done.add(attribute(next, done));
                    next++;
                    quoted = true;
                }
                if (!quoted) {
                    learnSpeakers(starts[k], sentenceEnd);
                }
            }
        }
        return done;
    }

    private Attributed attribute(int index, List<Attributed> done) {
        Quotation quotation = quotations.get(index);
        TextRange openSentence = sentenceAt(quotation.open());
        TextRange closeSentence = sentenceAt(Math.max(quotation.open(), quotation.close() - 1));
        Quotation previous = index > 0 ? quotations.get(index - 1) : null;
        Quotation following = index + 1 < quotations.size() ? quotations.get(index + 1) : null;
        int before = previous != null && previous.close() > openSentence.start() && previous.close() <= quotation.open()
                ? previous.close() : openSentence.start();
        int after = following != null && following.open() >= quotation.close() && following.open() < closeSentence.end()
                ? following.open() : closeSentence.end();
        Attributed previousDone = done.isEmpty() ? null : done.get(done.size() - 1);
        boolean sharesSentence = before > openSentence.start();
        QuoteKind kind = kind(quotation, openSentence.start(), sharesSentence ? previousDone : null);

        Found found = speakerAfter(quotation, after);
        if (!found.cued()) {
            found = speakerBefore(before, quotation.open());
        }
        if (!found.cued() && sharesSentence && previousDone.cued()) {
            // the second quotation of one reporting clause: "said lawyers had given them “…” and that
            // they would “…”"
            return new Attributed(quotation, kind, previousDone.attribution(), true);
        }
        if (!found.cued() && !hasLetter(openSentence.start(), quotation.open())) {
            found = introducedBefore(openSentence);
        }
        int span = spanIndex(quotation.open());
        if (!found.cued() && kind == QuoteKind.DIRECT && !quotation.dialogue()) {
            // a quotation that goes on after its speaker was named: "“…,” she said. “…”" (even one the
            // text does not name: "said a White House official. “…”"), or "Lopez Obrador explained
            // that …" and then a paragraph of his words
            boolean previousIsLatest = previousDone != null && previousDone.cued()
                    && previousDone.quotation().close() >= lastSpeakerAt
                    && span - spanIndex(previousDone.quotation().close() - 1) <= 1;
            if (previousIsLatest) {
                return new Attributed(quotation, kind, previousDone.attribution(), true);
            }
            if (lastSpeaker != null && span - lastSpeakerSpan <= 1) {
                found = new Found(lastSpeaker.attribution(), true);
            }
        }
        if (found.attribution() != null) {
            mention(speakerOf(found.attribution()), quotation.close() - 1);
        }
        return new Attributed(quotation, kind, found.attribution(), found.cued());
    }

    /** "“…,” NAME said", "“…”, dijo NAME", "“…”, añadió.", "“…,” according to NAME". */
    private Found speakerAfter(Quotation quotation, int to) {
        for (Cue cue : cues.find(text, quotation.close(), to)) {
            if (startsAnotherClause(quotation.close(), cue.start())) {
                // "“help the people in Cuba,” which he described as …": the verb is another clause's
                break;
            }
            Subject subject;
            if (cue.phrase()) {
                subject = parser.after(text, cue.end(), to, false);
            } else if (!onlyAdverbs(quotation.close(), cue.start())) {
                subject = parser.before(text, quotation.close(), cue.start());
            } else {
                subject = parser.after(text, cue.end(), to, false);
                if (!subject.found() && cue.dropsSubject()) {
                    return found(cue, lastSpeaker);
                }
            }
            if (subject.found()) {
                return found(cue, resolve(subject));
            }
        }
        return Found.NOTHING;
    }

    /**
     * "NAME said: “…”", "NAME afirmó que “…”", "según NAME, “…”", "Añadió: “…”". The first cue with a
     * speaker wins: in "NAME said that the government asked for an end to “torture”" the quoted word is
     * the speaker's, not the government's. After a colon the cue nearest the quotation introduces it
     * ("López Obrador señaló que …, y el mandatario acotó: “…”"), the speakers before it remembered.
     */
    private Found speakerBefore(int from, int open) {
        boolean colon = lastCharBefore(open) == ':';
        Found found = Found.NOTHING;
        for (Cue cue : cues.find(text, from, open)) {
            Subject subject = subjectOf(cue, from, open);
            Speaker speaker = subject == null ? lastSpeaker : resolve(subject);
            if (subject == null || subject.found()) {
                if (speaker != null && !colon) {
                    return found(cue, speaker);
                }
                // "According to an excerpt …, Trump said, “…”": a source that names nobody gives way
                if (speaker != null || !found.cued()) {
                    found = found(cue, speaker);
                }
            }
        }
        return found;
    }

    /**
     * The subject of a cue in narrator's text [from, to): before the verb, else right after it ("said
     * Smith:"); null for a verb whose subject is left out, as Spanish does ("Añadió que …").
     */
    private Subject subjectOf(Cue cue, int from, int to) {
        if (cue.phrase()) {
            return parser.after(text, cue.end(), to, true);
        }
        Subject subject = parser.before(text, from, cue.start());
        if (!subject.found()) {
            subject = parser.after(text, cue.end(), to, true);
        }
        if (!subject.found() && cue.dropsSubject() && opensClause(from, cue.start())) {
            return null;
        }
        return subject;
    }

    /**
     * A quotation that opens its sentence with no cue of its own belongs to the reporting clause of the
     * sentence before it in the paragraph ("He wrote that payment will begin … “Just by the money we
     * save…”"), or of the paragraph before when that ends in a colon ("In a statement, the ministry said:").
     */
    private Found introducedBefore(TextRange sentence) {
        TextRange previous = sentenceBefore(sentence.start());
        if (previous == null) {
            return Found.NOTHING;
        }
        char last = lastCharBefore(previous.end());
        if (spanIndex(previous.start()) != spanIndex(sentence.start()) && last != ':') {
            return Found.NOTHING;
        }
        int from = previous.start();
        int to = previous.end();
        for (Quotation quotation : quotations) {
            if (quotation.close() > from && quotation.close() <= to) {
                from = quotation.close();
            }
            if (quotation.open() >= from && quotation.open() < to) {
                to = quotation.open();
            }
        }
        return from < to ? speakerBefore(from, to) : Found.NOTHING;
    }

    /** A sentence without quotations may still name a speaker whom a later "he said" refers to. */
    private void learnSpeakers(int sentenceStart, int to) {
        int from = sentenceStart;
        for (Quotation quotation : quotations) {
            // the rest of a quotation that runs over paragraphs is not the narrator's
            if (quotation.open() <= from && quotation.close() > from) {
                from = quotation.close();
            }
        }
        for (Cue cue : cues.find(text, from, to)) {
            Subject subject = subjectOf(cue, from, to);
            Speaker speaker = subject == null ? lastSpeaker : resolve(subject);
            if (speaker != null) {
                mention(speaker.withCue(text.substring(cue.start(), cue.end())), cue.start());
                return;
            }
        }
    }

    private Found found(Cue cue, Speaker speaker) {
        if (speaker == null) {
            return new Found(null, true);
        }
        return new Found(speaker.withCue(text.substring(cue.start(), cue.end())).attribution(), true);
    }

    /** The speaker a subject names or refers to, or null. */
    private Speaker resolve(Subject subject) {
        return switch (subject.kind()) {
            case NAMED -> {
                Speaker speaker = new Speaker(text.substring(subject.name().start(), subject.name().end()),
                        subject.name(), subject.roles(), null);
                if (!subject.organisation()) {
                    people.add(speaker);
                }
                lastSpeaker = speaker;
                yield speaker;
            }
            case PRONOUN -> lastPerson();
            case ANAPHORIC -> lastPersonWith(subject.roles());
            default -> null;
        };
    }

    private void mention(Speaker speaker, int at) {
        lastSpeaker = speaker;
        lastSpeakerAt = at;
        lastSpeakerSpan = spanIndex(at);
    }

    private Speaker speakerOf(Attribution attribution) {
        return new Speaker(attribution.name(), attribution.nameAt(), Set.of(), attribution.cue());
    }

    private Speaker lastPerson() {
        return people.isEmpty() ? null : people.get(people.size() - 1);
    }

    /** "the Mexican president said": the last person named with that role, else the last person named. */
    private Speaker lastPersonWith(Set<String> roles) {
        for (int i = people.size() - 1; i >= 0; i--) {
            if (!Collections.disjoint(people.get(i).roles(), roles)) {
                return people.get(i);
            }
        }
        return lastPerson();
    }

    /**
     * Direct: a sentence or more (it opens the narrator's sentence, follows a colon, runs over paragraphs,
     * is a dialogue turn, is capitalised and ends like a sentence or runs to six words, or goes on a
     * direct quote the attribution interrupted). Partial: a few words inside the narrator's sentence.
     */
    private QuoteKind kind(Quotation quotation, int sentenceStart, Attributed previousInSentence) {
        if (quotation.dialogue() || quotation.overParagraphs() || !hasLetter(sentenceStart, quotation.open())) {
            return QuoteKind.DIRECT;
        }
        char before = lastCharBefore(quotation.open());
        if (before == ':') {
            return QuoteKind.DIRECT;
        }
        // a direct quotation the attribution interrupted goes on: "“…,” he said, “and…”", "«… —dijo— y …»"
        boolean resumes = before == ',' || "—–―-".indexOf(text.charAt(quotation.open())) >= 0;
        if (previousInSentence != null && previousInSentence.kind() == QuoteKind.DIRECT && resumes) {
            return QuoteKind.DIRECT;
        }
        TextRange words = quotation.pieces().get(0);
        char first = text.charAt(words.start());
        char last = text.charAt(quotation.end() - 1);
        boolean capitalised = Character.isUpperCase(first) || first == '¿' || first == '¡';
        boolean endsLikeSentence = ".!?…,".indexOf(last) >= 0;
        int count = wordCount(words);
        return capitalised && ((endsLikeSentence && count >= 3) || count >= 6) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /**
     * Where the narrator's sentences of a span start. The sentence splitter's breaks are kept except
     * inside a quotation, after a quotation that ends in "?" or "!" ("“…?” Pena Nieto said." is one
     * sentence), and after an initial ("Steven A. Lerman said").
     */
    private int[] narratorSentenceStarts(Span span) {
        List<Integer> starts = new ArrayList<>();
        starts.add(span.start());
        for (Sentence sentence : span.sentences()) {
            int start = sentence.start();
            if (start > span.start() && !insideQuotation(start) && !afterExclamation(start) && !afterInitial(start)) {
                starts.add(start);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean insideQuotation(int position) {
        for (Quotation quotation : quotations) {
            if (quotation.open() < position && position < quotation.close()) {
                return true;
            }
        }
        return false;
    }

    private boolean afterExclamation(int position) {
        for (Quotation quotation : quotations) {
            if (quotation.close() <= position && !hasLetter(quotation.close(), position)) {
                // the last mark that is not a quotation mark: "…'How do I screw Mexico?'" ends in "?"
                int last = quotation.end() - 1;
                while (last > quotation.start() && "'\"’”»".indexOf(text.charAt(last)) >= 0) {
                    last--;
                }
                if ("?!…".indexOf(text.charAt(last)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean afterInitial(int position) {
        int end = position - 1;
        while (end > 0 && Trim.isBlank(text.charAt(end))) {
            end--;
        }
        return end >= 2 && text.charAt(end) == '.' && Character.isUpperCase(text.charAt(end - 1))
                && !Character.isLetter(text.charAt(end - 2));
    }

    private TextRange sentenceAt(int position) {
        int s = spanIndex(position);
        int[] starts = sentenceStarts.get(s);
        int k = starts.length - 1;
        while (k > 0 && starts[k] > position) {
            k--;
        }
        return new TextRange(starts[k], k + 1 < starts.length ? starts[k + 1] : spans.get(s).end());
    }

    /** The narrator's sentence before the one starting at {@code start}: in its paragraph, or the last of the one before. */
    private TextRange sentenceBefore(int start) {
        int s = spanIndex(start);
        int[] starts = sentenceStarts.get(s);
        for (int k = starts.length - 1; k > 0; k--) {
            if (starts[k] == start) {
                return new TextRange(starts[k - 1], start);
            }
        }
        if (s == 0 || !QuotationFinder.isProse(spans.get(s - 1))) {
            return null;
        }
        int[] previous = sentenceStarts.get(s - 1);
        return new TextRange(previous[previous.length - 1], spans.get(s - 1).end());
    }

    private int spanIndex(int position) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = spans.get(middle);
            if (position < span.start()) {
                high = middle - 1;
            } else if (position >= span.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return Math.max(0, high);
    }

    private boolean hasLetter(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Nothing but punctuation and adverbs between a quotation and its verb: "”, dijo", "—le insistió". */
    private boolean onlyAdverbs(int from, int to) {
        for (Token token : cues.tokens(text, from, to)) {
            if (token.word() && !cues.isAdverb(token)) {
                return false;
            }
        }
        return true;
    }

    /** A connector ("which", "and", "que", "como") between a quotation and a verb puts the verb in a clause of its own. */
    private boolean startsAnotherClause(int from, int to) {
        for (Token token : cues.tokens(text, from, to)) {
            if (cues.isFunctionWord(token) && !cues.isAdverb(token) && !cues.isPronoun(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only punctuation, adverbs and small words stand before the verb in its clause: "Sorpresivamente, dijo". */
    private boolean opensClause(int from, int verbStart) {
        List<Token> tokens = cues.tokens(text, from, verbStart);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (!token.word()) {
                return true;
            }
            if (!cues.isAdverb(token) && !cues.isFunctionWord(token)) {
                return false;
            }
        }
        return true;
    }

    private char lastCharBefore(int position) {
        int at = position - 1;
        while (at > 0 && Trim.isBlank(text.charAt(at))) {
            at--;
        }
        return at >= 0 ? text.charAt(at) : ' ';
    }

    private int wordCount(TextRange range) {
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

    /** A speaker named in the text, as written there, with the roles the text gave them and the cue last used. */
    private record Speaker(String name, TextRange at, Set<String> roles, String cue) {

        Speaker withCue(String newCue) {
            return new Speaker(name, at, roles, newCue);
        }

        Attribution attribution() {
            return new Attribution(name, null, null, null, null, cue, at);
        }
    }

    /** What a search for the speaker found: the attribution (or null), and whether any cue went with it. */
    private record Found(Attribution attribution, boolean cued) {
        static final Found NOTHING = new Found(null, false);
    }
}
