package newsroom.annotator.quotes;

import java.util.List;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * The passive voice of a verb of saying: "fue calificado por muchos de “…”", "was criticized for his “…”". Its
 * subject is the one the words are about; who said them is the agent after "by", "por", "par", "da", else
 * nobody named. The auxiliaries that make a participle passive are each language's {@code grammar.txt}
 * {@code passive-auxiliaries}.
 */
final class PassiveVoice {

    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;

    PassiveVoice(TokenView view, ReportingCues cues, SpeakerParser parser) {
        this.view = view;
        this.cues = cues;
        this.parser = parser;
    }

    /**
     * Whether the cue's verb is passive: a passive auxiliary in it or right before it, adverbs aside ("fue
     * calificado", "was called"); not a gerund, nor a verb of asking.
     */
    boolean passive(Cue cue, int from) {
        List<Token> words = view.tokens(cue.start(), cue.end());
        // "had been saying" goes on; "was asked" makes its subject the one who answers
        if (cue.gerund() || words.stream().anyMatch(cues::isQuestionVerb)) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (cues.isPassiveAuxiliary(words.get(i))) {
                return true;
            }
        }
        List<Token> before = view.tokens(Math.max(from, cue.start() - 40), cue.start());
        int last = cues.lastBeforeAdverbs(before);
        return last >= 0 && cues.isPassiveAuxiliary(before.get(last));
    }

    /** The agent a passive verb names in text[from, to) ("por la congresista Ilhan Omar"), else someone unnamed. */
    Subject agent(int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        for (int i = 0; i < tokens.size() && i < 4; i++) {
            if (cues.isAgentMarker(tokens.get(i))) {
                Subject agent = parser.after(view, tokens.get(i).end(), to, false);
                if (agent.isPerson() || agent.kind() == Subject.Kind.ANAPHORIC || agent.kind() == Subject.Kind.NAMED) {
                    return agent;
                }
                break;
            }
        }
        return Subject.UNNAMED;
    }
}
