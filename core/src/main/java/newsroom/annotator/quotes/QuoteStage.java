package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.language.LanguageStage;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageScores;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextOrder;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Layer;
import newsroom.annotator.pipeline.Stage;

/**
 * Finds the quotations in the article's own prose, tells direct from partial, reads their language and
 * attributes them to their speakers, linked to the speaker's post when the article embeds one (posts
 * must come before this stage to be linked; without them every handle stays null). Immutable and
 * thread-safe.
 */
public final class QuoteStage implements Stage {

    /** The most letters of a quotation's own words that are read for its language. */
    private static final int MAX_UNREAD_LETTERS = 500;

    private final Dictionaries dictionaries;
    /** The configured languages, in their configured order. */
    private final List<String> languages;
    /** The words and rules of each set of languages an article was written in, built when first needed. */
    private final Map<List<String>, Readers> readers = new ConcurrentHashMap<>();
    private final SpeakerLinker linker;
    private final LanguageStage language;
    private final Sieves sieves;

    private QuoteStage(Dictionaries dictionaries, List<String> languages, SpeakerLinker linker, LanguageStage language,
                       Sieves sieves) {
        this.dictionaries = dictionaries;
        this.languages = List.copyOf(languages);
        this.sieves = sieves;
        this.linker = linker;
        this.language = language;
    }

    /** The stage with the reporting verbs, cues and roles of {@code languages} and the known handles. */
    public static QuoteStage create(Dictionaries dictionaries, List<String> languages, LanguageStage language) {
        QuoteStage stage = new QuoteStage(dictionaries, languages, new SpeakerLinker(dictionaries.table("handles.tsv")),
                language, Sieves.load(dictionaries));
        // every configured language's lists are read now, so that a bad list stops the start-up
        stage.readers(stage.languages);
        return stage;
    }

    /**
     * What reads an article's quotations: the lists of the configured languages its spans and sentences are
     * written in, so that one language's words do not read as another's (the Italian article "il" is the
     * French pronoun, the Portuguese article "a" the English indefinite one); every configured language's
     * when no span's language is known. Only the prose counts: a byline or a line of chrome is too short to
     * tell its language well ("Source: Noovo Info" read as English would make the French "a indiqué" an
     * article and a noun), and no quotation is read there.
     */
    private Readers readersFor(List<Span> spans) {
        Set<String> written = new HashSet<>();
        for (Span span : spans) {
            if (!QuotationFinder.isProse(span)) {
                continue;
            }
            written.add(span.language().language());
            span.sentences().forEach(sentence -> written.add(sentence.language().language()));
        }
        List<String> own = languages.stream().filter(written::contains).toList();
        return readers(own.isEmpty() ? languages : own);
    }

    private Readers readers(List<String> of) {
        return readers.computeIfAbsent(of, these -> {
            ReportingCues cues = ReportingCues.load(dictionaries, these);
            return new Readers(cues, new SpeakerParser(cues), new QuotationFinder(cues::anyIn, cues.dialogueLanguages(), cues.asideLanguages()),
                    Titles.load(dictionaries, these, cues));
        });
    }

