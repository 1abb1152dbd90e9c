package newsroom.annotator;

import newsroom.annotator.model.Annotation;

/** One annotator for all plain unit tests: building one loads the language models, which takes a second. */
public final class Annotators {

    private static final Annotator SHARED = Annotator.create(AnnotatorSettings.defaults());

    private Annotators() {
    }

    /** English and Spanish, packaged dictionaries. */
    public static Annotator shared() {
        return SHARED;
    }

    /** The annotation of a plain-text article. */
    public static Annotation annotate(String text) {
        return SHARED.annotate(SHARED.plainText().read("test", text));
    }
}
