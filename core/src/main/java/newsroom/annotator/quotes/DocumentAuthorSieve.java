package newsroom.annotator.quotes;

import java.util.List;

/**
 * A quotation whose next sentence names it as a text and gives its author as the agent of a passive:
 * "«Harta de guarros en mi pueblo». Ese mensaje, publicado en su perfil personal por la alcaldesa de
 * Marchena, María del Mar Romero, no ha dejado indiferente …", "“…” The tweet, posted by Sen. X on
 * Monday, …". The sentence must open with the text's noun ({@code documents.txt}) after two words at
 * most, and the agent ({@code grammar.txt}: {@code agent}) come within its first words.
 */
final class DocumentAuthorSieve implements Sieve {

    /** How far into the next sentence its subject noun and the agent are looked for, in characters. */
    private static final int REACH = 300;
    private static final int MAX_WORDS_BEFORE_NOUN = 2;
    private static final int MAX_WORDS_BEFORE_AGENT = 14;
    private static final String SENTENCE_ENDS = ".!?…";

    @Override
    public String name() {
        return "document-author";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        String text = reading.text();
        int from = nextSentence(text, quote.quotation().close());
        if (from < 0) {
            return null;
        }
        int to = Math.min(text.length(), from + REACH);
        List<Token> tokens = reading.view().tokens(from, to);
        ReportingCues cues = reading.cues();
        // the text's noun opens the sentence after a determiner and an adjective at most: "Ese mensaje",
        // "The original tweet"
        int noun = 0;
        while (noun < tokens.size() && noun < MAX_WORDS_BEFORE_NOUN && tokens.get(noun).word() && !cues.isDocument(tokens.get(noun))) {
            noun++;
        }
        if (noun >= tokens.size() || !cues.isDocument(tokens.get(noun))) {
            return null;
        }
        for (int i = noun + 1; i < tokens.size() && i <= noun + MAX_WORDS_BEFORE_AGENT; i++) {
            Token token = tokens.get(i);
            if (!token.word() && !token.is(',')) {
                return null;
            }
            if (cues.isAgentMarker(token)) {
                Subject agent = reading.parser().after(reading.view(), token.end(), to, false);
                if (!agent.isPerson() && agent.kind() != Subject.Kind.ANAPHORIC) {
                    return null;
                }
                Speaker speaker = reading.discourse().resolve(agent, token.start());
                return speaker == null ? null : Decision.named(speaker);
            }
        }
        return null;
    }

    /**
     * Where the narrator's next sentence starts when the quotation ends one ("…». Ese mensaje", "….” The
     * tweet"): after the sentence's final mark, inside the closing quotation mark or after it, and white
     * space, at a capital; else -1.
     */
    private static int nextSentence(String text, int close) {
        boolean ended = close >= 2 && SENTENCE_ENDS.indexOf(text.charAt(close - 2)) >= 0;
        int at = close;
        while (at < text.length() && at < close + 3 && SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0) {
            ended = true;
            at++;
        }
        int afterMarks = at;
        while (at < text.length() && at < afterMarks + 8 && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return ended && at > afterMarks && at < text.length() && Character.isUpperCase(text.charAt(at)) ? at : -1;
    }
}
