package newsroom.annotator.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.segment.Trim;

/**
 * A whole quoted sentence with no cue of its own goes on the words of the speaker named last, in its
 * paragraph or the one before: "“…,” she said. “…”" (even one the text does not name: "said a White
 * House official. “…”"), or "Lopez Obrador explained that …" and then a paragraph of his words.
 */
final class ContinuationSieve implements Sieve {

    /** The sieve's name, as the order of sieves lists it and an attribution's rule shows it. */
    static final String NAME = "continuation";

    /** Crossheads: they may stand between a speaker's paragraphs without changing who speaks. */
    private static final Set<SpanType> CROSSHEADS = EnumSet.of(SpanType.TITLE);
    /** Crossheads and page chrome: they may stand between two paragraphs of one quotation (a quoted crosshead is none). */
    private static final Set<SpanType> CHROME = EnumSet.of(SpanType.TITLE, SpanType.CAPTION, SpanType.BOILERPLATE,
            SpanType.BYLINE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Quotation quotation = quote.quotation();
        int span = reading.sentences().spanIndex(quotation.open());
        // a dialogue's line goes on nobody's words, as its speakers take turns, unless the paragraph before
        // introduces it with a colon ("O técnico Rogério Zimmermann valorizou a atuação do time:" / "— Os jogadores …")
        boolean dialogue = quotation.dialogue() && !introducedByColon(reading, span);
        if (quote.kind() != QuoteKind.DIRECT || dialogue || QuotationFinder.scareMarked(reading.text(), quotation)) {
            return null;
        }
        Discourse discourse = reading.discourse();
        Attributed previous = quote.previousDone();
        if (quote.ownClauseStart() > quote.clauseFrom()) {
            // "…, und Thomas Schillroth brachte die Kritik auf den Punkt: „…“": a clause of the sentence with a person
            // for its subject introduces the words; they go on nobody's
            return null;
        }
        boolean previousIsLatest = previous != null && previous.cued()
                && previous.quotation().close() >= discourse.lastSpeakerAt()
                && nextParagraph(reading, reading.sentences().spanIndex(previous.quotation().close() - 1), span,
                        reading.sentences().spans().get(span).type() == SpanType.PARAGRAPH ? CHROME : CROSSHEADS);
        if (previousIsLatest) {
            return Decision.goesOn(previous.attribution(), null);
        }
        // (someone a line of chrome names is no speaker: only crossheads may stand between)
        if (discourse.lastSpeaker() != null && nextParagraph(reading, discourse.lastSpeakerSpan(), span, CROSSHEADS)) {
            return new Decision(discourse.lastSpeaker().attribution(), null, true);
        }
        // (the cheap tests first: the paragraph between is read for names last)
        if (discourse.lastSpeaker() != null && previousIsLastSpeaker(quote) && opensParagraph(reading, quotation, span) && uncued(quote)
                && overNarration(reading, discourse.lastSpeakerSpan(), span)) {
            return new Decision(discourse.lastSpeaker().attribution(), null, true);
        }
        return null;
    }

    /** Whether no reporting clause goes with the quotation, one that names nobody ("One said: “…”") included. */
    private static boolean uncued(QuoteContext quote) {
        return !quote.clauseBefore().cued() && !quote.clauseAfter().cued();
    }

    /** Whether the quotation stands first in its paragraph: only blanks before it, read back from its mark. */
    private static boolean opensParagraph(Reading reading, Quotation quotation, int span) {
        String text = reading.text();
        int at = quotation.open();
        int start = reading.sentences().spans().get(span).start();
        while (at > start && Trim.isBlank(text.charAt(at - 1))) {
            at--;
        }
        return at == start;
    }

    /** Whether the quotation before this one was the last speaker's. */
    private static boolean previousIsLastSpeaker(QuoteContext quote) {
        Attributed previous = quote.previousDone();
        Speaker last = quote.reading().discourse().lastSpeaker();
        return previous != null && previous.attribution() != null && last.name() != null && last.name().equals(previous.attribution().name());
    }

    /**
     * Whether one paragraph of the narrator's stands between span {@code from} and span {@code to}, with no quotation and
     * naming no one: a match report's account of play between a coach's words ("O primeiro gol do Operário saiu após
     * falha na saída de bola …" between two of Wilson Júnior's quotations) does not change who speaks.
     */
    private static boolean overNarration(Reading reading, int from, int to) {
        if (from < 0 || to - from != 2) {
            return false;
        }
        Span between = reading.sentences().spans().get(from + 1);
        // (one that ends with a colon introduces the words itself: "… se despidieron de los jugadores con un cántico …:")
        return between.type() == SpanType.PARAGRAPH && !introducedByColon(reading, to)
                && reading.quotations().overlapping(between.start(), between.end()).isEmpty()
                && reading.discourse().referents().namesNobodyIn(between.start(), between.end());
    }

    /**
     * Whether span {@code to} is span {@code from}'s paragraph or the next one, spans of the types {@code between} not
     * counted: an interview's topic lines ("Sobre Perú, el rival del amistoso de este domingo") head the answers of the
     * one who spoke above them, and a photo's caption or an advertisement's label ("Hide Ad") interrupts no quotation.
     * Stops at the first other span between them, however far back {@code from} lies.
     */
    private static boolean nextParagraph(Reading reading, int from, int to, Set<SpanType> between) {
        if (from < 0 || to - from <= 1) {
            return to - from <= 1;
        }
        List<Span> spans = reading.sentences().spans();
        for (int i = from + 1; i < to; i++) {
            if (!between.contains(spans.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the paragraph before span {@code span} ends with a colon. */
    private static boolean introducedByColon(Reading reading, int span) {
        if (span < 1) {
            return false;
        }
        Span before = reading.sentences().spans().get(span - 1);
        String text = reading.text();
        int end = before.end();
        while (end > before.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > before.start() && text.charAt(end - 1) == ':';
    }
}
