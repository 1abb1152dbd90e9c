package newsroom.annotator.quotes;

import newsroom.annotator.model.QuoteKind;

/** A quotation alone in its paragraph, and its author's name alone on the next line, as epigraphs are: "“…”" / "Albert Einstein." */
final class AuthorLineSieve implements Sieve {

    @Override
    public String name() {
        return "author-line";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        int closingSpan = reading.sentences().spanIndex(quote.quotation().close() - 1);
        if (quote.kind() != QuoteKind.DIRECT
                || reading.view().hasWord(quote.quotation().close(), reading.sentences().spans().get(closingSpan).end())) {
            return null;
        }
        Speaker author = reading.layout().authorLine(closingSpan + 1);
        if (author == null) {
            return null;
        }
        reading.discourse().referents().spoke(author);
        reading.discourse().mention(author, author.at().start());
        return Decision.goesOn(author.attribution(), null);
    }
}
