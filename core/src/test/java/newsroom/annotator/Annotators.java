package newsroom.annotator;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.model.Annotation;

/** One annotator for all plain unit tests: building one loads the language models, which takes a second. */
public final class Annotators {

    private static final Annotator SHARED = Annotator.create(AnnotatorSettings.defaults());

    private Annotators() {
    }

    /** Built on first use: the six languages with word lists take longer to load than English and Spanish. */
    private static final class AllLanguages {
        static final Annotator ANNOTATOR = Annotator.create(new AnnotatorSettings(
                List.of("en", "es", "fr", "de", "pt", "it"), Optional.empty()));
    }

    /** English, Spanish, French, German, Portuguese and Italian, packaged dictionaries. */
    public static Annotator allLanguages() {
        return AllLanguages.ANNOTATOR;
    }

    /** English and Spanish, packaged dictionaries. */
    public static Annotator shared() {
        return SHARED;
    }

    /** The annotation of a plain-text article read in the six languages with word lists. */
    public static Annotation annotateInAllLanguages(String id, String text) {
        Annotator annotator = allLanguages();
        return annotator.annotate(annotator.plainText().read(id, text));
    }

    /** The annotation of a plain-text article. */
    public static Annotation annotate(String text) {
        return SHARED.annotate(SHARED.plainText().read("test", text));
    }
}
