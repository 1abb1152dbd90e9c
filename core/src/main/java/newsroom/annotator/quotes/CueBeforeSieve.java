package newsroom.annotator.quotes;

import newsroom.annotator.quotes.ReportingClauses.Found;

/** Any other reporting clause before the quotation in its sentence: "según NAME, “…”", "a source told …: “…”". */
final class CueBeforeSieve implements Sieve {

    @Override
    public String name() {
        return "cue-before";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Found before = quote.clauseBefore();
        return before.cued() && !interruptsPrevious(quote, before) ? Decision.of(before) : null;
    }

    /**
     * "“…”, said Smith after the game, “…”": a short clause that interrupts one speaker's words and reported the
     * words before it names no one of its own for the words after it (whose subject may be read no further than
     * its name); the quotation before it goes on ({@link SameClauseSieve}).
     */
    private static boolean interruptsPrevious(QuoteContext quote, Found before) {
        return quote.sharesSentence() && !quote.cueTaken() && quote.previousCueIs(before.cue()) && quote.previousDone() != null
                && quote.previousDone().cued() && setOffByCommas(quote);
    }

    /** Whether commas set the clause off from both quotations: "“…,” he said, “…”", "«…», dijo, «…»". */
    private static boolean setOffByCommas(QuoteContext quote) {
        String text = quote.reading().text();
        Quotation previous = quote.previous();
        int after = previous.close();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        boolean pauseAfterPrevious = previous.lastMark(text) == ',' || (after < text.length() && text.charAt(after) == ',');
        char beforeThis = quote.reading().clauses().lastCharBefore(quote.quotation().open());
        return pauseAfterPrevious && (beforeThis == ',' || beforeThis == ':');
    }
}
