package newsroom.annotator.posts;

import java.util.List;
import java.util.Set;
import newsroom.annotator.language.EntityMasker;
import newsroom.annotator.language.LanguageIdentifier;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageScores;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextOrder;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.segment.Trim;

/**
 * The language evidence of any stretch of the article, from the sentence scores the language stage
 * already computed: a sentence wholly inside the stretch gives its scores as they are, and only the part
 * of a sentence that the stretch cuts (a post's last words before its signature) is read again, with
 * handles, hashtags and links masked. Thread-safe.
 */
final class StretchLanguage {

    private final LanguageIdentifier identifier;
    private final EntityMasker masker;

    StretchLanguage(LanguageIdentifier identifier, EntityMasker masker) {
        this.identifier = identifier;
        this.masker = masker;
    }

    /** The evidence of text[from, to), gathered from the spans' sentences; {@code spans} in text order. */
    LanguageScores scores(String text, List<Span> spans, int from, int to) {
        LanguageScores total = LanguageScores.EMPTY;
        for (int i = TextOrder.firstEndingAfter(spans, from, Span::end); i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.start() >= to) {
                break;
            }
            for (Sentence sentence : span.sentences()) {
                if (sentence.start() >= from && sentence.end() <= to) {
                    total = total.plus(sentence.language().scores());
                } else if (sentence.start() < to && from < sentence.end()) {
                    total = total.plus(score(text, Math.max(from, sentence.start()), Math.min(to, sentence.end())));
                }
            }
        }
        return total;
    }

    /** The evidence of text[from, to) read afresh: for pieces no sentence score covers. */
    LanguageScores score(String text, int from, int to) {
        TextRange piece = Trim.range(text, from, to);
        return piece == null ? LanguageScores.EMPTY
                : identifier.score(masker.mask(text.substring(piece.start(), piece.end())));
    }

    LanguageGuess guess(LanguageScores scores, Set<String> allowed) {
        return identifier.guess(scores, allowed);
    }
}
