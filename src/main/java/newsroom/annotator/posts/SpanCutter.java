package newsroom.annotator.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageScores;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.segment.Trim;

/**
 * Gives posts their spans: a paragraph inside a post becomes a {@code post} span with the post's quote
 * id and language; a paragraph that a post's edge cuts (a signature with the article's prose after it
 * on the same line) is split there, so that the post's spans cover the post exactly. Sentences keep
 * their scores, and only a sentence the cut divides is read again. Thread-safe.
 */
final class SpanCutter {

    private final StretchLanguage language;

    SpanCutter(StretchLanguage language) {
        this.language = language;
    }

    /** The spans with every post's paragraphs retyped and cut at the posts' edges; {@code posts} in text order. */
    List<Span> cut(String text, List<Span> spans, List<Quote> posts, Set<String> allowed) {
        List<Span> result = new ArrayList<>(spans.size() + posts.size());
        for (Span span : spans) {
            List<Quote> touching = touching(posts, span);
            if (touching.isEmpty()) {
                result.add(span);
                continue;
            }
            TreeSet<Integer> cuts = new TreeSet<>(List.of(span.start(), span.end()));
            for (Quote post : touching) {
                if (post.start() > span.start()) {
                    cuts.add(post.start());
                }
                if (post.end() < span.end()) {
                    cuts.add(post.end());
                }
            }
            Integer from = null;
            for (int to : cuts) {
                if (from != null) {
                    piece(text, span, from, to, touching, allowed, result);
                }
                from = to;
            }
        }
        return result;
    }

    /**
     * The posts that overlap the span. Posts are in text order and do not overlap, so their ends are in
     * order too: a binary search finds the first that ends after the span starts, and the rest follow it.
     */
    private static List<Quote> touching(List<Quote> posts, Span span) {
        int low = 0;
        int high = posts.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (posts.get(middle).end() <= span.start()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<Quote> touching = new ArrayList<>(2);
        for (int i = low; i < posts.size() && posts.get(i).start() < span.end(); i++) {
            touching.add(posts.get(i));
        }
        return touching;
    }

    private void piece(String text, Span span, int from, int to, List<Quote> posts, Set<String> allowed, List<Span> out) {
        TextRange piece = Trim.range(text, from, to);
        if (piece == null) {
            return;
        }
        Quote post = posts.stream().filter(q -> q.start() <= piece.start() && piece.end() <= q.end()).findFirst().orElse(null);
        boolean whole = piece.start() == span.start() && piece.end() == span.end();
        List<Sentence> sentences = whole ? span.sentences() : sentences(text, span, piece, allowed);
        if (post != null) {
            out.add(new Span(span.id(), SpanType.POST, piece.start(), piece.end(), post.language(), sentences, post.id()));
        } else if (whole) {
            out.add(span);
        } else {
            LanguageScores total = LanguageScores.EMPTY;
            for (Sentence sentence : sentences) {
                total = total.plus(sentence.language().scores());
            }
            out.add(new Span(span.id(), span.type(), piece.start(), piece.end(), language.guess(total, allowed),
                    sentences, span.quote()));
        }
    }

    /** The sentences of {@code span} inside {@code piece}; one the piece's edge cuts is read again. */
    private List<Sentence> sentences(String text, Span span, TextRange piece, Set<String> allowed) {
        List<Sentence> inside = new ArrayList<>();
        for (Sentence sentence : span.sentences()) {
            if (sentence.start() >= piece.start() && sentence.end() <= piece.end()) {
                inside.add(sentence);
            } else if (sentence.start() < piece.end() && piece.start() < sentence.end()) {
                TextRange part = Trim.range(text, Math.max(piece.start(), sentence.start()), Math.min(piece.end(), sentence.end()));
                if (part != null) {
                    LanguageGuess guess = language.guess(language.score(text, part.start(), part.end()), allowed);
                    inside.add(new Sentence(part.start(), part.end(), guess));
                }
            }
        }
        return inside;
    }
}
