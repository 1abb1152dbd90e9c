package newsroom.annotator.posts;

import newsroom.annotator.dictionaries.PhraseList;
import newsroom.annotator.dictionaries.TextKey;

/**
 * The prompts a site puts between an article's paragraphs ("TE PUEDE INTERESAR: …", "Read more: …"), as the
 * boilerplate lists give them (the types stage reads the same lists). Such a line is the page's, never a
 * post's words, though it often runs on without a final stop right above an embed. Case, accents and
 * leading bullets do not matter. Immutable and thread-safe.
 */
final class SitePrompts {

    /** A paragraph this long is prose, whatever it starts with (as the boilerplate lists say). */
    private static final int MAX_WORDS = 40;

    private final PhraseList boilerplate;

    SitePrompts(PhraseList boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** Whether the paragraph is one of the site's prompts. */
    boolean isPrompt(String paragraph) {
        String key = TextKey.withoutLeadingSymbols(TextKey.of(paragraph));
        return !key.isEmpty() && key.split(" ").length < MAX_WORDS && boilerplate.match(key) != null;
    }
}
