package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
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
 * "NAME said: “…”"), else from a sentence ending in a colon just before it. A pronoun ("he said"), a
 * role alone ("dijo el mandatario") or a verb without subject ("—, añadió") refers to the last person
 * named as a speaker, and a whole quoted sentence with no cue of its own goes on the previous quote's
 * speaker. Reads the article once, in order; one instance per article.
 */
final class Attributor {

    private final String text;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final List<Span> spans;
    private final List<Quotation> quotations;
    /** For each span, where the narrator's sentences start: sentence breaks inside quotations do not count. */
    private final List<int[]> sentenceStarts = new ArrayList<>();

    private Speaker lastSpeaker;
    private Speaker lastPerson;

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
        QuoteKind kind = kind(quotation, openSentence.start(), before > openSentence.start() ? previousDone : null);

        Found found = speakerAfter(quotation, after);
        if (!found.cued()) {
            found = speakerBefore(before, quotation.open());
        }
        if (!found.cued() && !hasLetter(openSentence.start(), quotation.open())) {
            found = introducedByColon(openSentence, quotation.open());
        }
        if (!found.cued() && kind == QuoteKind.DIRECT && !quotation.dialogue()
                && previousDone != null && previousDone.attribution() != null && closeBy(previousDone.quotation(), quotation)) {
            // a quote that goes on after the speaker was named: "“…,” she said. “…”"
            return new Attributed(quotation, kind, previousDone.attribution(), true);
        }
        return new Attributed(quotation, kind, found.attribution(), found.cued());
    }

    /** "“…,” NAME said", "“…”, dijo NAME", "“…”, añadió.", "“…,” according to NAME". */
    private Found speakerAfter(Quotation quotation, int to) {
        for (Cue cue : cues.find(text, quotation.close(), to)) {
            Subject subject;
            boolean adjacent = !hasLetter(quotation.close(), cue.start());
            if (cue.phrase()) {
                subject = parser.after(text, cue.end(), to);
            } else if (!adjacent) {
                subject = parser.before(text, quotation.close(), cue.start());
            } else {
                subject = parser.after(text, cue.end(), to);
                if (!subject.found()) {
                    return resolve(cue, null, lastSpeaker);
                }
            }
            if (subject.found()) {
                return resolve(cue, subject, null);
            }
        }
        return Found.NOTHING;
    }

    /**
     * "NAME said: “…”", "NAME afirmó que “…”", "según NAME, “…”", "Añadió: “…”". The first cue with a
     * speaker wins: in "NAME said that the government asked for an end to “torture”" the quoted word is
     * the speaker's, not the government's.
     */
    private Found speakerBefore(int from, int open) {
        for (Cue cue : cues.find(text, from, open)) {
            Subject subject;
            if (cue.phrase()) {
                subject = parser.after(text, cue.end(), open);
            } else {
                subject = parser.before(text, from, cue.start());
                if (!subject.found()) {
                    subject = parser.after(text, cue.end(), open);
                }
                if (!subject.found() && onlySmallWords(cue.end(), open)) {
                    return resolve(cue, null, lastSpeaker);
                }
            }
            if (subject.found()) {
                return resolve(cue, subject, null);
            }
        }
        return Found.NOTHING;
    }

    /** "In a statement, the ministry said:" closing the sentence or paragraph before a quotation. */
    private Found introducedByColon(TextRange sentence, int open) {
        TextRange previous = sentenceBefore(sentence.start());
        if (previous == null) {
            return Found.NOTHING;
        }
        int last = previous.end() - 1;
        while (last > previous.start() && Trim.isBlank(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) != ':') {
            return Found.NOTHING;
        }
        int from = previous.start();
        for (Quotation quotation : quotations) {
            if (quotation.close() > from && quotation.close() <= last) {
                from = quotation.close();
            }
        }
        return speakerBefore(from, last);
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
            Subject subject = cue.phrase() ? parser.after(text, cue.end(), to) : parser.before(text, from, cue.start());
            if (subject.kind() == Subject.Kind.NAMED) {
                remember(subject);
            }
        }
    }

    private Found resolve(Cue cue, Subject subject, Speaker dropped) {
        String cueText = text.substring(cue.start(), cue.end());
        Speaker speaker;
        if (subject == null) {
            speaker = dropped;
        } else {
            speaker = switch (subject.kind()) {
                case NAMED -> remember(subject);
                case PRONOUN, ANAPHORIC -> lastPerson;
                default -> null;
            };
        }
        if (speaker == null) {
            return new Found(null, true);
        }
        return new Found(new Attribution(speaker.name(), null, null, null, null, cueText, speaker.at()), true);
    }

    private Speaker remember(Subject subject) {
        Speaker speaker = new Speaker(text.substring(subject.name().start(), subject.name().end()), subject.name());
        lastSpeaker = speaker;
        if (!subject.organisation()) {
            lastPerson = speaker;
        }
        return speaker;
    }

    /**
     * Direct: a sentence or more (it opens the narrator's sentence, follows a colon, runs over paragraphs,
     * is a dialogue turn, is capitalised and ends like a sentence, or goes on a direct quote the
     * attribution interrupted). Partial: a few words inside the narrator's sentence.
     */
    private QuoteKind kind(Quotation quotation, int sentenceStart, Attributed previousInSentence) {
        if (quotation.dialogue() || quotation.overParagraphs() || !hasLetter(sentenceStart, quotation.open())) {
            return QuoteKind.DIRECT;
        }
        int before = quotation.open() - 1;
        while (before > sentenceStart && Trim.isBlank(text.charAt(before))) {
            before--;
        }
        if (text.charAt(before) == ':') {
            return QuoteKind.DIRECT;
        }
        if (previousInSentence != null && previousInSentence.kind() == QuoteKind.DIRECT && text.charAt(before) == ',') {
            return QuoteKind.DIRECT;
        }
        TextRange words = quotation.pieces().get(0);
        char first = text.charAt(words.start());
        char last = text.charAt(quotation.end() - 1);
        boolean capitalised = Character.isUpperCase(first) || first == '¿' || first == '¡';
        boolean endsLikeSentence = ".!?…,".indexOf(last) >= 0;
        return capitalised && endsLikeSentence && wordCount(words) >= 3 ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** Quotations in the same paragraph or in consecutive ones. */
    private boolean closeBy(Quotation earlier, Quotation later) {
        int a = spanIndex(earlier.close() - 1);
        int b = spanIndex(later.open());
        return a >= 0 && b >= 0 && b - a <= 1;
    }

    private int[] narratorSentenceStarts(Span span) {
        List<Integer> starts = new ArrayList<>();
        starts.add(span.start());
        for (Sentence sentence : span.sentences()) {
            if (sentence.start() > span.start() && !insideQuotation(sentence.start())) {
                starts.add(sentence.start());
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

    /** Nothing but punctuation and small words ("que", "that") between a verb and the quotation. */
    private boolean onlySmallWords(int from, int to) {
        for (Token token : cues.tokens(text, from, to)) {
            if (token.word() && !cues.isFunctionWord(token)) {
                return false;
            }
        }
        return true;
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

    /** A speaker named in the text, as written there. */
    private record Speaker(String name, TextRange at) {
    }

    /** What a search for the speaker found: the attribution (or null), and whether any cue went with it. */
    private record Found(Attribution attribution, boolean cued) {
        static final Found NOTHING = new Found(null, false);
    }
}
