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

    /** How far before a verb its auxiliary or pronoun is looked for, in characters ("fue ayer calificado"). */
    private static final int WORDS_BEFORE_CHARS = 40;
    /** How far after a participle its agent's word and phrase are looked for, in characters ("criticised by former colleagues"). */
    private static final int AGENT_CHARS = 40;
    /** The most words a passive's agent takes before the comma that ends it ("by cabinet member Jo Rust"). */
    private static final int AGENT_REACH_TOKENS = 10;

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
        if (cue.gerund() || cues.asks(words)) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (cues.isPassiveAuxiliary(words.get(i))) {
                return true;
            }
        }
        List<Token> before = wordsBefore(cue, from);
        int last = cues.lastBeforeAdverbs(before);
        // (a participle alone, or after a form of "to be", is passive only with its agent after it)
        boolean participle = (words.size() == 1 && cues.isParticiple(words.get(0))) || copulaBeforeParticiple(words);
        return (last >= 0 && cues.isPassiveAuxiliary(before.get(last))) || (participle && agentFollows(cue));
    }

    /**
     * Whether the cue is a form of "to be", adverbs perhaps after it, then a participle: "est vite contestée", which an
     * agent after it makes passive ("… par Monique Evrard"), where "est" alone also makes compound tenses ("est intervenu").
     */
    private boolean copulaBeforeParticiple(List<Token> words) {
        if (words.size() < 2 || !cues.isCopula(words.get(0)) || !cues.isParticiple(words.get(words.size() - 1))) {
            return false;
        }
        return cues.lastBeforeAdverbs(words.subList(0, words.size() - 1)) == 0;
    }

    /**
     * Whether the agent's word and someone's phrase stand right after the participle: "New TD criticised by former
     * colleagues for '…'", a headline's passive without its auxiliary ("said by phone" names a means, no one).
     */
    private boolean agentFollows(Cue cue) {
        List<Token> after = view.tokens(cue.end(), Math.min(view.text().length(), cue.end() + AGENT_CHARS));
        if (after.size() < 2 || !cues.isAgentMarker(after.get(0))) {
            return false;
        }
        Token next = after.get(1);
        // someone's phrase: a name, an article or a possessive, or people in the plural ("by former colleagues")
        return next.word() && (next.capitalised(view.text()) || cues.isArticle(next) || cues.isPossessive(next)
                || SpeakerParser.plural(next) || (after.size() > 2 && SpeakerParser.plural(after.get(2))));
    }

    /**
     * Whether the words, adverbs aside, open with a passive auxiliary, a participle and the agent's word: "Clark was
     * requested by fellow councillors to make a “sincere” public apology" (the agent tells the passive from a state:
     * "was pleased to hear …").
     */
    boolean beforeAgent(List<Token> words) {
        int k = 0;
        while (k < words.size() && cues.isAdverb(words.get(k))) {
            k++;
        }
        return k + 2 < words.size() && cues.isPassiveAuxiliary(words.get(k)) && cues.isParticiple(words.get(k + 1))
                && cues.isAgentMarker(words.get(k + 2));
    }

    /**
     * Whether the cue's verb is made impersonal by the pronoun right before it, adverbs aside: "se informó
     * que", "Luego se confirmó que" (a pronominal verb that carries its "se", "se quejó", is a cue of its own).
     */
    boolean impersonal(Cue cue, int from) {
        List<Token> words = view.tokens(cue.start(), cue.end());
        if (words.isEmpty() || cues.isPassiveClitic(words.get(0)) || cues.asks(words)) {
            return false;
        }
        List<Token> before = wordsBefore(cue, from);
        // ("se" is among the adverbs a subject and its verb may have between them: it is read first)
        for (int k = before.size() - 1; k >= 0; k--) {
            if (cues.isPassiveClitic(before.get(k))) {
                // ("Aníbal Fernández, quien se subió": after a relative pronoun that is its subject the verb is
                // the antecedent's own; "en la que se decía", "in cui si afferma" stay impersonal)
                return k == 0 || !cues.isRelative(before.get(k - 1)) || cues.prepositionBefore(before, k - 1);
            }
            if (!cues.isAdverb(before.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** The few words before the cue, within its clause from {@code from}: where an auxiliary or a pronoun stands. */
    private List<Token> wordsBefore(Cue cue, int from) {
        return view.tokens(Math.max(from, cue.start() - WORDS_BEFORE_CHARS), cue.start());
    }

    /**
     * "But this was attacked by cabinet member Jo Rust, saying it was “…”": the person a passive verb's agent names right
     * before tokens[comma], the comma of the participle clause they are then the subject of; null when no agent ends there.
     */
    Subject agentEndingAt(List<Token> tokens, int comma) {
        for (int k = comma - 2; k >= Math.max(2, comma - AGENT_REACH_TOKENS); k--) {
            if (!tokens.get(k).word()) {
                return null;
            }
            if (cues.isAgentMarker(tokens.get(k)) && afterAuxiliary(tokens, k - 1)) {
                Subject agent = parser.after(view, tokens.get(k).end(), tokens.get(comma).start(), false);
                return agent.isPerson() && agent.name().end() == tokens.get(comma - 1).end() ? agent : null;
            }
        }
        return null;
    }

    /** Whether a passive auxiliary stands right before tokens[participle], adverbs aside ("was then attacked"). */
    private boolean afterAuxiliary(List<Token> tokens, int participle) {
        int last = cues.lastBeforeAdverbs(tokens.subList(Math.max(0, participle - 2), participle));
        return last >= 0 && cues.isPassiveAuxiliary(tokens.get(Math.max(0, participle - 2) + last));
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
