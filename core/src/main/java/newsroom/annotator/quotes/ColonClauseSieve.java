package newsroom.annotator.quotes;

/**
 * A headline's "“Me rompe el alma dar esta noticia”: Karol G canceló sus conciertos": the subject of the
 * clause after the colon said the quotation before it.
 */
final class ColonClauseSieve implements Sieve {

    @Override
    public String name() {
        return "colon-clause";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        String text = reading.text();
        int close = quote.quotation().close();
        int next = close;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) != ':') {
            return null;
        }
        Subject subject = reading.parser().subject(text, reading.view().tokens(next + 1, quote.clauseTo()),
                reading.discourse().capitalised());
        if (subject.kind() != Subject.Kind.NAMED || subject.organisation()) {
            return null;
        }
        Speaker speaker = reading.discourse().resolve(subject, next);
        return speaker == null ? null : Decision.named(speaker);
    }
}
