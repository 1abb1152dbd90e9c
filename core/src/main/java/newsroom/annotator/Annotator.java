package newsroom.annotator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.input.HtmlReader;
import newsroom.annotator.input.PlainTextReader;
import newsroom.annotator.input.RequestReader;
import newsroom.annotator.language.LanguageIdentifier;
import newsroom.annotator.language.LanguageStage;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.DeadlineExceededException;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Pipeline;
import newsroom.annotator.pipeline.Stage;
import newsroom.annotator.pipeline.StageTimer;
import newsroom.annotator.posts.PostsStage;
import newsroom.annotator.quotes.QuoteStage;
import newsroom.annotator.segment.Segmenter;
import newsroom.annotator.segment.SentenceSplitter;
import newsroom.annotator.types.TypesStage;

/**
 * Annotates articles: one method from an article to its annotation. Built once (the language models and
 * dictionaries load here), then immutable and safe to share between threads. The REST resource and the
 * batch tool are thin callers of this class.
 */
public final class Annotator {

    /** A folder named by an ISO 639-1 code: the lists of one language. */
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2}");

    private final Pipeline pipeline;
    private final LanguageIdentifier languages;
    private final Dictionaries dictionaries;
    private final Assembler assembler = new Assembler();
    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlReader html;
    private final RequestReader requests;

    private Annotator(Pipeline pipeline, LanguageIdentifier languages, Dictionaries dictionaries, HtmlReader html) {
        this.pipeline = pipeline;
        this.languages = languages;
        this.dictionaries = dictionaries;
        this.html = html;
        this.requests = new RequestReader(html, languages::knows);
    }

    public static Annotator create(AnnotatorSettings settings) {
        if (settings.skipped().contains("segment") || settings.skipped().contains("language")) {
            throw new IllegalArgumentException("the segment and language stages cannot be skipped: every other stage reads them");
        }
        Dictionaries dictionaries = Dictionaries.load(settings.dictionaries());
        LanguageIdentifier identifier = LanguageIdentifier.forCodes(settings.languages());
        List<String> codes = identifier.codes();
        List<Stage> stages = new ArrayList<>();
        stages.add(new Segmenter(SentenceSplitter.forLanguages(dictionaries, codes)));
        LanguageStage language = new LanguageStage(identifier);
        stages.add(language);
        DateParser dates = DateParser.forLanguages(codes, dictionaries);
        stages.add(PostsStage.create(dictionaries, codes, dates, identifier));
        stages.add(new TypesStage(dictionaries, codes, dates));
        stages.add(QuoteStage.create(dictionaries, codes, language));
        return new Annotator(new Pipeline(stages).without(settings.skipped().toArray(String[]::new)), identifier,
                dictionaries, new HtmlReader(dictionaries, settings.textLimit()));
    }

    public Annotation annotate(Article article) {
        return annotate(article, StageTimer.NONE);
    }

    /** Annotates, telling {@code timer} how long each stage took. */
    public Annotation annotate(Article article, StageTimer timer) {
        Document done = pipeline.run(Document.of(article), timer);
        long started = System.nanoTime();
        Annotation annotation = assembler.assemble(done);
        timer.record("assemble", System.nanoTime() - started);
        return annotation;
    }

    /**
     * Annotates within {@code deadline}: every stage checks it, so that the work stops soon after its budget
     * is spent or its caller cancelled it.
     *
     * @throws DeadlineExceededException when it stopped so
     */
    public Annotation annotate(Article article, Deadline deadline) {
        try (Deadline.Scope bound = deadline.bind()) {
            return annotate(article, StageTimer.NONE);
        }
    }

    /** The packaged sample article that warm-ups annotate: a real bilingual one, with posts and quotations. */
    public static String warmUpArticle() {
        try (InputStream in = Annotator.class.getClassLoader().getResourceAsStream("warm-up/article.txt")) {
            if (in == null) {
                throw new IllegalStateException("warm-up/article.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of the user's dictionaries folder that no stage read: a language not configured, or a misspelling. */
    public List<String> unreadDictionaries() {
        return dictionaries.unread();
    }

    /**
     * The unread files that are no configured language's and no other language's folder either: misspelled,
     * most likely (callers warn). A copy of the packaged folder holds fr/, de/… whose lists are read only
     * when their language is configured; those are not warned about.
     */
    public List<String> misspelledDictionaries() {
        List<String> configured = languages.codes();
        return unreadDictionaries().stream().filter(file -> {
            int slash = file.indexOf('/');
            String folder = slash < 0 ? "" : file.substring(0, slash);
            return !LANGUAGE_FOLDER.matcher(folder).matches() || configured.contains(folder);
        }).toList();
    }

    /** The stages in the order they run. */
    public List<String> stages() {
        return pipeline.names();
    }

    /** The ISO 639-1 codes the annotator tells apart. */
    public List<String> languages() {
        return languages.codes();
    }

    public PlainTextReader plainText() {
        return plainText;
    }

    public HtmlReader html() {
        return html;
    }

    public RequestReader requests() {
        return requests;
    }
}
