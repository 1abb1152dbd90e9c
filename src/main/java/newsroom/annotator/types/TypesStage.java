package newsroom.annotator.types;

import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Stage;

/**
 * Gives every span that is not a post its type: title, caption, byline, boilerplate or the article's own
 * paragraph. Markup's hints decide where the page gave them; elsewhere the span's phrases and its place
 * do: the title comes first, captions and teasers right after it, author bios and site chrome last.
 * A biography's words ("Follow him on Twitter") in the middle of the prose need a biography's opening
 * too, so prose that mentions Twitter stays prose. Spans of type POST, and spans of an embed, are left
 * as they are. Immutable and thread-safe.
 */
public final class TypesStage implements Stage {

    private final TypeCues cues;

    public TypesStage(Dictionaries dictionaries, List<String> languages) {
        this.cues = new TypeCues(dictionaries, languages);
    }

    @Override
    public String name() {
        return "types";
    }

    @Override
    public Document apply(Document document) {
        List<Span> spans = document.spans();
        Article article = document.article();
        String givenTitle = article.title() == null ? null
                : PhraseList.withoutEndPunctuation(TextKey.of(article.title()));
        SpanCues[] read = new SpanCues[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Hint.Kind hint = hintOf(span, article.hints());
            if (span.type() != SpanType.POST && hint != Hint.Kind.EMBED) {
                read[i] = cues.read(document.text(), span, hint, givenTitle);
            }
        }
        boolean[] closing = closingRun(read);
        List<Span> typed = new ArrayList<>(spans.size());
        boolean titled = false;
        boolean lead = true; // no prose paragraph yet: where titles, teasers and captions stand
        boolean first = true; // nothing but site chrome and author lines yet: where the headline stands
        for (int i = 0; i < spans.size(); i++) {
            SpanCues span = read[i];
            if (span == null) {
                typed.add(spans.get(i));
                lead = false;
                first = false;
                continue;
            }
            SpanType type = typeOf(span, closing[i], first, titled, lead, spans.size() > 1);
            titled |= type == SpanType.TITLE;
            lead &= type != SpanType.PARAGRAPH;
            first &= type == SpanType.BOILERPLATE || type == SpanType.BYLINE;
            typed.add(spans.get(i).withType(type));
        }
        return document.withSpans(typed);
    }

    private static SpanType typeOf(SpanCues span, boolean closing, boolean first, boolean titled, boolean lead,
                                   boolean more) {
        if (span.hint() != null) {
            return switch (span.hint()) {
                case TITLE -> SpanType.TITLE;
                case CAPTION -> SpanType.CAPTION;
                case BYLINE -> SpanType.BYLINE;
                default -> SpanType.BOILERPLATE;
            };
        }
        if (span.boilerplate()) {
            return SpanType.BOILERPLATE;
        }
        if (span.authorLine() || (span.bioOpening() && span.contact())
                || ((span.bioOpening() || span.contact()) && closing)) {
            return SpanType.BYLINE;
        }
        if (!titled && (span.givenTitle() || (first && more && span.headline()))) {
            return SpanType.TITLE;
        }
        if (span.credit()) {
            return SpanType.CAPTION;
        }
        if (lead && (span.datedDash() || span.truncated() || (titled && span.unpunctuated()))) {
            return SpanType.CAPTION;
        }
        return SpanType.PARAGRAPH;
    }

    /** The spans of the article's closing run: from the end back to the last span that is no end matter. */
    private static boolean[] closingRun(SpanCues[] read) {
        boolean[] closing = new boolean[read.length];
        for (int i = read.length - 1; i >= 0; i--) {
            if (read[i] == null) {
                continue;
            }
            if (!read[i].endMatter()) {
                break;
            }
            closing[i] = true;
        }
        return closing;
    }

    /** The kind of the smallest hint that covers most of the span, or null. */
    private static Hint.Kind hintOf(Span span, List<Hint> hints) {
        Hint best = null;
        for (Hint hint : hints) {
            int overlap = Math.min(span.end(), hint.end()) - Math.max(span.start(), hint.start());
            if (overlap > 0 && overlap * 2 >= span.length()
                    && (best == null || hint.end() - hint.start() < best.end() - best.start())) {
                best = hint;
            }
        }
        return best == null ? null : best.kind();
    }
}
