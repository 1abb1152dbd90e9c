package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.Annotators;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.language.LanguageIdentifier;
import newsroom.annotator.language.LanguageStage;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.segment.Segmenter;
import newsroom.annotator.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes stage on documents as the stages before it leave them, with or without posts. */
class QuoteStageTest {

    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final Dictionaries DICTIONARIES = Dictionaries.load(Optional.empty());
    private static final Segmenter SEGMENTER = new Segmenter(SentenceSplitter.forLanguages(DICTIONARIES, LANGUAGES));
    private static final LanguageStage LANGUAGE = new LanguageStage(LanguageIdentifier.forCodes(LANGUAGES));
    private static final QuoteStage QUOTES = QuoteStage.create(DICTIONARIES, LANGUAGES, LANGUAGE);

    /** breitbart.com, "Mexican President Offers Political Asylum to Julian Assange", with its embedded tweet. */
    private static final String SPOKESMAN = "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked "
            + "for an end to Assange’s “torture” and for his release.";
    private static final String TWEET = "El trabajo de Julian Assange ha mostrado a los pueblos del mundo cómo funciona el "
            + "sistema mundial y su naturaleza a partir de la información y cables que ha revelado";
    private static final String TWEET_END = "WikiLeaks. El presidente @lopezobrador_ demanda que ya no sea torturado y sea "
            + "liberado. México le ofrecerá asilo pic.twitter.com/eVAZgiDbDh — Jesús Ramírez Cuevas (@JesusRCuevas) January 4, 2021";

    private static Document segmented(String text) {
        return LANGUAGE.apply(SEGMENTER.apply(Document.of(Article.of(text))));
    }

    /** What the posts stage leaves: the tweet's paragraphs typed as posts of one POST quote by its author. */
    private static Document withTweet(Document document, String author, String handle) {
        String text = document.text();
        int start = text.indexOf(TWEET);
        int nameAt = text.indexOf(author);
        Quote post = new Quote(document.nextQuoteId(), QuoteKind.POST, start, text.length(), TWEET, LANGUAGE.languageOf(TWEET, Set.of()),
                "twitter", new Attribution(author, handle, LocalDate.of(2021, 1, 4), "January 4, 2021", null, null,
                new TextRange(nameAt, nameAt + author.length()), null), null);
        List<Span> spans = new ArrayList<>();
        for (Span span : document.spans()) {
            spans.add(span.start() >= start ? span.asPostOf(post.id()) : span);
        }
        List<Quote> quotes = new ArrayList<>(document.quotes());
        quotes.add(post);
        return document.withSpans(spans).withQuotes(quotes);
    }

    private static List<Quote> inProse(Document document) {
        return document.quotes().stream().filter(q -> q.kind() != QuoteKind.POST).toList();
    }

    @Test
    void speakerWhoPostedInTheArticleGetsThePostsHandle() {
        Document document = withTweet(segmented(SPOKESMAN + "\n\n" + TWEET + "\n\n" + TWEET_END), "Jesús Ramírez Cuevas", "JesusRCuevas");
        Document done = QUOTES.apply(document);
        List<Quote> quotes = inProse(done);
        assertEquals(1, quotes.size());
        assertEquals("torture", quotes.get(0).text());
        assertEquals("Jesus Ramirez Cuevas", quotes.get(0).attribution().name());
        assertEquals("JesusRCuevas", quotes.get(0).attribution().handle());
        // the post itself is left as the posts stage made it
        assertEquals(1, done.quotes().stream().filter(q -> q.kind() == QuoteKind.POST).count());
    }

    @Test
    void withoutPostsTheSpeakerHasNoHandle() {
        List<Quote> quotes = inProse(QUOTES.apply(segmented(SPOKESMAN + "\n\n" + TWEET + "\n\n" + TWEET_END)));
        assertEquals("Jesus Ramirez Cuevas", quotes.get(0).attribution().name());
        assertNull(quotes.get(0).attribution().handle());
    }

    @Test
    void postParagraphsAreNotProse() {
        // elsoberano.mx/2021/01/04/amlo-pide-libertad-para-assange-y-le-ofrece-asilo-politico-en-mexico/
        String words = "“Creo que es un triunfo de la justicia. Celebro que en Inglaterra se actúe de esa forma. Porque "
                + "Assange es un periodista y merece una oportunidad. Estoy a favor de que se le indulte”, manifestó el "
                + "mandatario mexicano.";
        Document prose = segmented(words);
        assertEquals(1, inProse(QUOTES.apply(prose)).size());
        List<Span> asPost = prose.spans().stream().map(s -> s.asPostOf(0)).toList();
        assertTrue(inProse(QUOTES.apply(prose.withSpans(asPost))).isEmpty());
    }

