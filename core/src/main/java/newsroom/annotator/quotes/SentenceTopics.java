package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a sentence of the narrator's is about, where its grammatical subject does not say: the one whose view
 * it opens with ("Para o volante Fabinho, …", "Für Oral ist klar:"), or the subject of the clause it ends with
 * ("…, and Forster struck back."). A later "she said" or "disse" refers to that one.
 */
final class SentenceTopics {

    /** The most words between a viewpoint's preposition and its comma ("Para o volante Fabinho,"). */
    private static final int MAX_VIEWPOINT_WORDS = 8;
    /** The most capitalised words a name a sentence presents runs over ("Daniele Lima Macedo"), titles and all. */
    private static final int MAX_PRESENTED_NAME_WORDS = 8;

    private final Reading reading;
    private final String text;

    SentenceTopics(Reading reading) {
        this.reading = reading;
        this.text = reading.text();
    }

    /**
     * "Für Oral ist klar: «…»": where the finite verb stands second and no comma closes the first part, the
     * first lower-case word after the capitalised ones is the verb; -1 when the language does not put it so.
     */
    private int verbSecondFrom(List<Token> tokens) {
        if (!reading.clauses().verbSecondAt(tokens.get(0).start())) {
            return -1;
        }
        int at = 1;
        while (at < tokens.size() && at <= MAX_VIEWPOINT_WORDS && tokens.get(at).word()
                && (tokens.get(at).capitalised(text) || reading.cues().isArticle(tokens.get(at)))) {
            at++;
        }
        int end = at;
        if (at + 2 < tokens.size() && tokens.get(at).is('(') && tokens.get(at + 2).is(')')) {
            // "Für Jack Eberl (FLP) gilt es …": the party in brackets after the name
            at += 3;
        }
        return end > 1 && at < tokens.size() && tokens.get(at).word() ? end : -1;
    }

    /**
     * "Claiming credit for ideas is an official sport at the City of Sydney, and Forster struck back.": a
     * clause joined after a comma by a conjunction or a clause opener, with a person named as its subject,
     * is what the sentence ends up about; null when there is no such clause.
     */
    Subject laterClauseSubject(List<Token> tokens) {
        ReportingCues cues = reading.cues();
        for (int i = tokens.size() - 2; i >= 2; i--) {
            Token link = tokens.get(i);
            if (!tokens.get(i - 1).is(',') || !(cues.isConjunction(link) || cues.isClauseOpener(link))
                    || !tokens.get(i + 1).capitalised(text)) {
                continue;
            }
            // only the last such clause is read: one parse a sentence, however many clauses it joins
            Subject clause = reading.parser().subject(text, tokens.subList(i + 1, tokens.size()), reading.discourse().capitalised());
            return clause.isPerson() && reading.discourse().referents().personal(clause) ? clause : null;
        }
        return null;
    }

    /**
     * "Para o volante Fabinho, o time até fez uma boa fase", "Pour Sidiki Kaba, …": a sentence that opens with
     * whose view it gives is about that person, whom a later "disse" or "a-t-il ajouté" refers to; null when
     * the sentence opens otherwise or the words before the comma are no person's.
     */
    Speaker viewpointHolder(List<Token> tokens, int from) {
        if (tokens.size() < 3 || !reading.cues().isViewpointOpener(tokens.get(0))) {
            return null;
        }
        int comma = 1;
        while (comma < tokens.size() && comma <= MAX_VIEWPOINT_WORDS && !tokens.get(comma).is(',')) {
            comma++;
        }
        int end = comma < tokens.size() && tokens.get(comma).is(',') ? comma : verbSecondFrom(tokens);
        if (end < 0) {
            return null;
        }
        Subject holder = reading.parser().interpret(text, tokens.subList(1, end));
        // a person's name ("Para Moncloa, …" gives the government's view)
        if (holder.isPerson() && reading.discourse().referents().personal(holder)) {
            return Speaker.at(text, holder.name(), holder.roles());
        }
        return holder.kind() == Subject.Kind.ANAPHORIC && !holder.organisation()
                ? reading.discourse().referents().withRoles(holder.roles(), from) : null;
    }

    /**
     * "Grande atração também para Daniele Lima Macedo, 32, mãe de dois atletas do Amajari": a sentence with no subject
     * and verb of its own that names someone in full, then after a comma their age or a role, presents that person,
     * whom a later "disse" or "she said" refers to; null when it names no one so.
     */
    Speaker presented(List<Token> tokens) {
        int start = 0;
        while (start < tokens.size()) {
            int end = start;
            while (end < tokens.size() && end - start < MAX_PRESENTED_NAME_WORDS && tokens.get(end).word()
                    && tokens.get(end).capitalised(text)) {
                end++;
            }
            if (end - start >= 2 && end + 1 < tokens.size() && tokens.get(end).is(',') && describes(tokens, end + 1)) {
                Subject named = reading.parser().interpret(text, tokens.subList(start, end));
                if (named.kind() == Subject.Kind.NAMED && named.isPerson() && reading.discourse().referents().personal(named)) {
                    return Speaker.at(text, named.name(), named.roles());
                }
            }
            start = Math.max(end, start + 1);
        }
        return null;
    }

    /** Whether the words at {@code at} give a person's age ("32") or a role or a relation ("mãe de …"). */
    private boolean describes(List<Token> tokens, int at) {
        Token word = tokens.get(at);
        // ("le Burkina Faso, 63e au classement": a rank, no age)
        return word.word() && (word.lower().chars().allMatch(Character::isDigit) || reading.cues().roleAt(tokens, at) > 0
                || reading.cues().isKin(word));
    }

    /**
     * "Moore’s volley was as swift as it was compounded": a sentence whose subject is a person's thing, the
     * possessor written first ("NAME’s" and a noun in lower case), is about that person, whom a later "she
     * replied" refers to; null when the sentence opens otherwise or the possessor is no person.
     */
    Speaker possessorOpening(List<Token> tokens) {
        int end = 0;
        while (end < tokens.size() && end < MAX_VIEWPOINT_WORDS && tokens.get(end).capitalised(text) && !tokens.get(end).possessive()) {
            end++;
        }
        if (end + 1 >= tokens.size() || !tokens.get(end).capitalised(text) || !tokens.get(end).possessive()
                || !tokens.get(end + 1).word() || tokens.get(end + 1).capitalised(text)) {
            return null;
        }
        List<Token> name = new ArrayList<>(tokens.subList(0, end));
        name.add(tokens.get(end).withoutPossessive(text));
        Subject possessor = reading.parser().interpret(text, name);
        return possessor.isPerson() && reading.discourse().referents().personal(possessor)
                ? Speaker.at(text, possessor.name(), possessor.roles()) : null;
    }
}
