package newsroom.annotator.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Layer;
import newsroom.annotator.pipeline.Stage;

/**
 * Cuts the article into paragraphs at line breaks, lines a page hard-wrapped joined into one ({@link WrappedLines}),
 * and each paragraph into sentences. Every span starts as a {@code paragraph}; later stages retype posts, titles,
 * captions and the rest.
 */
public final class Segmenter implements Stage {

    private final SentenceSplitter sentences;

    public Segmenter(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SPANS, Layer.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Span> spans = new ArrayList<>();
        Deadline deadline = Deadline.current();
        for (TextRange paragraph : WrappedLines.join(text, paragraphs(text, document.article().bodyStart()))) {
            deadline.check();
            List<Sentence> inside = sentences.split(text, paragraph.start(), paragraph.end()).stream()
                    .map(s -> new Sentence(s.start(), s.end(), LanguageGuess.UNKNOWN))
                    .toList();
            spans.add(new Span(spans.size(), SpanType.PARAGRAPH, paragraph.start(), paragraph.end(),
                    LanguageGuess.UNKNOWN, inside, null));
        }
        return document.withSpans(spans);
    }

    /** The non-blank lines of text from {@code from} on, trimmed. */
    public static List<TextRange> paragraphs(String text, int from) {
        List<TextRange> paragraphs = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                TextRange line = Trim.range(text, lineStart, i);
                if (line != null) {
                    paragraphs.add(line);
                }
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f';
    }
}
