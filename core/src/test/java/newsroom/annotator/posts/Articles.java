package newsroom.annotator.posts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;

/** The test articles of {@code src/test/resources/articles/} (sources in its README) and helpers to read their posts. */
final class Articles {

    private Articles() {
    }

    static String text(String file) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Annotation annotate(String file) {
        return Annotators.annotate(text(file));
    }

    static List<Quote> posts(Annotation annotation) {
        return annotation.quotes().stream().filter(q -> q.kind() == QuoteKind.POST).toList();
    }

    /** What the post covers in the article: its words and its signature. */
    static String covered(Annotation annotation, Quote post) {
        return annotation.text().substring(post.start(), post.end());
    }

    /** The spans that hold {@code post}. */
    static List<Span> spansOf(Annotation annotation, Quote post) {
        return annotation.spans().stream().filter(s -> Integer.valueOf(post.id()).equals(s.quote())).toList();
    }

    /** The span whose text starts with {@code opening}. */
    static Span spanStarting(Annotation annotation, String opening) {
        return annotation.spans().stream()
                .filter(s -> annotation.text().startsWith(opening, s.start()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span starts with: " + opening));
    }
}
