package newsroom.annotator.quotes;

import java.util.List;

/**
 * Whom a narrator's sentence says was asked: "Reporters asked Maria Lopez, the city manager, whether …",
 * "le preguntó a la ministra Carmen Ruiz", "A Piqué le preguntaron por la barba". An answer that follows
 * with its subject left out or a pronoun ("“…,” she replied", "«…», respondió") is that person's, not the
 * asker's (see {@link Discourse#answerer}). Immutable.
 */
final class Questions {

    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;

    Questions(TokenView view, ReportingCues cues, SpeakerParser parser) {
        this.view = view;
        this.cues = cues;
        this.parser = parser;
    }

    /**
     * The person or role the tokens of one sentence, ending at {@code to}, say was asked: a name or a
     * definite role ({@link Subject.Kind#ANAPHORIC}); null when the sentence asks nobody named.
     */
    Subject asked(List<Token> tokens, int to) {
        for (int i = 0; i < tokens.size(); i++) {
            // ("a fait une demande spéciale aux Québécois": a noun, no verb of asking)
            if (!cues.isQuestionVerb(tokens.get(i)) || cues.nounAfterArticle(tokens, i)) {
                continue;
            }
            Subject fronted = fronted(tokens, i);
            if (fronted != null) {
                return fronted;
            }
            int from = i + 1;
            // "preguntó a la ministra": the marker of the one asked is no part of the name
            if (from < tokens.size() && cues.isQuestionMarker(tokens.get(from))) {
                from++;
            }
            if (from < tokens.size()) {
                Subject object = parser.after(view, tokens.get(from).start(), to, false);
                if (personOrRole(object)) {
                    return object;
                }
            }
        }
        return null;
    }

    /**
     * "A Piqué le preguntaron", "Al ministro se le preguntó": the one asked stands first in its clause,
     * after the marker, with only small words ("le", "se") between the name and the verb.
     */
    private Subject fronted(List<Token> tokens, int verb) {
        String text = view.text();
        int end = verb;
        while (end > 0 && tokens.get(end - 1).word() && !tokens.get(end - 1).capitalised(text)
                && cues.isAdverb(tokens.get(end - 1))) {
            end--;
        }
        for (int marker = end - 2; marker >= 0; marker--) {
            Token token = tokens.get(marker);
            if (!token.word()) {
                return null;
            }
            if (cues.isQuestionMarker(token) && (marker == 0 || !tokens.get(marker - 1).word())) {
                Subject name = parser.interpret(text, tokens.subList(marker + 1, end));
                return personOrRole(name) ? name : null;
            }
        }
        return null;
    }

    private static boolean personOrRole(Subject subject) {
        return subject.isPerson() || (subject.kind() == Subject.Kind.ANAPHORIC && !subject.organisation());
    }
}
