package newsroom.annotator.quotes;

/** A headline names its speaker before a colon or a dash: "Burnley boss Sean Dyche - “…”", "AMLO: “…”". */
final class HeadlineSieve implements Sieve {

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        Subject headline = reading.layout().headlineSpeaker(quote.openSentence().start(), quote.quotation().open());
        if (!headline.found()) {
            return null;
        }
        return Decision.named(reading.discourse().resolve(headline, quote.quotation().open()));
    }
}