    /** The words of some languages and the readers built on them. */
    private record Readers(ReportingCues cues, SpeakerParser parser, QuotationFinder finder, Titles titles) {
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SPANS, Layer.SENTENCES, Layer.LANGUAGES);
    }

    @Override
    public Set<Layer> reads() {
        return Set.of(Layer.POSTS, Layer.SPAN_TYPES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Span> spans = document.spans();
        // a quoted title ("a biography titled “American Lion,”") is the narrator's words, not a quotation
        Readers readers = readersFor(spans);
        TokenView view = readers.cues().view(text);
        List<Quotation> quotations = readers.titles().withoutTitles(view, readers.finder().find(text, spans));
        if (quotations.isEmpty()) {
            return document;
        }
        Set<String> allowed = Set.copyOf(document.article().languages());
        List<Quote> quotes = new ArrayList<>(document.quotes());
        int id = document.nextQuoteId();
        SpeakerLinker.Authors authors = linker.authorsOf(document.quotes());
        Deadline deadline = Deadline.current();
        // the quote written for the quotation before, and that quotation, while the next may join it
        Quote previous = null;
        Quotation previousQuotation = null;
        for (Attributed found : new Attributor(view, readers.cues(), readers.parser(), sieves, spans, quotations, document.quotes()).attribute()) {
            deadline.check();
            if (found.name() || found.term() || readers.titles().newspaper(view, found.quotation())) {
                // "“El Jefe Diego” respondió": the quoted words named the speaker; "el término “…”": a term; "wie der
                // Stadtrat dem « Tages-Anzeiger » sagte": a newspaper
                previous = null;
                continue;
            }
            Quotation quotation = found.quotation();
            if (quotation.joinsPrevious() && previous != null && QuotationFinder.aroundAside(text, previousQuotation, quotation)) {
                // "“Mi ha molto colpito – ha aggiunto – la nota”": one quote over the narrator's aside, as the
                // words before it were attributed
                previous = new Quote(previous.id(), previous.kind(), previous.start(), quotation.end(),
                        text.substring(previous.start(), quotation.end()), previous.language(), null, previous.attribution(), null);
                quotes.set(quotes.size() - 1, previous);
                previousQuotation = quotation;
                continue;
            }
            // (only a few words, a partial quotation, read as a name: the language's capitals are looked up for those alone)
            boolean partial = found.kind() == QuoteKind.PARTIAL;
            boolean nounsCapitalised = partial && readers.cues().capitalisesNouns(spanLanguage(spans, quotation));
            boolean nameLike = partial && readers.titles().nameLike(text, quotation, nounsCapitalised);
            if (!found.cued() && (QuotationFinder.scareMarked(text, quotation) || nameLike)) {
                // quoted words that no cue goes with and that read as a name or a title ("“Cold Heart”"); in
                // single marks, scare quotes, even a sentence ("‘Por favor, ayuda’: el clamor de …" heads a
                // story). Other quoted words without a cue are kept: an article marks a phrase so because
                // someone said it ("agradeceu o que chamou de "abertura""), whoever that is
                previous = null;
                continue;
            }
            if (found.cue() == null && nameLike && Titles.capitalsName(text, quotation, nounsCapitalised)) {
                // "il leader di “Siracusa Protagonista” va in fondo": a name in title case that a sieve gave to the
                // sentence's subject with no verb of saying is the name of a list, a programme or a place, not speech
                previous = null;
                continue;
            }
            // a language without word lists: the quotation is found, but who said it is not read from names alone
            Attribution attribution = readers.cues().knowsReportingWords() ? authors.link(found.attribution()) : null;
            // a statement quoted over several paragraphs is one quote a paragraph (QuotationFinder.byReopenedParagraph),
            // each with its speaker; the paragraphs after the first stand as sentences of their own
            QuoteKind kind = found.kind();
            for (Quotation paragraph : QuotationFinder.byReopenedParagraph(text, quotation)) {
                previous = new Quote(id++, kind, paragraph.start(), paragraph.end(), paragraph.text(text),
                        languageOf(text, paragraph, spans, allowed), null, attribution, null);
                quotes.add(previous);
                kind = QuoteKind.DIRECT;
            }
            previousQuotation = quotation;
        }
        return document.withQuotes(quotes);
    }

    /**
     * The quotation's language from its own words. The language stage has already read every sentence:
     * a sentence that is mostly quoted words brings its evidence as it is (the narrator's "he said" does
     * not sway it), and only the rest of the quoted words are read, once. A word or two ("torture") is
     * often too short to tell; then the quotation takes the language of the sentence it stands in.
     */
    private LanguageGuess languageOf(String text, Quotation quotation, List<Span> spans, Set<String> allowed) {
        LanguageScores scores = LanguageScores.EMPTY;
        StringBuilder unread = new StringBuilder();
        Sentence around = null;
        for (TextRange piece : quotation.pieces()) {
            int at = piece.start();
            for (Sentence sentence : sentencesOver(spans, piece)) {
                around = around == null ? sentence : around;
                int quoted = letters(text, Math.max(piece.start(), sentence.start()), Math.min(piece.end(), sentence.end()));
                if (quoted * 3 >= sentence.language().scores().letters() * 2 && sentence.language().scores().letters() > 0) {
                    unread.append(text, at, Math.max(at, sentence.start())).append(' ');
                    scores = scores.plus(sentence.language().scores());
                    at = Math.max(at, Math.min(piece.end(), sentence.end()));
                }
            }
            if (at < piece.end()) {
                unread.append(text, at, piece.end()).append(' ');
            }
        }
        if (letters(unread, 0, unread.length()) > 0) {
            scores = scores.plus(language.scoresOf(firstLetters(unread, MAX_UNREAD_LETTERS)));
        }
        LanguageGuess own = language.guess(scores, allowed);
        if (own.isKnown() || around == null) {
            return own;
        }
        return around.language().isKnown() ? around.language() : own;
    }

    /** The language of the span the quotation opens in, or null. */
    private static String spanLanguage(List<Span> spans, Quotation quotation) {
        Span span = spanAt(spans, quotation.open());
        return span == null ? null : span.language().language();
    }

    /** The span that holds {@code position}, found by binary search, or null between spans. */
    private static Span spanAt(List<Span> spans, int position) {
        int s = TextOrder.firstEndingAfter(spans, position, Span::end);
        return s < spans.size() && spans.get(s).start() <= position ? spans.get(s) : null;
    }

    /** The sentences of the piece's span that it overlaps, found by binary search: a quotation looks only near itself. */
    private static List<Sentence> sentencesOver(List<Span> spans, TextRange piece) {
        Span span = spanAt(spans, piece.start());
        if (span == null) {
            return List.of();
        }
        List<Sentence> sentences = span.sentences();
        List<Sentence> over = new ArrayList<>();
        for (int k = TextOrder.firstEndingAfter(sentences, piece.start(), Sentence::end);
             k < sentences.size() && sentences.get(k).start() < piece.end(); k++) {
            over.add(sentences.get(k));
        }
        return over;
    }

    /**
     * The text up to its {@code max}-th letter, at a word's end: the first five hundred letters of a quotation
     * tell its language as well as the rest would, and a quotation left open over a whole page is not read
     * to its end.
     */
    private static String firstLetters(CharSequence text, int max) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && ++letters > max && !Character.isLetter(text.charAt(i - 1))) {
                return text.subSequence(0, i).toString();
            }
        }
        return text.toString();
    }

    private static int letters(CharSequence text, int from, int to) {
        int letters = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