    @Test
    void aBylineReadAsAnotherLanguageLendsThePageNoWords() {
        // ayoye.com, Christian Dubé asks Quebecers to avoid the emergency rooms: the source line at the foot, read as
        // English, must not make the French "a indiqué" an English article before a noun
        Annotator sixLanguages = Annotators.allLanguages();
        String text = "Par la suite, celui qui est également député de La Prairie a formulé sa demande spéciale aux Québécois, "
                + "à savoir éviter les urgences.\n\n« Je veux être prudent comment je le dis, mais je veux que les Québécois "
                + "comprennent et c'est pour ça qu'on leur demande d'éviter l'urgence », a indiqué Christian Dubé.\n\n"
                + "Inscrivez-vous à notre infolettre\n\nSource: Noovo Info\nAyoye";
        List<Quote> quotes = sixLanguages.annotate(sixLanguages.plainText().read("ayoye", text)).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.POST).toList();
        assertEquals(1, quotes.size());
        assertEquals("Je veux être prudent comment je le dis, mais je veux que les Québécois comprennent et c'est pour ça "
                + "qu'on leur demande d'éviter l'urgence", text.substring(quotes.get(0).start(), quotes.get(0).end()));
        assertEquals("Christian Dubé", quotes.get(0).attribution().name());
        assertEquals("a indiqué", quotes.get(0).attribution().cue());
    }

    @Test
    void aQuotationTooShortToTellTakesTheLanguageOfItsSentence() {
        assertNull(LANGUAGE.languageOf("torture", Set.of()).language(), "one word alone is too short to tell");
        Quote torture = inProse(QUOTES.apply(segmented(SPOKESMAN))).get(0);
        assertEquals("en", torture.language().language());
    }

    @Test
    void aQuotationInAnotherLanguageKeepsItsOwn() {
        // eluniversal.com.mx/nacion/por-meme-que-vio-en-el-face-amlo-se-mofa-de-pronunciacion-de-xochitl-galvez-y-sugiere-debate-en-ingles
        String text = "Después de que la aspirante presidencial de PAN, PRI y PRD, Xóchitl Gálvez, fuera criticada por su "
                + "pronunciación en inglés en su visita a The Wilson Center en Washington, el presidente Andrés Manuel López "
                + "Obrador también se refirió al discurso \"You have to walk the talk\".";
        Quote quote = inProse(QUOTES.apply(segmented(text))).get(0);
        assertEquals("en", quote.language().language());
        assertEquals("Andrés Manuel López Obrador", quote.attribution().name());
    }

    @Test
    void userDictionariesReplaceThePackagedLists(@TempDir Path folder) throws IOException {
        // cubasi.com (Reuters): "retorted" is one of the packaged English reporting verbs
        String text = "“Mr. President: If you say Mexico is going to pay for the wall (which I don’t believe), then I guess "
                + "we don’t have to! Let’s fund the government,” Schumer retorted in his own Twitter post.";
        assertEquals("Schumer", Annotators.annotate(text).quotes().get(0).attribution().name());

        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("en/reporting-verbs.txt"), "# only these\nsaid\nsays\n");
        Annotator annotator = Annotator.create(new AnnotatorSettings(LANGUAGES, Optional.of(folder)));
        Quote quote = annotator.annotate(annotator.plainText().read("schumer", text)).quotes().get(0);
        assertNull(quote.attribution());
    }

    @Test
    void aPlatformCarriesWordsButNeverSpeaksThem() {
        // https://mundohispanico.com/trump-coronavirus-celebra-numeros/: the platform after "el mandatario" is
        // where he wrote, not who
        String text = "“Los números de coronavirus se ven mucho mejor, disminuyendo en casi todas partes. ¡Se están "
                + "haciendo grandes progresos!” indicó el mandatario a través de su cuenta oficial de Twitter.";
        Quote quote = Annotators.annotate(text).quotes().get(0);
        assertTrue(quote.attribution() == null || quote.attribution().name() == null
                || !quote.attribution().name().equalsIgnoreCase("Twitter"), "speaker: " + quote.attribution());
    }

    @Test
    void aNamedSpeakerBeforeTheQuotationBeatsAVerbAfterItWhoseSubjectNamesNobody() {
        // http://www.nydailynews.com/new-york/blaz-thinks-deputy-mayor-insult-city-council-not-smart-article-1.3803613
        String text = "A day after it emerged that Deputy Mayor Alicia Glen deemed the City Council “not that smart,” "
                + "Mayor de Blasio called her remarks a “mistake.”";
        Quote quote = Annotators.annotate(text).quotes().get(0);
        assertEquals("not that smart,", quote.text());
        assertEquals("Alicia Glen", quote.attribution().name());
        assertEquals("deemed", quote.attribution().cue());
    }

    /**
     * Quoted words with no cue are kept as a partial quotation unless they read as a name or a title: warm1069.com
     * ("The “Cold Heart” singer announced …", a song) and noticiastrujillo.pe ("la ubicación de imagen de
     * «Tiburón» en la plaza", a statue's name: one capitalised word) drop theirs; haz.de's headline keeps
     * „Riesenchance“, as German capitalises every noun.
     */
    @Test
    void quotedWordsWithoutACueAreKeptUnlessTheyReadAsANameOrATitle() {
        Annotator annotator = Annotators.shared();
        List<Quote> song = annotator.annotate(annotator.plainText().read("warm", "The “Cold Heart” singer announced in September he "
                + "had to postpone some of his 2021 Europe and U.K. tour stops to undergo hip surgery after a fall in the summer that "
                + "caused him “considerable pain and discomfort.”")).quotes();
        assertEquals(List.of("considerable pain and discomfort."), song.stream().map(Quote::text).toList());
        List<Quote> statue = annotator.annotate(annotator.plainText().read("trujillo", "Durante su visita a Trujillo, Patricia Chirinos, "
                + "hizo hincapié sobre la ubicación de imagen de «Tiburón» en la plaza de Armas por parte de Arturo Fernández.")).quotes();
        assertTrue(statue.isEmpty(), statue.toString());
        Annotator german = Annotators.allLanguages();
        List<Quote> noun = german.annotate(german.plainText().read("haz", "Es geht nur um acht Minuten. Doch es geht auch "
                + "darum, ob der Heidekreis eine neue, hochmoderne Klinik bekommt.\n\nEntgeht dem ganzen Heidekreis eine „Riesenchance“?")).quotes();
        assertEquals(List.of("Riesenchance"), noun.stream().map(Quote::text).toList());
    }
}
