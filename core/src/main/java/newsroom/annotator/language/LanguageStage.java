package newsroom.annotator.language;

import java.util.ArrayList;
import java.util.HashSet;
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
 * evidence: the detector reads each piece of text once. A line too short to name a language among all
 * the configured ones is decided among the languages of the page's long spans.
 */
public final class LanguageStage implements Stage {

    /** A span with this many letters tells one of the page's languages. */
    private static final int PAGE_EVIDENCE_LETTERS = 200;
    /** Configured with this many languages or more, a short line's evidence is spread over them. */
    private static final int MANY_LANGUAGES = 3;
    /**
     * How many times the share every language would hold if nothing leaned makes a short line lean clearly to one: among
     * six languages names of places and clubs held a third of the evidence at most on the dev pages (2 times), words of
     * the page's chrome and crossheads up to all of it.
     */
    private static final double PAGE_LEAN = 2.4;
    /** The most the letters of a place's or a club's name leaned to one language among six on the dev pages (see above). */
    private static final double NAME_LEAN = 2.0;

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
        List<Span> read = document.spans();
        List<LanguageScores> spanScores = new ArrayList<>(read.size());
        List<List<LanguageScores>> sentenceScores = new ArrayList<>(read.size());
        Deadline deadline = Deadline.current();
        for (Span span : read) {
            deadline.check();
            // mask the paragraph once; its sentences are read from the masked copy
            CharSequence masked = masker.mask(text.substring(span.start(), span.end()));
            boolean longParagraph = LanguageIdentifier.isLong(masked);
            LanguageScores total = LanguageScores.EMPTY;
            List<LanguageScores> sentences = new ArrayList<>(span.sentences().size());
            for (Sentence sentence : span.sentences()) {
                deadline.check();
                CharSequence words = masked.subSequence(sentence.start() - span.start(), sentence.end() - span.start());
                LanguageScores scores = identifier.score(words, longParagraph);
                sentences.add(scores);
                total = total.plus(scores);
            }
            spanScores.add(total);
            sentenceScores.add(sentences);
        }
        boolean few = fewCandidates(allowed);
        Set<String> page = few ? Set.of() : pageLanguages(spanScores, allowed);
        NameLine names = new NameLine(text);
        List<Span> spans = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Span span = read.get(i);
            String line = text.substring(span.start(), span.end());
            // a line of names only ("Ascoli Calcio", "Chesterfield MP Toby Perkins") names no language by itself: among many
            // languages it is not the page's either, and between two, where any letters lean one way with a confidence
            // the choice of two inflates, it is in none
            boolean namesOnly = (few || !page.isEmpty()) && !leansToThePage(spanScores.get(i), allowed, page)
                    && names.namesOnly(line);
            boolean none = namesOnly && few;
            Set<String> pageForLine = namesOnly ? Set.of() : page;
            // "Recherche", "Retour" over a French page's prose that writes them in lower case: words of the page's language
            // ("Jusqu'à 10 ans de prison", "Le ton monte à Val-David": a phrase around a name or a figure is the page's, unless
            // the letters lean clearly to another language, as "Close this search box." does on an Italian page)
            boolean pagesWords = pageForLine.size() == 1 && (names.wordsOfThePage(line)
                    || (NameLine.phrase(line) && !leansElsewhere(spanScores.get(i), allowed, pageForLine)));
            List<Sentence> sentences = new ArrayList<>(span.sentences().size());
            for (int j = 0; j < span.sentences().size(); j++) {
                Sentence sentence = span.sentences().get(j);
                sentences.add(new Sentence(sentence.start(), sentence.end(),
                        none ? LanguageGuess.UNKNOWN : guess(sentenceScores.get(i).get(j), allowed, pageForLine, pagesWords)));
            }
            spans.add(span.withLanguage(none ? LanguageGuess.UNKNOWN : guess(spanScores.get(i), allowed, pageForLine, pagesWords), sentences));
        }
        return document.withSpans(spans);
    }

    /**
     * Whether a short line's letters lean clearly to the page's language among many ("Catégories", "Sechs Jahre Planung"
     * hold {@link #PAGE_LEAN} times the even share or more; a place's or a club's name, "Leipzig", "Ascoli Calcio", twice
     * at most): words of the page's language, though they look like names.
     */
    private boolean leansToThePage(LanguageScores scores, Set<String> allowed, Set<String> page) {
        return !page.isEmpty() && page.contains(identifier.likeliest(scores, allowed))
                && lean(scores, allowed) >= PAGE_LEAN;
    }

    /**
     * Whether a short line's letters lean to a language the page's long spans are not in more than a name's letters do
     * ({@link #NAME_LEAN}): words of that language, not the page's.
     */
    private boolean leansElsewhere(LanguageScores scores, Set<String> allowed, Set<String> page) {
        return !page.contains(identifier.likeliest(scores, allowed))
                && lean(scores, allowed) >= NAME_LEAN;
    }

    /** How many times the even share of the evidence among {@code allowed} the likeliest language holds. */
    private double lean(LanguageScores scores, Set<String> allowed) {
        return identifier.likeliestShare(scores, allowed) * candidates(allowed);
    }

    /**
     * The languages the page's long spans are in: with many languages configured, a short line's evidence
     * is spread too thin over all of them to name one, but among the page's own languages it can.
     */
    private Set<String> pageLanguages(List<LanguageScores> spans, Set<String> allowed) {
        Set<String> page = new HashSet<>();
        for (LanguageScores scores : spans) {
            if (scores.letters() >= PAGE_EVIDENCE_LETTERS) {
                LanguageGuess guess = identifier.guess(scores, allowed);
                if (guess.isKnown()) {
                    page.add(guess.language());
                }
            }
        }
        return page.size() < candidates(allowed) ? page : Set.of();
    }

    /** Whether fewer than {@link #MANY_LANGUAGES} languages are configured: between two (English and Spanish) a short line's doubt is real. */
    private boolean fewCandidates(Set<String> allowed) {
        return candidates(allowed) < MANY_LANGUAGES;
    }

    private int candidates(Set<String> allowed) {
        return allowed.isEmpty() ? identifier.codes().size() : allowed.size();
    }

    /** As {@link #guess(LanguageScores, Set, Set)}; a line of words the page writes in lower case it cannot tell is the page's. */
    private LanguageGuess guess(LanguageScores scores, Set<String> allowed, Set<String> page, boolean pagesWords) {
        LanguageGuess guess = guess(scores, allowed, page);
        if (guess.isKnown() || !pagesWords) {
            return guess;
        }
        LanguageGuess amongPage = identifier.guess(scores, page);
        return amongPage.isKnown() ? amongPage : guess;
    }

    /**
     * The language among {@code allowed}; for text too short to name one there whose likeliest language
     * is one of the page's, that language with its confidence among the page's languages. A short line
     * that leans to a language the page's long spans are not in stays unknown.
     */
    private LanguageGuess guess(LanguageScores scores, Set<String> allowed, Set<String> page) {
        LanguageGuess guess = identifier.guess(scores, allowed);
        if (guess.isKnown() || page.isEmpty()) {
            return guess;
        }
        LanguageGuess amongPage = identifier.guess(scores, page);
        if (!amongPage.isKnown()) {
            return guess;
        }
        String likeliest = identifier.likeliest(scores, allowed);
        if (amongPage.language().equals(likeliest)) {
            return amongPage;
        }
        // a short line a neighbour language could have written ("Wahl et Grosbous", two communes' names, leaning German on
        // a French page) is the page's when the page's language is the next likeliest
        if (amongPage.language().equals(identifier.runnerUp(scores, allowed))) {
            return amongPage;
        }
        // "Hi, what are you looking for?" on an Italian page: a short line that leans as clearly to another language as the
        // page's own words lean to the page's is in that language
        return lean(scores, allowed) >= PAGE_LEAN ? identifier.likeliestGuess(scores, allowed) : guess;
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
