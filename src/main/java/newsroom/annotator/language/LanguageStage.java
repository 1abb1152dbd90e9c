package newsroom.annotator.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageScores;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Layer;
import newsroom.annotator.pipeline.Stage;

/**
 * Gives every sentence its language from its own words, and every span the sum of its sentences'
 * evidence: the detector reads each piece of text once.
 */
public final class LanguageStage implements Stage {

    private final LanguageIdentifier identifier;
    private final EntityMasker masker = new EntityMasker();

    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SPANS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LANGUAGES);
    }

    @Override
    public Document apply(Document document) {
        Set<String> allowed = Set.copyOf(document.article().languages());
        String text = document.text();
        List<Span> spans = new ArrayList<>(document.spans().size());
        Deadline deadline = Deadline.current();
        for (Span span : document.spans()) {
            deadline.check();
            // mask the paragraph once; its sentences are read from the masked copy
            CharSequence masked = masker.mask(text.substring(span.start(), span.end()));
            boolean longParagraph = LanguageIdentifier.isLong(masked);
            LanguageScores total = LanguageScores.EMPTY;
            List<Sentence> sentences = new ArrayList<>(span.sentences().size());
            for (Sentence sentence : span.sentences()) {
                deadline.check();
                CharSequence words = masked.subSequence(sentence.start() - span.start(), sentence.end() - span.start());
                LanguageScores scores = identifier.score(words, longParagraph);
                sentences.add(new Sentence(sentence.start(), sentence.end(), identifier.guess(scores, allowed)));
                total = total.plus(scores);
            }
            spans.add(span.withLanguage(identifier.guess(total, allowed), sentences));
        }
        return document.withSpans(spans);
    }

    /** The language of any stretch of text, read on its own; for posts and quotes. */
    public LanguageGuess languageOf(String text, Set<String> allowed) {
        return identifier.guess(identifier.score(masker.mask(text)), allowed);
    }

    /** The evidence of a stretch of text not read yet, to add to evidence already at hand. */
    public LanguageScores scoresOf(String text) {
        return identifier.score(masker.mask(text));
    }

    /** The language that evidence points to, among {@code allowed} (all, when empty). */
    public LanguageGuess guess(LanguageScores scores, Set<String> allowed) {
        return identifier.guess(scores, allowed);
    }
}
