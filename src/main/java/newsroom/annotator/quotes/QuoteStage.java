package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.language.LanguageStage;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Stage;

/**
 * Finds the quotations in the article's own prose, tells direct from partial, reads their language and
 * attributes them to their speakers, linked to the speaker's post when the article embeds one (posts
 * must come before this stage to be linked; without them every handle stays null). Immutable and
 * thread-safe.
 */
public final class QuoteStage implements Stage {

    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final QuotationFinder finder;
    private final SpeakerLinker linker;
    private final LanguageStage language;

    QuoteStage(ReportingCues cues, SpeakerLinker linker, LanguageStage language) {
        this.cues = cues;
        this.parser = new SpeakerParser(cues);
        this.finder = new QuotationFinder(cues::anyIn);
        this.linker = linker;
        this.language = language;
    }

    /** The stage with the reporting verbs, cues and roles of {@code languages} and the known handles. */
    public static QuoteStage create(Dictionaries dictionaries, List<String> languages, LanguageStage language) {
        return new QuoteStage(ReportingCues.load(dictionaries, languages),
                new SpeakerLinker(dictionaries.table("handles.tsv")), language);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Span> spans = document.spans();
        List<Quotation> quotations = finder.find(text, spans);
        if (quotations.isEmpty()) {
            return document;
        }
        Set<String> allowed = Set.copyOf(document.article().languages());
        List<Quote> quotes = new ArrayList<>(document.quotes());
        int id = document.nextQuoteId();
        for (Attributed found : new Attributor(text, cues, parser, spans, quotations).attribute()) {
            if (found.kind() == QuoteKind.PARTIAL && !found.cued()) {
                // a few quoted words that nobody is said to have said: a title, a nickname, scare quotes
                continue;
            }
            Quotation quotation = found.quotation();
            String words = quotation.text(text);
            Attribution attribution = linker.link(found.attribution(), document.quotes());
            quotes.add(new Quote(id++, found.kind(), quotation.start(), quotation.end(), words,
                    languageOf(words, quotation, spans, allowed), null, attribution, null));
        }
        return document.withQuotes(quotes);
    }

    /**
     * The quotation's language from its own words, read once. A word or two ("torture") is often too
     * short to tell; then it takes the language of the sentence it stands in, which the language stage
     * has already read.
     */
    private LanguageGuess languageOf(String words, Quotation quotation, List<Span> spans, Set<String> allowed) {
        LanguageGuess own = language.languageOf(words, allowed);
        if (own.isKnown()) {
            return own;
        }
        for (Span span : spans) {
            if (span.start() <= quotation.start() && quotation.start() < span.end()) {
                for (Sentence sentence : span.sentences()) {
                    if (sentence.start() <= quotation.start() && quotation.start() < sentence.end()
                            && sentence.language().isKnown()) {
                        return sentence.language();
                    }
                }
                return span.language();
            }
        }
        return own;
    }
}
