package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;

/**
 * A headline names its speaker before a colon or a dash ("Burnley boss Sean Dyche - “…”", "AMLO: “…”"),
 * or, when the quotation opens it, as the subject of the words after it ("“Ustedes me mataron”, Luis Alberto
 * Posada reaparece tras supuesta muerte").
 */
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
            headline = subjectAfterOpeningQuotation(quote);
        }
        if (!headline.found()) {
            return null;
        }
        return Decision.named(reading.discourse().resolve(headline, quote.quotation().open()));
    }

    /**
     * In a headline that opens with the quotation, a person's name that opens the words after its comma, colon
     * or dash; nothing else (a title of a work, "“Toxic”, Britney Spears' hit", names no person).
     */
    private static Subject subjectAfterOpeningQuotation(QuoteContext quote) {
        Reading reading = quote.reading();
        NarratorSentences sentences = reading.sentences();
        Span span = sentences.spans().get(sentences.spanIndex(quote.quotation().open()));
        if (span.type() != SpanType.TITLE || reading.view().hasWord(span.start(), quote.quotation().open())) {
            return Subject.NONE;
        }
        List<Token> after = reading.view().tokens(quote.quotation().close(), quote.closeSentence().end());
        if (after.size() < 3 || !(after.get(0).is(',') || after.get(0).is(':') || QuotationFinder.isDash(after.get(0)))) {
            return Subject.NONE;
        }
        Subject subject = reading.parser().subject(reading.text(), after.subList(1, after.size()), reading.discourse().capitalised());
        boolean named = subject.isPerson() && (!subject.roles().isEmpty()
                || reading.view().tokens(subject.name().start(), subject.name().end()).size() > 1);
        return named ? subject : Subject.NONE;
    }
}
