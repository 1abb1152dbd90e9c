package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.TextRange;

/**
 * Reads the speaker of a reporting clause from the words before its verb ("AMLO’s spokesman Jesus
 * Ramirez Cuevas said") or after it ("dijo el presidente Andrés Manuel López Obrador", "said Smith, the
 * …", "según la AP"), leaving out roles, titles and possessors. Thread-safe.
 */
final class SpeakerParser {

    /** A speaker's noun phrase is rarely longer: "the former U.S. secretary of defense Salvador Cienfuegos". */
    private static final int MAX_PHRASE = 12;
    /** The words of a body's or a place's name set off after a person's: "del Partido Popular". */
    private static final int MEMBERSHIP_MAX_WORDS = 6;
    /** The most phrases of how, where or to whom read one after the other between a verb and its subject. */
    private static final int MAX_CHAINED_PHRASES = 2;
    /** The most tokens an aside in brackets after a name holds: "(D-VA)", "(@anab5707)", "(R-N.D.)". */
    private static final int MAX_BRACKETED = 8;
    /** The most words of an aside between commas after a subject's name: "sin medir palabras". */
    private static final int MAX_ASIDE = 6;
    /** A person's age is written in two figures, three at most. */
    private static final int MAX_AGE_DIGITS = 3;
    /** The most adjectives between an article and the role a sentence opens with: "El primer entrenador". */
    private static final int MAX_ROLE_ADJECTIVES = 2;
    /** The most words of a noun before where someone comes from: "ama de casa", "campesino del municipio". */
    private static final int MAX_INDEFINITE_NOUN = 4;
    /** The most words a role's complement takes before the comma of a name's apposition ("del grupo municipal republicano"). */
    private static final int MAX_COMPLEMENT = 8;
    /** The most capitalised words of a place after "from" ("from Kampung Lakut, Papar"). */
    private static final int MAX_PLACE_WORDS = 4;
    /** The most words a person's name between dashes takes ("Pat McFadden", "María del Mar Romero"). */
    private static final int MAX_WORDS_OF_NAME = 5;
    /** The most tokens around a verb or at a sentence's start that a subject is looked for in. */
    private static final int WINDOW = 8 * MAX_PHRASE;
    /** How many words a body's name may take between a person's name and the verb ("vom Ordnungsamt der Stadt"). */
    private static final int AFFILIATION_WORDS = 5;
    /** The most words of how the words were said, between commas after the verb (", visiblemente emocionado,"). */
    private static final int MAX_MANNER_WORDS = 3;
    /** The most words of a dateline before its dash: "Bad Vilbel –". */
    private static final int MAX_DATELINE_WORDS = 3;
    /** The dashes that close a dateline. */
    private static final String DATELINE_DASHES = "–—-";

    private final ReportingCues cues;

    SpeakerParser(ReportingCues cues) {
        this.cues = cues;
    }

    /** The subject standing right before a verb at {@code verbStart}, looking no further back than {@code from}. */
    Subject before(TokenView view, int from, int verbStart) {
        String text = view.text();
        List<Token> clause = afterDateline(text, view.tokens(from, verbStart));
        // a subject is read within the last few phrases before its verb: the window keeps the work per verb bounded
        List<Token> tokens = withoutAsides(text, clause.subList(Math.max(0, clause.size() - WINDOW), clause.size()));
        int last = tokens.size() - 1;
        if (last > 1 && cues.isArticle(tokens.get(last)) && !tokens.get(last).capitalised(text) && tokens.get(last - 1).capitalised(text)) {
            // an article between a name and the verb has no noun to go with: it is the object's pronoun ("la senadora
            // Graciela Bianchi las calificó de “…”"); a name that opens the clause alone may be a capitalised verb
            // and the "verb" a noun ("Voyez le résumé du match")
            last--;
        } else if (last > 0 && cues.isObjectClitic(tokens.get(last)) && cues.isPronoun(tokens.get(last - 1))
                && !cues.isObjectClitic(tokens.get(last - 1))) {
            // "Or, il le dit : «…»": the object's pronoun between the subject's and the verb
            last--;
        }
        if (last >= 0 && latterEndingAt(text, tokens, last)) {
            // "Ce dernier assure que", "Este último recalcó que": the person named last ("dernier" is no time word here)
            return Subject.LATTER;
        }
        // words between the speaker and the verb: "also", "later", "ya", "on Tuesday"
        while (last >= 0) {
            // an adverb in capitals is one only where the capital opens the clause ("Textualmente dijo")
            boolean opensClause = last == 0 && clause.size() <= WINDOW;
            if (cues.isAdverb(tokens.get(last)) && (!tokens.get(last).capitalised(text) || opensClause)) {
                last--;
                continue;
            }
            int time = cues.timePhraseEndingAt(tokens, last);
            if (time > last) {
                break;
            }
            last = time - 1;
        }
        if (last < 0) {
            return Subject.NONE;
        }
        Token right = tokens.get(last);
        if (!cues.verbSecond() && cues.isPronoun(right) && (last == 0 || !right.capitalised(text))) {
            // "In the Smiths’ house he added", "En la sede del Partido Popular, ella dijo": a subject's pronoun right before
            // the verb is its subject, whatever phrase of place or time opens the clause ("Ella" inside a sentence is a name)
            return Subject.pronoun(cues.genders().ofPronoun(right.lower()));
        }
        if (clause.size() <= WINDOW && someoneFromSomewhere(text, tokens.subList(0, last + 1))) {
            // "An East Providence woman said", "A Manchester United fan wrote": the capitalised words say where from
            return Subject.UNNAMED;
        }
        if (tokens.get(last).is(',') && unnamedFromPlace(text, tokens, last)) {
            // "Una ama de casa de San José de Bocay, manifestó": someone the text does not name, and where from
            return Subject.UNNAMED;
        }
        if (tokens.get(last).is(',')) {
            Subject relative = beforeRelativeClause(text, tokens, last);
            // "The Don Valley West representative, who maintains a light tone on Twitter, said": a role refers back;
            // "A report to the … Committee, which meets next Tuesday, said": a text names nobody
            if (relative.isPerson() || relative.kind() == Subject.Kind.ANAPHORIC || relative.kind() == Subject.Kind.DOCUMENT
                    || relative.kind() == Subject.Kind.UNNAMED) {
                return relative;
            }
            Subject apposed = apposition(text, tokens, last);
            return apposed.found() ? apposed : strayComma(text, tokens, last);
        }
        if (clause.size() <= WINDOW && cues.opensFirstPart(tokens)) {
            // "Mit ungewohnt scharfen Worten kritisierte der Landeshauptmann …": before a verb that stands second,
            // a part that opens with a preposition is one phrase, and no subject
            return Subject.NONE;
        }
        Subject author = documentAuthor(text, tokens, last);
        if (author != null) {
            return author;
        }
        Subject unclosed = unclosedApposition(text, tokens, last);
        if (unclosed != null) {
            return unclosed;
        }
        Subject dashed = dashApposition(text, tokens, last);
        if (dashed != null) {
            return dashed;
        }
        List<Token> phrase = phraseEndingAt(text, tokens, last);
        int first = last - phrase.size() + 1;
        int roleBefore = first > 0 && !phrase.isEmpty() && cues.isArticle(phrase.get(0)) && cues.isRoleLink(phrase.get(0))
                ? cues.roleEndingAt(tokens, first - 1) : 0;
        if (roleBefore > 0) {
            // "Der Trainer der Eisbären Berlin sagte": a genitive article after a role opens what the role is a role of,
            // and the role, its own article with it, is the subject
            int roleStart = first - roleBefore;
            int opens = roleStart > 0 && cues.isArticle(tokens.get(roleStart - 1)) ? roleStart - 1 : roleStart;
            return interpret(text, tokens.subList(opens, last + 1));
        }
        if (!phrase.isEmpty() && first > 2 && tokens.get(first - 2).is(',')
                && (cues.isRoleLink(tokens.get(first - 1)) || cues.isPlacePreposition(tokens.get(first - 1)))) {
            // "Sergeant Tom Faudskar, of the Rochester Police Department says": the name before the comma
            // speaks, the words after it say where from
            Subject head = endingAt(text, tokens, first - 3);
            if (head.isPerson()) {
                return head;
            }
        }
        if (phrase.size() == 1 && first > 3 && tokens.get(first - 1).is(',')) {
            Subject placed = personFromPlaceBefore(text, tokens, first - 1);
            if (placed != null) {
                // "Athelia Cassandra Ignatius from Kampung Lakut, Papar said": the word after the comma goes on naming the
                // place, and the person before it speaks
                return placed;
            }
        }
        if (!phrase.isEmpty() && first > 1 && tokens.get(first - 2).word()
                && (!tokens.get(first - 2).capitalised(text) || (cues.capitalisesNouns() && cues.isPlacePreposition(tokens.get(first - 1))))
                && (cues.isParticle(tokens.get(first - 1)) || cues.isRoleLink(tokens.get(first - 1))
                || cues.isPlacePreposition(tokens.get(first - 1)))) {
            // "la diputada Ana Bertha Díaz, emanada de las filas de Nueva Alianza respondió": a name after a
            // preposition completes the word before it; the verb's subject stands further back ("Mayor de
            // Blasio" keeps its particle: a capital stands before it, unless every noun has one, as before
            // "am Montag in Berlin gewarnt"), as the body it completes ("La police de Lausanne confirme")
            if (first > 2 && cues.isArticle(tokens.get(first - 3)) && cues.isGroup(tokens.get(first - 2))) {
                Subject body = interpret(text, tokens.subList(first - 3, last + 1));
                if (body.kind() == Subject.Kind.NAMED) {
                    Subject member = personBeforeAffiliation(text, tokens, first - 3);
                    return member != null ? member : body;
                }
            }
            // "el mandatario de El Salvador replicó": the name with its article completes a role, which is the subject
            // after its definite article ("members of the U.S. House" are no one referred back to)
            int role = cues.isRoleLink(tokens.get(first - 1)) ? cues.roleEndingAt(tokens, first - 2) : 0;
            int article = first - 2 - role;
            if (role > 0 && article >= 0 && cues.isDefiniteArticle(tokens.get(article))) {
                return interpret(text, tokens.subList(article, last + 1));
            }
            Subject titled = titledNameInside(text, phrase);
            if (titled != null) {
                // "the new shopping destination of Pembrokeshire Cllr Hall said": a comma left out, the title and the name
                // after the place are the subject
                return titled;
            }
            // "Un campesino del municipio de Wiwili asegura": someone the text does not name, and where from
            return unnamedOpening(text, tokens, first - 1) ? Subject.UNNAMED : Subject.NONE;
        }
        if (!phrase.isEmpty() && first > 1 && cues.isObjectRelative(tokens.get(first - 1)) && !tokens.get(first - 2).is(',')) {
            // "el regidor cargó contra la Xunta acusándola de “…”": a name after the preposition of an object is
            // that object; the verb's subject stands further back
            return Subject.NONE;
        }
        if (!phrase.isEmpty() && first > 1 && inCapacity(text, tokens, first)) {
            Subject described = interpret(text, phrase);
            if ((described.kind() == Subject.Kind.ANAPHORIC || described.kind() == Subject.Kind.UNNAMED) && described.name() == null) {
                // "cerraba su último pleno como alcalde valorando …": a role after a preposition that follows the verb's
                // object says in which capacity someone acts, and is no subject
                return Subject.NONE;
            }
        }
        if (phrase.size() == 1 && first == 1 && (cues.isPlacePreposition(tokens.get(0)) || cues.isRoleLink(tokens.get(0)))) {
            // "Su Calenda commenta: “…”": a name after the preposition that opens the clause is what the words
            // are about, not who says them ("Su Facebook Salvini ha scritto" has its subject after the place)
            return Subject.NONE;
        }
        Subject described = interpret(text, phrase);
        if (!described.found() && indefiniteNounOpening(text, tokens, last)) {
            // "Um magarefe disse que …": an indefinite article and a noun no list holds, the clause's whole subject, are
            // someone the text does not name
            return Subject.UNNAMED;
        }
        if (described.kind() == Subject.Kind.NAMED && described.organisation()) {
            Subject member = personBeforeAffiliation(text, tokens, first);
            if (member != null) {
                return member;
            }
        }
        if (described.kind() == Subject.Kind.ANAPHORIC && described.name() == null && first > 0 && cues.isDefiniteArticle(phrase.get(0))) {
            // "Oscar Barro l’entraîneur des fonctionnaires pour sa part était déjà averti :": a role after its article
            // right after a name, the commas of the apposition left out, is that person's
            Subject named = nameOpeningClauseBefore(text, tokens, first);
            if (named != null) {
                return named.withRoles(described.roles());
            }
        }
        return described;
    }

    /**
     * Whether the phrase is a noun of family relation after its article or a possessive, then a link and the one it is a
     * relation of, no name in apposition: "la madre de Amalio Álvarez González", "il fratello di Mario Rossi".
     */
    private boolean kinOfSomeone(String text, List<Token> phrase) {
        int kin = !phrase.isEmpty() && (cues.isArticle(phrase.get(0)) || cues.isPossessive(phrase.get(0))) ? 1 : 0;
        return kin + 2 < phrase.size() && cues.isKin(phrase.get(kin)) && !phrase.get(kin).capitalised(text)
                && cues.isRoleLink(phrase.get(kin + 1)) && phrase.stream().noneMatch(token -> token.is(','));
    }

    /** Whether a phrase that refers back to the person named last ends at {@code last} and opens its clause. */
    private boolean latterEndingAt(String text, List<Token> tokens, int last) {
        for (int first = last; first >= 0 && last - first < ReportingCues.MAX_LATTER_TOKENS; first--) {
            if ((first == 0 || !tokens.get(first - 1).word() || cues.isConjunction(tokens.get(first - 1)))
                    && cues.isLatter(text, tokens.subList(first, last + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Thomas Feldmann vom Ordnungsamt der Stadt Olpe erklärte", "John Smith of the City of Olpe said", "Jean Dupont de la
     * mairie de Olpe a expliqué": a full name, then a link and the words that name the body ending at the verb, {@code
     * body} the first of the body's own words: the person speaks, the body says where they work; null when no full
     * name stands right before a link there.
     */
    private Subject personBeforeAffiliation(String text, List<Token> tokens, int body) {
        for (int link = body - 1; link > 1 && body - link <= AFFILIATION_WORDS; link--) {
            Token token = tokens.get(link);
            if (!token.word()) {
                return null;
            }
            if (token.capitalised(text) || !cues.isRoleLink(token) || !tokens.get(link - 1).capitalised(text)) {
                continue;
            }
            Subject head = endingAt(text, tokens, link - 1);
            return head.kind() == Subject.Kind.NAMED && !head.organisation() && words(text, head) > 1 ? head : null;
        }
        return null;
    }

    /**
     * The person a full name before "from", "of" or "de" and a place's capitalised words names, the place's words
     * ending at the comma before {@code comma}: "Athelia Cassandra Ignatius from Kampung Lakut,"; null when the words
     * before the comma are no such phrase ("Speaking in Madrid," names nobody).
     */
    private Subject personFromPlaceBefore(String text, List<Token> tokens, int comma) {
        int place = comma - 1;
        while (place >= 0 && comma - place <= MAX_PLACE_WORDS && tokens.get(place).word() && tokens.get(place).capitalised(text)
                && !cues.isFunctionWord(tokens.get(place))) {
            place--;
        }
        if (place == comma - 1 || place < 1 || !(cues.isPlacePreposition(tokens.get(place)) || cues.isRoleLink(tokens.get(place)))) {
            return null;
        }
        Subject head = endingAt(text, tokens, place - 1);
        return head.isPerson() && head.roles().isEmpty() && words(text, head) >= 2 ? head : null;
    }

    /**
     * Whether the phrase is an indefinite article, capitalised words and a noun in lower case that is no role: someone
     * the text does not name, described by where they come from or whom they follow ("An East Providence woman").
     */
    private boolean someoneFromSomewhere(String text, List<Token> phrase) {
        int last = phrase.size() - 1;
        if (last < 2 || !cues.isIndefiniteArticle(phrase.get(0)) || !phrase.get(last).word() || phrase.get(last).capitalised(text)
                || cues.isFunctionWord(phrase.get(last)) || cues.roleAt(phrase, last) > 0) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            if (!phrase.get(i).word() || !phrase.get(i).capitalised(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person named right before a comma that stands alone between a subject and its verb ("Cllr Gwynfor Thomas, said:",
     * "Territory Senator Nigel Scullion meantime, said"), an adverb or two between them: a name of two capitalised words or
     * more (a title among them) that opens its clause, or follows an opening adverbial of a preposition, an article and a
     * noun ("At the meeting Cllr Thomas, said:"); NONE otherwise, as for a name that a verb or a preposition takes ("cuando
     * lo encaró Enzo Cabrera, dijo", "Tras reunirse con Juan Pérez, dijo": the subject is left out).
     */
    private Subject strayComma(String text, List<Token> tokens, int comma) {
        int end = comma - 1;
        while (end >= 0 && cues.isAdverb(tokens.get(end)) && !tokens.get(end).capitalised(text)) {
            end--;
        }
        // the capitalised words that end the phrase: "Cllr Thomas" of "the meeting Cllr Thomas"
        int first = end + 1;
        while (first > 0 && end - first < MAX_PHRASE && tokens.get(first - 1).word() && tokens.get(first - 1).capitalised(text)
                && !cues.isFunctionWord(tokens.get(first - 1))) {
            first--;
        }
        // (a handle before a comma is no subject: "En su cuenta @xochitlgalvez, escribió:")
        boolean afterHandle = first > 0 && tokens.get(first - 1).is('@');
        // ("A su vez, el costurero Fernando Ayala, abundó que": the article and a noun in lower case before the name)
        int opening = first >= 2 && tokens.get(first - 1).word() && !tokens.get(first - 1).capitalised(text)
                && !cues.isFunctionWord(tokens.get(first - 1)) && cues.isDefiniteArticle(tokens.get(first - 2)) ? first - 2 : first;
        if (opening == first) {
            opening = roleOpeningBefore(text, tokens, first);
        }
        if (end - first < 1 || afterHandle
                || !(opensClause(tokens, first) || afterOpeningAdverbial(text, tokens, first) || (opening < first && opensClause(tokens, opening)))) {
            return Subject.NONE;
        }
        Subject head = interpret(text, tokens.subList(first, end + 1));
        return head.isPerson() ? head : Subject.NONE;
    }

    /**
     * Where a description in lower case opens before the name at {@code first}, a possessive or a definite article first
     * and no verb in it ("Por su parte, su compañero de zaga Diego González, apuntó"); {@code first} when there is none.
     */
    private int roleOpeningBefore(String text, List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && first - k <= MAX_PHRASE && tokens.get(k).word() && !tokens.get(k).capitalised(text)
                && !cues.isReportingVerb(tokens.get(k)) && !cues.isAuxiliary(tokens.get(k))) {
            k--;
        }
        int opening = k + 1;
        boolean determined = opening < first && (cues.isPossessive(tokens.get(opening)) || cues.isDefiniteArticle(tokens.get(opening)));
        return determined ? opening : first;
    }

    /**
     * Whether the token at {@code at} opens its clause: nothing, a mark, a conjunction, an adverb or a word that opens a
     * clause of its own ("finché", "when") before it.
     */
    private boolean opensClause(List<Token> tokens, int at) {
        if (at == 0) {
            return true;
        }
        Token before = tokens.get(at - 1);
        return !before.word() || cues.isConjunction(before) || cues.isAdverb(before) || cues.isClauseOpener(before);
    }

    /** Whether the three words before {@code at} open the clause as an adverbial: a preposition, an article and a noun. */
    private boolean afterOpeningAdverbial(String text, List<Token> tokens, int at) {
        return at == 3 && cues.isPlacePreposition(tokens.get(0)) && cues.isArticle(tokens.get(1)) && tokens.get(2).word()
                && !tokens.get(2).capitalised(text) && !cues.isFunctionWord(tokens.get(2));
    }

    /**
     * The person named, or the role that refers back, right before token {@code at} when it opens its clause, a word that
     * opens a clause of its own before it or none ("finché Servalli", "The mayor"), else null.
     */
    private Subject someoneOpeningClauseBefore(String text, List<Token> tokens, int at) {
        Subject head = subjectOpeningClauseBefore(text, tokens, at);
        return head.isPerson() || head.kind() == Subject.Kind.ANAPHORIC ? head : null;
    }

    /** The person whose full name (two words or more) ends right before token {@code at} and opens its clause, or null. */
    private Subject nameOpeningClauseBefore(String text, List<Token> tokens, int at) {
        Token before = tokens.get(at - 1);
        if (!before.capitalised(text) || cues.isFunctionWord(before)) {
            return null;
        }
        Subject head = subjectOpeningClauseBefore(text, tokens, at);
        return head.isPerson() && words(text, head) > 1 ? head : null;
    }

    /**
     * What the phrase ending right before token {@code at} names when it opens its clause, else {@link Subject#NONE}: "in
     * an interview with Maria Lopez, a lawyer for the party said" is the lawyer's, not Maria Lopez's.
     */
    private Subject subjectOpeningClauseBefore(String text, List<Token> tokens, int at) {
        List<Token> name = phraseEndingAt(text, tokens, at - 1);
        return name.isEmpty() || !opensClause(tokens, at - name.size()) ? Subject.NONE : interpret(text, name);
    }

    /**
     * The person before an apposition whose closing comma was left out, or null: in "Cllr Jared Wark, spokesperson
     * for the Conservative group added" and "Juan Pérez, portavoz del Partido Popular aseguró" the role and its
     * complement run up to the verb, and the name before the comma is the verb's subject, not the body the role
     * is a role of.
     */
    private Subject unclosedApposition(String text, List<Token> tokens, int last) {
        int comma = last;
        // ("conseiller du district #1 Delisle-Saint-Cœur-de-Marie": a number sign may stand inside the complement)
        while (comma >= 0 && last - comma <= 2 * MAX_PHRASE && (tokens.get(comma).word() || tokens.get(comma).is('#'))) {
            comma--;
        }
        if (comma < 1 || !tokens.get(comma).is(',')) {
            return null;
        }
        int at = comma + 1;
        if (cues.isArticle(tokens.get(at)) && !tokens.get(at).capitalised(text)) {
            at++;
        }
        // ("Torgbui Koku Ahiem IV, a paramount chief of the area said": an adjective or two before the role)
        int adjectives = 0;
        while (at + adjectives <= last && adjectives < MAX_ROLE_ADJECTIVES && cues.roleAt(tokens, at + adjectives) == 0 && tokens.get(at + adjectives).word()
                && !tokens.get(at + adjectives).capitalised(text) && !cues.isFunctionWord(tokens.get(at + adjectives))) {
            adjectives++;
        }
        if (at + adjectives <= last && cues.roleAt(tokens, at + adjectives) > 0) {
            at += adjectives;
        }
        int role = at <= last ? cues.roleAt(tokens, at) : 0;
        int link = at + role;
        // ("Charlie St. Clair, executive director of the … Association said": role words in a row are one role)
        while (role > 0 && link < last && cues.roleAt(tokens, link) > 0) {
            link += cues.roleAt(tokens, link);
        }
        if (role > 0 && link + 1 < last && cues.isConjunction(tokens.get(link)) && cues.roleAt(tokens, link + 1) > 0) {
            // "Jean-Michel Labaille, professeur et délégué FSU se réjouit": two roles joined, the second's complement after it
            link += 1 + cues.roleAt(tokens, link + 1);
        }
        // the role with a complement of its own before the verb, a link or a capitalised body's name ("délégué FSU");
        // a role in capitals outside German, and a body's name right after it, only where no first name follows,
        // which would make it a title ("…, Secretary of State Antony Blinken said")
        if (role == 0 || link > last) {
            return null;
        }
        boolean titleLike = (tokens.get(at).capitalised(text) && !cues.capitalisesNouns()) || tokens.get(link).capitalised(text);
        if ((link == last && !titleLike)
                || !(cues.isRoleLink(tokens.get(link)) || cues.isPlacePreposition(tokens.get(link)) || tokens.get(link).capitalised(text))
                || (titleLike && firstNameBetween(tokens, link, last))) {
            return null;
        }
        Subject head = subjectOpeningClauseBefore(text, tokens, comma);
        // ("Finishing, Cllr Hunt said": one word with a gerund's ending before the comma opens a participle clause; the
        // title and the name after the comma are the subject)
        Token before = tokens.get(comma - 1);
        boolean participle = head.isPerson() && head.name().start() == before.start() && cues.isGerund(before);
        return head.isPerson() && !participle ? head : null;
    }

    /**
     * A name, then a dash and a role in lower case right before the verb, a closing dash or none after it: "Ms Linette
     * Treasure – a former councillor said", "Maria Lopez – the group's secretary – told"; the name speaks, or null.
     */
    private Subject dashApposition(String text, List<Token> tokens, int last) {
        int end = last >= 0 && QuotationFinder.isDash(tokens.get(last)) ? last - 1 : last;
        if (end < 2 || cues.roleEndingAt(tokens, end) == 0) {
            return null;
        }
        int k = end;
        while (k >= 0 && end - k <= MAX_PHRASE && tokens.get(k).word() && !tokens.get(k).capitalised(text)) {
            k--;
        }
        if (k < 1 || k == end || !QuotationFinder.isDash(tokens.get(k))
                || !cues.isArticle(tokens.get(k + 1)) && !cues.isPossessive(tokens.get(k + 1))) {
            return null;
        }
        Subject head = subjectOpeningClauseBefore(text, tokens, k);
        return head.isPerson() ? head : null;
    }

    /** Whether a first name stands among the tokens from {@code from} to {@code last}. */
    private boolean firstNameBetween(List<Token> tokens, int from, int last) {
        return tokens.subList(from, last + 1).stream().anyMatch(cues::isFirstName);
    }

    /**
     * The author of a text that is the verb's subject, named after it: "El tuit de Rafael Correa dice", "la
     * cuenta oficial de Twitter del Congreso del Estado expresó", "The tweet from Cornyn read", "el mensaje
     * del presidente" (a role, which refers back). The text's noun ({@code documents.txt}) opens the subject,
     * an adjective or two and the platform it was written on may follow it, then a link to the author; null
     * when the subject ending at {@code last} is no such phrase.
     */
    private Subject documentAuthor(String text, List<Token> tokens, int last) {
        for (int noun = last - 1; noun >= 0 && last - noun <= 2 * MAX_PHRASE; noun--) {
            if (!tokens.get(noun).word()) {
                return null;
            }
            if (!cues.isDocument(tokens.get(noun))) {
                continue;
            }
            // ("la titular del Parlamento": a text's noun that is a role too names the role)
            if (cues.roleAt(tokens, noun) > 0 || !opensSubject(text, tokens, noun)) {
                return null;
            }
            int link = noun + 1;
            while (link < last && link <= noun + 2 && !tokens.get(link).capitalised(text) && !cues.isFunctionWord(tokens.get(link))
                    && !cues.isAuthorLink(tokens.get(link))) {
                link++;
            }
            if (link + 1 < last && (cues.isRoleLink(tokens.get(link)) || cues.isPlacePreposition(tokens.get(link)))
                    && cues.isPlatform(text.substring(tokens.get(link + 1).start(), tokens.get(link + 1).end()))) {
                link += 2;
            }
            if (link >= last || !cues.isAuthorLink(tokens.get(link))) {
                return null;
            }
            Subject author = afterLink(tokens.get(link), interpret(text, tokens.subList(link + 1, last + 1)));
            boolean someone = author.kind() == Subject.Kind.NAMED || (author.kind() == Subject.Kind.ANAPHORIC && !author.roles().isEmpty());
            return someone ? author : null;
        }
        return null;
    }

    /**
     * The subject read right after a link: a role alone after one that holds the definite article ("el mensaje
     * del presidente", "«…», fue la publicación del intendente") refers back, as "el presidente" does.
     */
    Subject afterLink(Token link, Subject subject) {
        if (subject.kind() == Subject.Kind.UNNAMED && !subject.roles().isEmpty() && cues.isDefiniteLink(link)) {
            return new Subject(Subject.Kind.ANAPHORIC, null, false, subject.roles());
        }
        return subject;
    }

    /**
     * Whether the text's noun at {@code noun} opens the clause's subject: after its article and an adjective or
     * two, nothing before that but punctuation, a conjunction, an adverb or a capitalised word ("Segundos
     * después la cuenta …", not "respondió al tuit de …").
     */
    private boolean opensSubject(String text, List<Token> tokens, int noun) {
        int before = noun - 1;
        // an adjective or two may stand between the article and the noun: "A follow-up tweet", "la última publicación"
        while (before >= 0 && before >= noun - 2 && tokens.get(before).word() && !tokens.get(before).capitalised(text)
                && !cues.isFunctionWord(tokens.get(before)) && !cues.isArticle(tokens.get(before))) {
            before--;
        }
        if (before < 0) {
            return noun == 0;
        }
        if (!cues.isArticle(tokens.get(before))) {
            return false;
        }
        Token previous = before > 0 ? tokens.get(before - 1) : null;
        return previous == null || !previous.word() || previous.capitalised(text)
                || cues.isConjunction(previous) || cues.isAdverb(previous);
    }

    /**
     * The tokens without short asides in brackets and without a nickname in quotation marks, which a name
     * carries and a reader skips: "Sen. Tim Kaine (D-VA) called", "la diputada Ana Bertha Díaz (@anab5707),
     * emanada de …, respondió", "preguntó el ‘Canelo’ Álvarez".
     */
    /**
     * The words after a dateline that opens them: one to three capitalised words and a dash ("Hellenthal – Tief enttäuscht
     * zeigt sich …", "München - Ein knappes …") say where the story was filed, and are no subject.
     */
    static List<Token> afterDateline(String text, List<Token> tokens) {
        int dash = 0;
        while (dash < tokens.size() && dash < MAX_DATELINE_WORDS && tokens.get(dash).word() && tokens.get(dash).capitalised(text)) {
            dash++;
        }
        boolean dateline = dash > 0 && dash + 1 < tokens.size() && DATELINE_DASHES.indexOf(text.charAt(tokens.get(dash).start())) >= 0
                && tokens.get(dash).end() - tokens.get(dash).start() == 1
                // ("Ms Linette Treasure – a former councillor said": a word in lower case after the dash goes on describing
                // the name, as a story's first sentence after its dateline does not)
                && !(tokens.get(dash + 1).word() && !tokens.get(dash + 1).capitalised(text));
        return dateline ? tokens.subList(dash + 1, tokens.size()) : tokens;
    }

    private List<Token> withoutAsides(String text, List<Token> tokens) {
        List<Token> kept = null;
        int i = 0;
        while (i < tokens.size()) {
            int nickname = Titles.nicknameClosing(cues, text, tokens, i);
            int close = Math.max(Math.max(Math.max(bracketClosing(tokens, i), nickname), affiliationClosing(text, tokens, i)),
                    Math.max(Math.max(handleClosing(text, tokens, i), ageClosing(text, tokens, i)), ageComplementEnd(text, tokens, i)));
            if (close > i) {
                if (kept == null) {
                    kept = new ArrayList<>(tokens.subList(0, i));
                }
                if (nickname > i && cues.isArticle(tokens.get(i - 1)) && !kept.isEmpty() && kept.get(kept.size() - 1) == tokens.get(i - 1)) {
                    // "el ‘Canelo’ Álvarez": the article goes with the nickname
                    kept.remove(kept.size() - 1);
                }
                i = close + 1;
            } else {
                if (kept != null) {
                    kept.add(tokens.get(i));
                }
                i++;
            }
        }
        return kept == null ? tokens : kept;
    }

    /**
     * Whether a definite article and a person's age as a noun open the tokens at {@code at}, the phrase ending
     * there: "der 46-Jährige", "the 46-year-old", "il 46enne" ({@code grammar.txt}: {@code age-noun-endings}).
     */
    private boolean ageDescription(String text, List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !cues.isArticle(tokens.get(at)) || !cues.isDefinite(tokens.get(at))
                || !cues.isAgeNoun(tokens.get(at + 1))) {
            return false;
        }
        // ("der 46-Jährige Michael Koch": a name after it is the subject)
        Token next = at + 2 < tokens.size() ? tokens.get(at + 2) : null;
        return next == null || !next.word() || (!next.capitalised(text) && cues.roleAt(tokens, at + 2) == 0);
    }

    /**
     * Where a handle set off by commas after a name ends, its closing comma with it ("Follower Jenn Scott, @TheJennScott,
     * tweeted"); -1 for none.
     */
    private static int handleClosing(String text, List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(',') || comma + 1 >= tokens.size()) {
            return -1;
        }
        // the handle's "@" is a token of its own, or opens the word
        Token first = tokens.get(comma + 1);
        boolean handle = text.charAt(first.start()) == '@' || text.charAt(first.start()) == '＠';
        int end = first.end() - first.start() == 1 && handle ? comma + 2 : comma + 1;
        return handle && end + 1 < tokens.size() && tokens.get(end).word() && tokens.get(end + 1).is(',') ? end + 1 : -1;
    }

    /**
     * Where a person's age set off by commas after a name ends, its closing comma with it ("Mr Knox, 60, told them");
     * -1 for none.
     */
    private static int ageClosing(String text, List<Token> tokens, int comma) {
        if (comma < 1 || comma + 2 >= tokens.size() || !tokens.get(comma).is(',') || !tokens.get(comma - 1).capitalised(text)
                || !tokens.get(comma + 2).is(',')) {
            return -1;
        }
        return isAge(tokens.get(comma + 1)) ? comma + 2 : -1;
    }

    /** Whether the token is a person's age: a number of a few digits. */
    private static boolean isAge(Token token) {
        String age = token.lower();
        return !age.isEmpty() && age.length() <= MAX_AGE_DIGITS && age.chars().allMatch(Character::isDigit);
    }

    /**
     * Where an age after a common noun ends, the link at {@code link} opening it: "una vecina de 55 años del barrio San
     * José", "une habitante de 55 ans du quartier": the age says how old the one the noun describes is, and is read as
     * an aside, so that the capitals after it still say where from; -1 for none.
     */
    private int ageComplementEnd(String text, List<Token> tokens, int link) {
        if (link < 1 || link + 2 >= tokens.size() || !cues.isRoleLink(tokens.get(link)) || !tokens.get(link - 1).word()
                || tokens.get(link - 1).capitalised(text) || !cues.isAgeUnit(tokens.get(link + 2))) {
            return -1;
        }
        return isAge(tokens.get(link + 1)) ? link + 2 : -1;
    }

    /**
     * Where the party and place after a name's comma at {@code comma} end, with the point of an abbreviation and the
     * closing comma ("Rep. Heather Scott, R-Blanchard, issued", "Sen. Rick Scott, R-Fla., said"); -1 for none.
     */
    private int affiliationClosing(String text, List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(',') || comma + 1 >= tokens.size() || !cues.isPartyAffiliation(text, tokens.get(comma + 1))) {
            return -1;
        }
        int close = comma + 1;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is('.') && tokens.get(close + 1).start() == tokens.get(close).end()) {
            close++;
        }
        return close + 1 < tokens.size() && tokens.get(close + 1).is(',') ? close + 1 : close;
    }

    /** Where the short aside opening with a bracket at {@code open} closes, or -1. */
    private static int bracketClosing(List<Token> tokens, int open) {
        if (!tokens.get(open).is('(')) {
            return -1;
        }
        for (int j = open + 1; j < tokens.size() && j - open <= MAX_BRACKETED; j++) {
            if (tokens.get(j).is(')')) {
                return j;
            }
            if (tokens.get(j).is('(')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the name of a subject read from the words at {@code from} completes a role there, after its link or
     * preposition ("policy advisor in the Ministry of Agriculture"): the words describe someone, they name no one.
     */
    private boolean complementOfRole(List<Token> tokens, int from, Subject subject) {
        for (int i = from + 1; i < tokens.size() && subject.name() != null; i++) {
            if (tokens.get(i).start() == subject.name().start()) {
                int link = cues.isArticle(tokens.get(i - 1)) && i - 2 >= from ? i - 2 : i - 1;
                return cues.isRoleLink(tokens.get(link)) || cues.isPlacePreposition(tokens.get(link));
            }
        }
        return false;
    }

    /** Whether a named subject's name comes right after a place preposition ("en Barcelona", "in Ohio"). */
    private boolean afterPlacePreposition(List<Token> tokens, Subject subject) {
        if (subject.kind() != Subject.Kind.NAMED) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == subject.name().start()) {
                return cues.isPlacePreposition(tokens.get(i - 1));
            }
        }
        return false;
    }

    /**
     * "Abramoff, who came to symbolize an out-of-control, even brazen style …, told Huvelle": the speaker
     * is the name before the relative clause that ends at {@code comma}.
     */
    private Subject beforeRelativeClause(String text, List<Token> tokens, int comma) {
        for (int j = comma - 1; j >= 2 && comma - j <= 3 * MAX_PHRASE; j--) {
            Token token = tokens.get(j);
            if (!token.word() && !token.is(',')) {
                break;
            }
            boolean afterComma = tokens.get(j - 1).is(',');
            // ("du commandant de police Patrick Chargelaigre qui, en cas de cambriolage, a rappelé": a relative pronoun
            // right after a name, an aside opening after it, goes with that name though no comma stands between them)
            if (cues.isRelative(token) && (afterComma || (tokens.get(j - 1).word() && tokens.get(j - 1).capitalised(text)
                    && j + 1 < comma && tokens.get(j + 1).is(',')))) {
                int end = affiliationBefore(text, tokens, afterComma ? j - 2 : j - 1);
                List<Token> phrase = phraseEndingAt(text, tokens, end);
                int first = end + 1 - phrase.size();
                Subject document = documentCompleted(text, tokens, first);
                if (document != null) {
                    return document;
                }
                // "Sobre Gastón Silva, que jugó como lateral, dijo": a name after a preposition is what the
                // words are about, and the verb's subject is left out; not when an aside opens right after the relative
                // pronoun, which then waits for its verb ("la presencia de Ana Pontón, que, ante esos históricos, manifestó")
                boolean asideOpens = tokens.get(j + 1).is(',');
                boolean object = !asideOpens && first > 0
                        && (cues.isPlacePreposition(tokens.get(first - 1)) || cues.isRoleLink(tokens.get(first - 1)));
                if (object && indefiniteNounBefore(text, tokens, first - 1)) {
                    // "Un pescador de Isla Mocha, quien no quiso dar su identidad, señaló": someone the text does not
                    // name, described by a noun and where they come from
                    return Subject.UNNAMED;
                }
                return object ? Subject.NONE : interpret(text, phrase);
            }
        }
        return Subject.NONE;
    }

    /**
     * The last token of the name before a party and place set off by commas, when the token at {@code end} closes them
     * ("Sen. Pricey Harrison, D-Guilford, who posted", "Sen. Rick Scott, R-Fla., who"); else {@code end}.
     */
    int affiliationBefore(String text, List<Token> tokens, int end) {
        int at = end >= 1 && tokens.get(end).is('.') ? end - 1 : end;
        return end >= 0 && at >= 2 && cues.isPartyAffiliation(text, tokens.get(at)) && tokens.get(at - 1).is(',') ? at - 2 : end;
    }

    /**
     * The last token of a person's name before a body or a place set off by commas after a link, when the token at
     * {@code end} closes them: "María Casajús, del Partido Popular, quien asegura" is María Casajús's, not the party's;
     * else {@code end}.
     */
    int membershipBefore(String text, List<Token> tokens, int end) {
        if (end < 0 || end + 1 >= tokens.size() || !tokens.get(end).capitalised(text) || !tokens.get(end + 1).is(',')) {
            // ("una entrevista a BioBioChile, en la que": the words before the relative pronoun are no name)
            return end;
        }
        int k = end;
        while (k >= 0 && end - k < MEMBERSHIP_MAX_WORDS && (tokens.get(k).capitalised(text) || cues.isParticle(tokens.get(k)))
                && !cues.isRoleLink(tokens.get(k))) {
            k--;
        }
        boolean apposed = k >= 2 && k < end && cues.isRoleLink(tokens.get(k)) && tokens.get(k - 1).is(',')
                && tokens.get(k - 2).capitalised(text);
        if (!apposed) {
            return end;
        }
        Subject person = endingAt(text, tokens, k - 2);
        return person.isPerson() && !person.organisation() ? k - 2 : end;
    }

    /** Whether an indefinite article and a noun or two in lower case stand right before the preposition at {@code link}. */
    private boolean indefiniteNounBefore(String text, List<Token> tokens, int link) {
        return indefiniteArticleBefore(text, tokens, link) >= 0;
    }

    /** Where the indefinite article of {@link #indefiniteNounBefore} stands, or -1. */
    private int indefiniteArticleBefore(String text, List<Token> tokens, int link) {
        int k = link - 1;
        // ("un vecino de la avenida de": a definite article after a link goes with the noun after it)
        while (k >= 0 && link - k <= MAX_INDEFINITE_NOUN && tokens.get(k).word() && !tokens.get(k).capitalised(text)
                && (!cues.isArticle(tokens.get(k)) || (cues.isDefiniteArticle(tokens.get(k)) && k > 0 && cues.isRoleLink(tokens.get(k - 1))))
                && (!cues.isFunctionWord(tokens.get(k)) || cues.isArticle(tokens.get(k)) || nounLink(text, tokens, k))) {
            k--;
        }
        return k >= 0 && k < link - 1 && cues.isIndefiniteArticle(tokens.get(k)) ? k : -1;
    }

    /**
     * Whether an indefinite article, a noun or two and the link at {@code link} open the clause: "Un campesino del
     * municipio de Wiwili asegura" (not "en un mensaje directo a Márquez, escribió", "who was also a resident of").
     */
    private boolean unnamedOpening(String text, List<Token> tokens, int link) {
        int article = indefiniteArticleBefore(text, tokens, link);
        return article >= 0 && cues.isRoleLink(tokens.get(link))
                && (article == 0 || !tokens.get(article - 1).word() || cues.isConjunction(tokens.get(article - 1)));
    }

    /** Whether tokens[0..last] are an indefinite article and one or two nouns in lower case, the clause's opening words. */
    private boolean indefiniteNounOpening(String text, List<Token> tokens, int last) {
        return last >= 1 && last <= 2 && cues.isIndefiniteArticle(tokens.get(0))
                && Token.lowerCaseWords(text, tokens, 1, last, word -> cues.isFunctionWord(word) || cues.isPronoun(word));
    }

    /** A role's link between two nouns in lower case: "ama de casa", "campesino del municipio". */
    private boolean nounLink(String text, List<Token> tokens, int at) {
        return at > 0 && cues.isRoleLink(tokens.get(at)) && tokens.get(at - 1).word() && !tokens.get(at - 1).capitalised(text)
                && !cues.isFunctionWord(tokens.get(at - 1));
    }

    /**
     * Whether the words before the comma at {@code comma} are someone the text does not name and where they come
     * from: an indefinite article, a noun or two and a place ("Una ama de casa de San José de Bocay,").
     */
    private boolean unnamedFromPlace(String text, List<Token> tokens, int comma) {
        int first = comma;
        while (first > 0 && tokens.get(first - 1).word() && (tokens.get(first - 1).capitalised(text)
                || (cues.isParticle(tokens.get(first - 1)) && first - 2 >= 0 && tokens.get(first - 2).capitalised(text)))) {
            first--;
        }
        return first < comma && tokens.get(first).capitalised(text) && first > 1 && unnamedOpening(text, tokens, first - 1);
    }

    /**
     * The text that the phrase starting at {@code tokens[first]} completes, or null: "A report to the council’s
     * Audit and Standards Committee, which meets next Tuesday, said" is a report's, which names nobody, and
     * with an indefinite article is no text of the speaker last quoted either.
     */
    private Subject documentCompleted(String text, List<Token> tokens, int first) {
        int link = first - 1;
        // back over the rest of the complement's name: articles, possessors, "and" between capitalised words
        while (link > 0 && first - link <= MAX_PHRASE && tokens.get(link).word() && (cues.isArticle(tokens.get(link))
                || tokens.get(link).possessive() || tokens.get(link).capitalised(text) || cues.isConjunction(tokens.get(link)))) {
            link--;
        }
        if (link < 1 || !(cues.isRoleLink(tokens.get(link)) || cues.isPlacePreposition(tokens.get(link)))
                || !cues.isDocument(tokens.get(link - 1))) {
            return null;
        }
        boolean indefinite = link >= 2 && cues.isIndefiniteArticle(tokens.get(link - 2));
        return indefinite ? Subject.UNNAMED : Subject.DOCUMENT;
    }

    /**
     * "NAME, the X of Y, said" and "el portavoz de la Presidencia, NAME, dijo": the name is on either side
     * of the inner comma; a person's name wins over a role or an organisation.
     */
    private Subject apposition(String text, List<Token> tokens, int comma) {
        int earlier = comma - 1;
        // the apposition's words, abbreviations' periods among them ("Sen. Pat Roberts, R-Kan., told")
        while (earlier >= 0 && comma - earlier <= MAX_PHRASE && (tokens.get(earlier).word() || tokens.get(earlier).is('.'))) {
            earlier--;
        }
        if (earlier < 0 || !tokens.get(earlier).is(',') || earlier == comma - 1) {
            return Subject.NONE;
        }
        if (cues.capitalisesNouns() && endsWithVerbs(text, tokens, earlier + 1, comma)) {
            // "Bei ihm hätten sie Cola, Fanta und Leergut mitgehen lassen, erzählt Zinsinger": where every noun has a
            // capital, words between commas that end in a verb and its infinitive are a clause's, no apposition
            return Subject.NONE;
        }
        boolean aside = participleAside(text, tokens, earlier + 1, comma);
        if (aside || describesPlaceBefore(text, tokens, earlier)) {
            // "Mauricio Córdova, dueño de un minimercado en … Los Coquitos, especializado en la venta de …, asegura":
            // a participle between commas describes what stands before it, where the apposition is; so does a
            // noun that is no role, with its complement, after a name ("Nayib Armando Bukele Ortez, alcalde de San
            // Salvador, capital de El Salvador, llamó")
            Subject further = apposition(text, tokens, earlier);
            // ("Smith, visibly angry, said", "finché Servalli, lapidario, ha annunciato", "The mayor, visibly angry, said":
            // with no apposition before it, the aside describes the name or role that opens the clause, the verb's subject)
            Subject described = aside && !further.found() ? someoneOpeningClauseBefore(text, tokens, earlier) : null;
            return described != null ? described : further;
        }
        Subject outer = Subject.NONE;
        Set<String> outerRoles = Set.of();
        if (earlier > 0) {
            List<Token> phrase = phraseEndingAt(text, tokens, earlier - 1);
            int first = earlier - phrase.size();
            // "el presidente Petro, en medio de un discurso …, en Bogotá, el pasado viernes, dijo": a name
            // after "en" says where, and the subject stands further back
            // "El ministro de Justicia, Seguridad, y Derechos Humanos, Aníbal Fernández, dijo": the last
            // item of a list is a role's complement, not a speaker
            // "el diputado independiente afín a Morena, Canek Vázquez, respondió": a name after a
            // preposition is what the role is a role of; a capitalised one opens the sentence ("Meanwhile Douglas
            // Lumsden, co-leader of …, said")
            // ("… said the retweet was “…” and Coun David Howarth, leader of …, said": a conjunction after the words of
            // another clause opens a clause of its own, no list)
            // ("Estudantes da zona rural de Caicó, no Seridó potiguar, denunciaram": a name after a lower-case noun's
            // link completes that noun, unless the noun is a body's: "la dirección de Cla Sienz, representada por …,")
            boolean place = first > 0 && (cues.isPlacePreposition(tokens.get(first - 1))
                    || (nounLink(text, tokens, first - 1) && !cues.isGroup(tokens.get(first - 2)))
                    || (cues.isConjunction(tokens.get(first - 1)) && listItemBefore(text, tokens, first - 1))
                    || (cues.isFunctionWord(tokens.get(first - 1)) && !cues.isArticle(tokens.get(first - 1))
                        && !cues.isConjunction(tokens.get(first - 1)) && !cues.isClauseOpener(tokens.get(first - 1))
                        && !tokens.get(first - 1).capitalised(text)));
            outer = place ? Subject.NONE : interpret(text, phrase);
            outerRoles = outer.roles();
            if (afterPlacePreposition(tokens, outer)) {
                // "La candidata del PDeCAT a las municipales en Barcelona, Neus Munté, ha señalado": the
                // role's complement ends with a place, and the person is the apposition
                outer = Subject.NONE;
            }
            Subject whole = place ? Subject.NONE : interpret(text, tokens.subList(first, comma));
            if (whole.kind() == Subject.Kind.NAMED && whole.name().start() > tokens.get(earlier).start()) {
                // "El presidente de Estados Unidos, Donald Trump, criticó": the role's complement ends at
                // the comma, the name is the apposition
                return whole;
            }
        }
        // "Uma relação …, em Oliveira do Bairro, acabou": words between the commas that open with a preposition of
        // place say where, and the name in them is a place's
        Subject inner = cues.isPlacePreposition(tokens.get(earlier + 1)) ? Subject.NONE : interpret(text, tokens.subList(earlier + 1, comma));
        if (outer.isPerson() && inner.isPerson() && words(text, outer) == 1 && words(text, inner) > 1
                && !complementOfRole(tokens, earlier + 1, inner)) {
            // "El nuevo alcalde Lima, Rafael López Aliaga,": a full name in apposition names the person, the one
            // capitalised word after the role was what the role is a role of
            return inner.withRoles(outerRoles);
        }
        // the other side's role is the person's too: "la viceministra de Comunicación, Gabriela Alcón,"
        if (outer.isPerson()) {
            return outer.withRoles(inner.roles());
        }
        if (inner.isPerson()) {
            return inner.withRoles(outerRoles);
        }
        if (earlier > 0 && inner.roles().isEmpty() && tokens.get(earlier - 1).capitalised(text)) {
            // "Lorie Moreau, a resident who lives on Funderburk Avenue, a main artery in the subdivision, said": words
            // with no person nor role after a name describe that name, and the person stands one comma further back
            Subject further = apposition(text, tokens, earlier);
            if (further.isPerson()) {
                return further;
            }
        }
        return outer.found() ? outer : inner;
    }

    /**
     * Whether tokens[from, to) end with two lower-case words that are no function words, adverbs nor figures: a verb and
     * its infinitive or participle ("mitgehen lassen"), as no apposition ends where every noun has a capital.
     */
    private boolean endsWithVerbs(String text, List<Token> tokens, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        for (int k = to - 2; k < to; k++) {
            Token word = tokens.get(k);
            if (!word.word() || word.capitalised(text) || cues.isFunctionWord(word) || cues.isAdverb(word)
                    || Character.isDigit(word.lower().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words after the comma at {@code comma} describe the name before it as a place: a lower-case noun
     * that is no role, then its link and a capitalised word ("San Salvador, capital de El Salvador,").
     */
    private boolean describesPlaceBefore(String text, List<Token> tokens, int comma) {
        return comma >= 1 && tokens.get(comma - 1).capitalised(text) && lowerCaseBeforeLink(text, tokens, comma + 1)
                && capitalisedAfterLink(text, tokens, comma + 3);
    }

    /** Whether the word at {@code at} is a lower-case word that is no role nor function word, and a link follows it. */
    private boolean lowerCaseBeforeLink(String text, List<Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(at);
        return word.word() && !word.capitalised(text) && !cues.isFunctionWord(word) && cues.roleAt(tokens, at) == 0
                && cues.isRoleLink(tokens.get(at + 1));
    }

    /** Whether a capitalised word stands at {@code at}, its article aside ("de El Salvador", "de la Provincia"). */
    private boolean capitalisedAfterLink(String text, List<Token> tokens, int at) {
        int word = at < tokens.size() && cues.isArticle(tokens.get(at)) && !tokens.get(at).capitalised(text) ? at + 1 : at;
        return word < tokens.size() && tokens.get(word).capitalised(text);
    }

    /** Whether two capitalised words or more start at {@code from} and run to the phrase's end or a comma. */
    private boolean fullNameApposed(String text, List<Token> phrase, int from) {
        int end = from;
        while (end < phrase.size() && (phrase.get(end).capitalised(text) || cues.joinsName(phrase, end, text))) {
            end++;
        }
        return end - from >= 2 && (end == phrase.size() || phrase.get(end).is(','));
    }

    /** How many words a subject's name has ("Lima": one; "Rafael López Aliaga": three). */
    private static int words(String text, Subject subject) {
        return subject.name() == null ? 0 : text.substring(subject.name().start(), subject.name().end()).strip().split("\\s+").length;
    }

    /**
     * "Regensburgs Schlussmann": where every noun has a capital, one name in the genitive right before a role
     * that ends the phrase is what the role is a role of.
     */
    private boolean genitiveBefore(List<Token> phrase, int nameStart, int nameEnd, int role, int roleLength) {
        return genitiveName(phrase, nameStart, nameEnd) && nameEnd == role - 1 && role + roleLength == phrase.size();
    }

    /** Whether the name is one word in the genitive where every noun has a capital ("Regensburgs", "Albigs"). */
    private boolean genitiveName(List<Token> phrase, int nameStart, int nameEnd) {
        return cues.capitalisesNouns() && nameStart == nameEnd && phrase.get(nameEnd).lower().endsWith("s");
    }

    /**
     * The subject standing right after a verb or cue phrase ending at {@code from}, up to {@code to}. When
     * {@code strict}, the subject must end the clause (be followed by punctuation or the quotation), as in
     * "said Smith: “…”"; in "says the City will …" the City is the reported clause's subject.
     */
    Subject after(TokenView view, int from, int to, boolean strict) {
        String text = view.text();
        List<Token> tokens = withoutAsides(text, view.tokens(from, to));
        // "dijo este lunes el presidente …", "said Monday": the time the words were said comes first
        int start = 0;
        while (start < tokens.size()) {
            int afterTime = cues.afterTimePhrase(tokens, start);
            if (afterTime > start) {
                start = afterTime;
                continue;
            }
            // ("indique d'emblée le colonel Bénévent": an adverb written onto an elided word)
            int adverb = cues.isPronoun(tokens.get(start)) ? 0 : cues.adverbAt(tokens, start);
            if (adverb > 0) {
                start += adverb;
                continue;
            }
            if (start == 0 && tokens.size() > 2 && tokens.get(0).is(',') && opensSubjectAfterComma(text, tokens)) {
                // "Es, dijo, el alcalde, Javier Navarro, una demanda": the verb set off by commas, its subject after the
                // second
                start = 1;
                continue;
            }
            int aside = mannerAsideEnd(text, tokens, start);
            if (aside > start) {
                // "ajoutera, dépité, le Biennois du HCA Mathias Joggi", "dijo, visiblemente emocionado, el alcalde": how the
                // words were said, between commas, before the subject
                start = aside;
            } else if (predicativeBeforeSubject(text, tokens, start)) {
                // "afirmó tajante la autoridad comunal", "respondió molesto el alcalde": how the words were said, the
                // subject right after it ("expresó indignado Julio Ramírez": a first name, no month)
                start++;
                break;
            } else {
                // "a tenu à dire en entrevue la présidente Sonia Éthier", "dijo en rueda de prensa el alcalde": where
                int afterOccasion = occasionEnd(text, tokens, start);
                // "afirmou à agência Lusa a presidente da junta", "dijo a EFE el ministro": to whom
                int afterAddressee = afterOccasion == start ? addresseeEnd(text, tokens, start) : afterOccasion;
                if (afterAddressee == start) {
                    break;
                }
                start = afterAddressee;
            }
        }
        if (start + 1 < tokens.size() && tokens.get(start).is('@') && tokens.get(start + 1).start() == tokens.get(start).end()) {
            // "escribió @schonekatzen": the account's handle, without its sign, names who wrote
            start++;
        }
        tokens = withoutExtendedAttribute(text, tokens.subList(start, tokens.size()));
        if (viewOfSomeone(text, tokens)) {
            // "Según su criterio, lo ocurrido fue “…”", "in her view": whose view, as a pronoun would say
            return Subject.PRONOUN;
        }
        if (ageDescription(text, tokens, 0)) {
            // "sagt der 46-Jährige", "said the 46-year-old": the person the text is about, as a pronoun refers
            return Subject.PRONOUN;
        }
        Subject described = afterDescription(text, tokens);
        if (described != null) {
            return described;
        }
        if (barePluralEndsClause(text, tokens)) {
            // "say protesters", "dicen manifestantes": people the text does not name
            return Subject.UNNAMED;
        }
        int end = 0;
        boolean role = false;
        boolean name = false;
        // the capitalised words read since the role's last link are what it is a role of, not the name
        boolean complement = false;
        while (end < tokens.size() && end < MAX_PHRASE) {
            Token token = tokens.get(end);
            if (slashInName(text, tokens, end)) {
                // "o deputado do CDS/PP, Duarte Nuno": a slash joins two parties' or bodies' capitals into one name
                end++;
                continue;
            }
            if (!token.word()) {
                // "said the former secretary of defense, Salvador Cienfuegos", "ha aggiunto il presidente della
                // Repubblica, Sergio Mattarella": a role, then the name after a comma
                // ("Como remarcó su titular, el suboficial José Ceballos, …": the name may come with its own role)
                boolean roleAgain = end + 2 < tokens.size() && cues.isArticle(tokens.get(end + 1)) && cues.roleAt(tokens, end + 2) > 0;
                if (token.is(',') && role && (!name || complement) && end + 1 < tokens.size()
                        && (tokens.get(end + 1).capitalised(text) || roleAgain)) {
                    end++;
                    name = false;
                    complement = false;
                    continue;
                }
                break;
            }
            int length = cues.roleAt(tokens, end);
            if (length > 0 && name && !role && end + length + 1 < tokens.size() && tokens.get(end + length).is(',')
                    && fullNameAt(text, tokens, end + length + 1)) {
                // "said Ezemvelo KZN Wildlife District Conservation Officer, Frans Mthembu": the capitals before the role
                // are what it is a role of, and the full name after its comma is the person
                Subject apposed = interpret(text, tokens.subList(end + length + 1, capitalsEnd(text, tokens, end + length + 1)));
                if (apposed.isPerson()) {
                    return apposed.withRoles(interpret(text, tokens.subList(0, end + length)).roles());
                }
            }
            if (length > 0 && name && !role && !(end + length < tokens.size() && tokens.get(end + length).capitalised(text))) {
                // "a déploré Laurent Faustin Billie Bi Essone vice président du groupe de l’opposition": a role after
                // the full name, without a comma, describes the person the name has named (the capitalised words before
                // a role that a name follows are what it is a role of: "said FEMA Administrator Brock Long"; one word
                // may be a genitive: "schilderte Regensburgs Schlussmann die entscheidende Szene")
                Subject named = interpret(text, tokens.subList(0, end));
                if (named.isPerson() && words(text, named) > 1) {
                    return named.withRoles(interpret(text, tokens.subList(end, Math.min(tokens.size(), end + MAX_PHRASE))).roles());
                }
            }
            if (length > 0) {
                role = true;
                end += length;
                continue;
            }
            if (role && cues.isRoleLink(token) && !cues.isFunctionWord(token) && end + 1 < tokens.size()
                    && tokens.get(end + 1).word()) {
                // "la directora de Relaciones Corporativas de la compañía …": the role's complement goes on
                // ("en la Quinta de Olivos" says where, not whose)
                end++;
                complement = true;
                continue;
            }
            if (!token.capitalised(text) && cues.isVerbParticle(token) && (end + 1 == tokens.size() || !tokens.get(end + 1).word())) {
                // "sagte der Arbeitsminister voraus.": the verb's separable part closes the clause after its subject
                break;
            }
            if (token.capitalised(text)) {
                name |= !token.possessive();
            } else if (name && namesAfterConjunction(text, tokens, end) >= 2) {
                // "i consiglieri Alessandro Campus e Giuseppe Ibba": a second name joined to the first
                end++;
                continue;
            } else if (name && (describedAfterLink(text, tokens, end) || roleBeforeName(text, tokens, end) < 0)
                    && !cues.joinsName(tokens, end, text)) {
                // the name has ended: a preposition may follow ("said Smith in a statement", "sagte Merkel am
                // Mittwoch", "explicó Llena de origen español."), a verb may not ("says the City will…" names the
                // subject of the reported clause)
                if (strict && !cues.isPlacePreposition(token) && !describedAfterLink(text, tokens, end)
                        && cues.afterTimePhrase(tokens, end) == end && !cues.isAdverb(token)) {
                    return Subject.NONE;
                }
                break;
            } else if (role && !name && rolesJoined(tokens, end)) {
                // "sagt die Historikerin und Ausbildnerin Sabine Kronenberg": two roles of one person
                end++;
                continue;
            } else if (role && !name && domainEnd(text, tokens, end) > end) {
                // "mentionne la conseillère en communication Corinne Gervais": the role's field, then the name
                end = domainEnd(text, tokens, end);
                continue;
            } else if (cues.isFunctionWord(token) && !cues.isArticle(token)) {
                // ("assène madame le maire en direction de Laurent Selvez": a role, then where its words went; "remarcó un
                // frentista quien indicó …": a relative clause about the subject)
                if (strict && !(role && !name && (cues.isPlacePreposition(token) || cues.isRelative(token)))) {
                    return Subject.NONE;
                }
                break;
            }
            end++;
        }
        return interpret(text, tokens.subList(0, end));
    }

    /**
     * Where the words naming one of a group start the group's noun ("uma das", "una de las", "l'une des"): the index after
     * the indefinite article, its link and the link's article, when a noun stands between them and {@code name}; else 0.
     */
    private int partitiveEnd(List<Token> phrase, int name) {
        if (name < 3 || !cues.isIndefiniteArticle(phrase.get(0)) || !cues.isRoleLink(phrase.get(1))) {
            return 0;
        }
        int noun = cues.isArticle(phrase.get(2)) ? 3 : 2;
        return noun < name ? noun : 0;
    }

    /**
     * Where a role's field ends, a preposition and a word or two in lower case standing between the role and a full
     * name ("conseillère en communication Corinne Gervais"): the name's index, or {@code at} when no such field stands
     * there.
     */
    private int domainEnd(String text, List<Token> tokens, int at) {
        if (!cues.isPlacePreposition(tokens.get(at))) {
            return at;
        }
        int k = lowerCaseWordsEnd(text, tokens, at + 1);
        return k > at + 1 && k + 1 < tokens.size() && tokens.get(k).capitalised(text) && tokens.get(k + 1).word()
                && tokens.get(k + 1).capitalised(text) && !cues.isFunctionWord(tokens.get(k)) ? k : at;
    }

    /**
     * The person a capitalised title and a name name inside a phrase of capitalised words, after a first word that is
     * no title ("Pembrokeshire Cllr Hall"), or null.
     */
    private Subject titledNameInside(String text, List<Token> phrase) {
        if (phrase.isEmpty() || cues.roleAt(phrase, 0) > 0) {
            // "at Prime Minister Scott Morrison": the phrase is the title and the name, the object of the preposition
            return null;
        }
        for (int r = 1; r + 1 < phrase.size(); r++) {
            int length = cues.roleAt(phrase, r);
            if (length > 0 && phrase.get(r).capitalised(text) && r + length < phrase.size()) {
                Subject titled = interpret(text, phrase.subList(r, phrase.size()));
                return titled.kind() == Subject.Kind.NAMED && !titled.organisation() ? titled : null;
            }
        }
        return null;
    }

    /** Whether the words after a comma that follows the verb open its subject: a definite article and a role. */
    private boolean opensSubjectAfterComma(String text, List<Token> tokens) {
        return (cues.isDefiniteArticle(tokens.get(1)) && cues.roleAt(tokens, 2) > 0) || nameEndsClause(text, tokens, 1);
    }

    /**
     * Whether a full name at {@code at}, or a first name alone, runs to the clause's end or to an apposition's comma
     * ("“…”, desabafa, Luís Lourenço.", "“…”, dijo, José.", "“…”, dijo, Jaime, uno de los pescadores"): the verb's
     * subject set off by a comma.
     */
    private boolean nameEndsClause(String text, List<Token> tokens, int at) {
        int end = capitalsEnd(text, tokens, at);
        boolean name = end - at >= 2 || (end - at == 1 && cues.isKnownFirstName(tokens.get(at)));
        return name && (end == tokens.size() || tokens.get(end).is('.') || tokens.get(end).is(','));
    }

    /**
     * Where an aside of one to three words in lower case between commas ends, the commas opening at {@code comma}
     * (", dépité,", ", visiblemente emocionado,"): the index after its closing comma, or {@code comma} when there is none
     * or nothing follows it.
     */
    private int mannerAsideEnd(String text, List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(',')) {
            return comma;
        }
        int end = comma + 1;
        while (end < tokens.size() && end <= comma + MAX_MANNER_WORDS && tokens.get(end).word()
                && !tokens.get(end).capitalised(text) && !cues.isFunctionWord(tokens.get(end)) && !cues.isArticle(tokens.get(end))) {
            end++;
        }
        return end > comma + 1 && end + 1 < tokens.size() && tokens.get(end).is(',') ? end + 1 : comma;
    }

    /**
     * "said police operations lead Rob van Bree at a press conference", "commented Caribbean media personality,
     * Laura Dowrich", "said one protester, Kelebogile Moiloa": a description with no article but an indefinite one, its
     * noun in lower case, before a full name that ends the clause (at its punctuation, a line break, or a preposition
     * that says where or when) names that person; null when the words after the verb are no such phrase. Read within a
     * few phrases, as a subject is.
     */
    private Subject afterDescription(String text, List<Token> tokens) {
        int limit = Math.min(tokens.size(), 2 * MAX_PHRASE);
        int end = clauseEnd(text, tokens, 0, limit);
        if (end + 1 < limit && tokens.get(end).is(',') && tokens.get(end + 1).capitalised(text)) {
            // "media personality, Laura Dowrich": the name in apposition
            end = clauseEnd(text, tokens, end + 1, limit);
        }
        List<Token> phrase = tokens.subList(0, end);
        int name = phrase.size();
        while (name > 0 && phrase.get(name - 1).word() && (phrase.get(name - 1).capitalised(text) || cues.joinsName(phrase, name - 1, text))) {
            name--;
        }
        int nameStart = name;
        if (phrase.size() - nameStart < 2 || name == 0) {
            return null;
        }
        if (phrase.get(name - 1).is(',')) {
            name--;
        }
        // the description's noun, in lower case, stands right before the name, an indefinite article perhaps before it
        // ("said one protester, Kelebogile Moiloa"), or for it ("said another, Mmaipeleng Kale")
        if (name == 0 || !phrase.get(name - 1).word() || phrase.get(name - 1).capitalised(text)) {
            return null;
        }
        // (a role after the article is read as roles are: "dijo otro vecino, Juan Pérez"); a definite article opens a
        // description as well when a noun no role list holds stands between it and a name that opens with a first name
        // ("explica o padeiro Paulo Fernandes Ribeiro", "said the baker Paul Fernandez"; "sagt der neue Rattenberger
        // Bürgermeister" writes a noun with a capital, no name)
        boolean article = cues.isIndefiniteArticle(phrase.get(0)) || (cues.isArticle(phrase.get(0)) && name > 1
                && noRoleBefore(phrase, name) && cues.isKnownFirstName(phrase.get(nameStart)));
        int first = article && cues.roleEndingAt(phrase, name - 1) == 0 ? 1 : 0;
        int partitive = partitiveEnd(phrase, name);
        if (partitive > 0) {
            // "lamenta uma das moradoras, Elisabete Conceição Grandisoli", "una de las vecinas, María López": one of a
            // group, the group's noun before the name
            first = partitive;
        }
        if (first == 1 && name == 1 && !phrase.get(1).is(',')) {
            // "sagt ein Sprecher Albigs": the article alone stands for a noun only before the name's comma
            return null;
        }
        for (Token word : phrase.subList(first, name)) {
            if ((!word.word() && !word.is(',')) || cues.isFunctionWord(word) || cues.isArticle(word) || cues.isPronoun(word)
                    || cues.isReportingVerb(word) || cues.isConjunction(word) || cues.isDocument(word) || cues.isRoleLink(word)
                    || cues.isPossessive(word)) {
                return null;
            }
        }
        Subject named = interpret(text, phrase.subList(nameStart, phrase.size()));
        return named.kind() == Subject.Kind.NAMED && !named.organisation() ? named : null;
    }

    /** Whether no role the lists hold starts among the words before {@code name}. */
    private boolean noRoleBefore(List<Token> phrase, int name) {
        for (int i = 0; i < name; i++) {
            if (cues.roleAt(phrase, i) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "explicó Llena de origen español.": a link and at most two words in lower case that end the clause describe the
     * name before them (a role among them is the complement's, not the name's); a longer run goes on as a clause
     * ("accused Twitter of ignoring inciting tweets").
     */
    private boolean describedAfterLink(String text, List<Token> tokens, int link) {
        if (!cues.isRoleLink(tokens.get(link))) {
            return false;
        }
        int end = lowerCaseWordsEnd(text, tokens, link + 1);
        return end > link + 1 && (end == tokens.size() || !tokens.get(end).word());
    }

    /** Where a run of at most two words in lower case, none a small word, that starts at {@code from} ends. */
    private int lowerCaseWordsEnd(String text, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end <= from + 1 && tokens.get(end).word() && !tokens.get(end).capitalised(text)
                && !cues.isFunctionWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** The index of the first token from {@code from} that ends a clause's words: punctuation, a line break, a place or a time. */
    private int clauseEnd(String text, List<Token> tokens, int from, int limit) {
        int end = from;
        while (end < limit && tokens.get(end).word() && !cues.isPlacePreposition(tokens.get(end))
                && cues.afterTimePhrase(tokens, end) == end && (end == from || !Token.lineBreakIn(text, tokens.get(end - 1).end(), tokens.get(end).start()))) {
            end++;
        }
        return end;
    }

    /** Whether the words after the verb are one plural noun in lower case, no article, that ends the clause ("say protesters."). */
    private boolean barePluralEndsClause(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token word = tokens.get(0);
        boolean ends = tokens.size() == 1 || !tokens.get(1).word() || cues.isPlacePreposition(tokens.get(1));
        return ends && word.word() && !word.capitalised(text) && plural(word) && !cues.isFunctionWord(word) && !cues.isArticle(word)
                && !cues.isPronoun(word) && !cues.isAdverb(word) && !cues.isTimeWord(word) && !cues.isReportingVerb(word) && !cues.isDocument(word);
    }

    /**
     * Whether the words are a possessive and one noun in lower case that is no role, body or passer-by, then a
     * pause: "su criterio,", "her view,", "son avis," name whose words through the possessive alone.
     */
    private boolean viewOfSomeone(String text, List<Token> tokens) {
        if (tokens.size() < 3 || !cues.isPossessive(tokens.get(0))) {
            return false;
        }
        Token noun = tokens.get(1);
        return noun.word() && !noun.capitalised(text) && cues.roleAt(tokens, 1) == 0 && !cues.isGroup(noun) && !cues.isPasserBy(noun)
                && !cues.isDocument(noun) && !plural(noun) && tokens.get(2).is(',');
    }

    /**
     * Where a phrase that says where or on what occasion the words were said ends, when the subject's definite
     * article follows it right after the verb: "en entrevue la présidente", "en rueda de prensa el alcalde"; {@code
     * at} when the words there are no such phrase (a place preposition, then a few lower-case words without an
     * article).
     */
    private int occasionEnd(String text, List<Token> tokens, int at) {
        return occasionEnd(text, tokens, at, 0);
    }

    /** As {@link #occasionEnd(String, List, int)}, {@code depth} phrases into a chain of them. */
    private int occasionEnd(String text, List<Token> tokens, int at, int depth) {
        if (at >= tokens.size() || !occasionPreposition(tokens.get(at)) || tokens.get(at).capitalised(text)) {
            return at;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + 4; k++) {
            Token word = tokens.get(k);
            if (k > at + 1 && fullNameAt(text, tokens, k) && cues.roleEndingAt(tokens, k - 1) == 0
                    && !cues.isFunctionWord(tokens.get(k - 1)) && !cues.isGroup(tokens.get(k - 1))) {
                // "ha esordito a questo proposito Renato Adorno", "raconte avec amertume Dame Victorine": a full name
                // without an article opens the subject ("respondió al periodista Gabriel Sued": a role before the name
                // makes it the one spoken to; "a reply from some Environment Southland councillors": a name right after a
                // small word is the preposition's own; "explicou à agência Lusa José Fernando Martins": a body's noun names
                // the body by the capital after it)
                return k;
            }
            if (k > at + 1 && occasionPreposition(word) && phraseBeforeSubject(text, tokens, k, depth)) {
                // "ha esordito ai nostri microfoni a questo proposito …": another such phrase follows
                return k;
            }
            if (k == at + 1 && otherSmallWord(word) && !cues.isPlacePreposition(word)) {
                // "a questo proposito", "a su vez": a determiner after the preposition
                continue;
            }
            if (cues.isArticle(word)) {
                // ("en referencia a su pasado en la Policía": an article right after a preposition is that one's object)
                boolean subjectFollows = k > at + 1 && cues.isDefinite(word) && !word.capitalised(text) && k + 1 < tokens.size()
                        && tokens.get(k + 1).word() && !occasionPreposition(tokens.get(k - 1));
                return subjectFollows ? k : at;
            }
            if (!word.word() || word.capitalised(text) || (cues.isFunctionWord(word) && !cues.isRoleLink(word))) {
                return at;
            }
        }
        return at;
    }

    /**
     * Whether a phrase of where, how or to whom the words were said starts at {@code at} and a subject follows it, read
     * {@link #MAX_CHAINED_PHRASES} phrases deep at most (the work per verb stays bounded however many phrases follow).
     */
    private boolean phraseBeforeSubject(String text, List<Token> tokens, int at, int depth) {
        return depth < MAX_CHAINED_PHRASES
                && (occasionEnd(text, tokens, at, depth + 1) > at || addresseeEnd(text, tokens, at, depth + 1) > at);
    }

    /**
     * Whether the word may open a phrase of where, when or how the words were said: a preposition of place, or another
     * small word that is no article, pronoun, conjunction nor relative ("avec amertume", "con rabbia", "sin rodeos").
     */
    private boolean occasionPreposition(Token word) {
        return cues.isPlacePreposition(word) || otherSmallWord(word);
    }

    /** A small word that is no article, pronoun, conjunction nor relative: a preposition or a determiner ("avec", "questo"). */
    private boolean otherSmallWord(Token word) {
        return cues.isFunctionWord(word) && !cues.isArticle(word) && !cues.isPronoun(word) && !cues.isConjunction(word)
                && !cues.isRelative(word);
    }

    /**
     * Where the subject starts after the person or outlet the words were said to, right after the verb: the
     * preposition of an object, its words (capitalised or not, with an article of their own), then the subject's
     * definite article ("afirmou à agência Lusa a presidente", "dijo a los periodistas el alcalde"); {@code at}
     * when no such phrase stands there.
     */
    private int addresseeEnd(String text, List<Token> tokens, int at) {
        return addresseeEnd(text, tokens, at, 0);
    }

    /** As {@link #addresseeEnd(String, List, int)}, {@code depth} phrases into a chain of them. */
    private int addresseeEnd(String text, List<Token> tokens, int at, int depth) {
        if (at >= tokens.size() || !cues.isObjectRelative(tokens.get(at)) || tokens.get(at).capitalised(text)) {
            return at;
        }
        // ("ai nostri microfoni": a possessive as the article)
        int first = at + 1 < tokens.size() && (cues.isArticle(tokens.get(at + 1)) || cues.isPossessive(tokens.get(at + 1))) ? at + 2 : at + 1;
        for (int k = first; k < tokens.size() && k <= first + 3; k++) {
            Token word = tokens.get(k);
            if (k > first && cues.isDefiniteArticle(word) && !word.capitalised(text)) {
                return k + 1 < tokens.size() && tokens.get(k + 1).word() ? k : at;
            }
            if (k > first && occasionPreposition(word) && !word.capitalised(text) && phraseBeforeSubject(text, tokens, k, depth)) {
                // "ha esordito ai nostri microfoni a questo proposito Renato Adorno": where or how follows
                return k;
            }
            if (!word.word() || cues.isFunctionWord(word)) {
                return at;
            }
        }
        return at;
    }

    /**
     * Whether the word right after the verb is a lower-case word that says how the words were said, with the
     * subject's definite article or full name after it: "afirmó tajante la autoridad", "respondió molesto el alcalde",
     * "expresó indignado Julio Ramírez".
     */
    private boolean predicativeBeforeSubject(String text, List<Token> tokens, int at) {
        if (at + 2 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(at);
        Token article = tokens.get(at + 1);
        return word.word() && !word.capitalised(text) && !cues.isFunctionWord(word) && !cues.isArticle(word) && !cues.isPronoun(word)
                && cues.roleAt(tokens, at) == 0 && !cues.isReportingVerb(word) && !cues.isRoleLink(word)
                && ((cues.isDefiniteArticle(article) && !article.capitalised(text))
                || (!cues.isArticle(article) && fullNameAt(text, tokens, at + 1) && !Token.lineBreakIn(text, word.end(), article.start())));
    }

    /**
     * "schreibt der für Pressearbeit zuständige Osnabrücker Staatsanwalt Dr. Alexander Retemeyer", "die seit 2010
     * amtierende Bürgermeisterin": where nouns are capitalised, an attribute that opens with a preposition right
     * after the article and closes with its lower-case adjective stands before the noun it describes; the
     * tokens without it, or as they are.
     */
    private List<Token> withoutExtendedAttribute(String text, List<Token> tokens) {
        if (!cues.capitalisesNouns() || tokens.size() < 5 || !cues.isArticle(tokens.get(0))) {
            return tokens;
        }
        Token preposition = tokens.get(1);
        if (!preposition.word() || preposition.capitalised(text) || !cues.isFunctionWord(preposition) || cues.isArticle(preposition)) {
            return tokens;
        }
        for (int k = 2; k + 1 < tokens.size() && k <= 6; k++) {
            Token word = tokens.get(k);
            if (!word.word()) {
                return tokens;
            }
            boolean lower = !word.capitalised(text) && !Character.isDigit(word.lower().charAt(0)) && !cues.isArticle(word);
            if (lower) {
                if (k == 2 || cues.isFunctionWord(word) || !tokens.get(k + 1).capitalised(text)) {
                    return tokens;
                }
                List<Token> described = new ArrayList<>(tokens.subList(0, 1));
                described.addAll(tokens.subList(k + 1, tokens.size()));
                return described;
            }
        }
        return tokens;
    }

    /**
     * The subject after the one the words were told to, when a verb after a quotation has both after it:
     * "«…», ha detto all'Afp il suo portavoce, Vincent Magwenya", "«…», a déclaré à l'AFP le ministre …";
     * none when the words after the verb do not open so.
     */
    Subject afterAddressee(TokenView view, int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        int start = 0;
        while (start < tokens.size() && cues.isAdverb(tokens.get(start)) && !cues.isPronoun(tokens.get(start))) {
            start++;
        }
        int subject = afterAddressee(view.text(), tokens, start);
        return subject == start ? Subject.NONE : after(view, tokens.get(subject).start(), to, false);
    }

    /**
     * Where the subject starts after the one the words were told to: the marker, an article, the addressee's
     * capitalised name, then an article, a role or a name. {@code start} when the tokens do not open so.
     */
    private int afterAddressee(String text, List<Token> tokens, int start) {
        if (start >= tokens.size() || !(cues.isQuestionMarker(tokens.get(start)) || cues.isPlacePreposition(tokens.get(start)))) {
            return start;
        }
        int name = start + 1;
        if (name < tokens.size() && (cues.isArticle(tokens.get(name)) || cues.isPossessive(tokens.get(name)))) {
            name++;
        }
        int end = capitalsEnd(text, tokens, name);
        if (end == name && groupThenName(text, tokens, name)) {
            // "explicou à agência Lusa José Fernando Martins": the group told is named by one word after its noun,
            // the speaker by the capitalised words after it
            return name + 2;
        }
        if (end == name) {
            // "dijo a los periodistas el ministro": the ones told named by a few lower-case words after their article,
            // up to the speaker's article ("a la prensa una vecina"); where it was said, a link inside ("dijo en
            // rueda de prensa el diputado"), or up to the speaker's full name ("a répondu dans ses réquisitions
            // Éric Plantier")
            while (end < tokens.size() && end - name < 4 && !cues.isArticle(tokens.get(end))
                    && (descriptionWord(text, tokens, end) || (end > name && cues.isRoleLink(tokens.get(end))))) {
                end++;
            }
            boolean described = end < tokens.size() && cues.isArticle(tokens.get(end)) && end + 1 < tokens.size()
                    && cues.roleAt(tokens, end + 1) > 0;
            if (end == name || !(described || fullNameAt(text, tokens, end))) {
                return start;
            }
        }
        boolean subjectFollows = end > name && end < tokens.size() && (cues.isArticle(tokens.get(end))
                || cues.roleAt(tokens, end) > 0 || (end + 1 < tokens.size() && cues.roleAt(tokens, end + 1) > 0)
                || fullNameAt(text, tokens, end));
        return subjectFollows ? end : start;
    }

    /**
     * Whether a group's noun at {@code at} is followed by a run of three capitalised words or more: its one-word
     * name, then a person's ("agência Lusa José Fernando Martins").
     */
    boolean groupThenName(String text, List<Token> tokens, int at) {
        if (at >= tokens.size() || !cues.isGroup(tokens.get(at)) || tokens.get(at).capitalised(text)) {
            return false;
        }
        return capitalsEnd(text, tokens, at + 1) - (at + 1) >= 3;
    }

    /** Whether two capitalised words or more, no small word among them, open at {@code at}: a person's full name. */
    private boolean fullNameAt(String text, List<Token> tokens, int at) {
        return capitalsEnd(text, tokens, at) - at >= 2;
    }

    /** Where the run of capitalised words from {@code from} ends, no small word among them ("Lusa José Fernando Martins"). */
    int capitalsEnd(String text, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && tokens.get(end).capitalised(text) && !cues.isFunctionWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** The subject the tokens make up whole, or none: a headline's "Burnley boss Sean Dyche" before its dash. */
    Subject whole(String text, List<Token> tokens) {
        // "Oberbürgermeister Michael Pfeiffer (parteilos):": an aside in brackets is no part of it
        List<Token> words = withoutAsides(text, tokens);
        if (words.isEmpty()) {
            return Subject.NONE;
        }
        List<Token> phrase = phraseEndingAt(text, words, words.size() - 1);
        return phrase.size() == words.size() ? interpret(text, phrase) : Subject.NONE;
    }

    /** The subject whose phrase ends at {@code tokens[last]}: "Hugo López-Gatell" in "Hugo López-Gatell, subsecretario…". */
    Subject endingAt(String text, List<Token> tokens, int last) {
        return interpret(text, phraseEndingAt(text, tokens, last));
    }

    /**
     * The words of a subject that ends at {@code tokens[last]}, going back over names, roles, articles and
     * possessors, and stopping at punctuation or any other word.
     */
    private List<Token> phraseEndingAt(String text, List<Token> tokens, int last) {
        List<Token> description = descriptionEndingAt(text, tokens, last);
        if (description != null) {
            return description;
        }
        int first = last + 1;
        while (first > 0 && last - first < MAX_PHRASE) {
            int candidate = first - 1;
            Token token = tokens.get(candidate);
            if (!token.word()) {
                break;
            }
            int role = cues.roleEndingAt(tokens, candidate);
            if (role > 0) {
                first = candidate - role + 1;
                continue;
            }
            boolean insideName = candidate > 0 && cues.isParticle(token) && (cues.isParticle(tokens.get(candidate - 1))
                    || (tokens.get(candidate - 1).capitalised(text) && !cues.isArticle(token)));
            if (cues.isArticle(token) && !insideName) {
                // "the AP", "la funcionaria": the phrase starts here ("de la Fuente" is a name's particles)
                first = candidate;
                break;
            }
            boolean joins = cues.isParticle(token) || cues.isRoleLink(token) || Character.isDigit(token.lower().charAt(0));
            if (!token.capitalised(text) && !joins && !cues.isPronoun(token)) {
                // "la líder del partido guinda": the lower-case words complete a role further back
                int roleStart = roleWithComplementEndingAt(tokens, candidate);
                if (roleStart >= 0) {
                    first = roleStart;
                    continue;
                }
                if (candidate > 0 && first <= last && cues.isArticle(tokens.get(candidate - 1)) && cues.roleAt(tokens, first) > 0) {
                    // "La primera edil", "el nuevo ministro": an adjective between the article and the role
                    first = candidate;
                    continue;
                }
                // (or before the role's link: "el vicepresidente electo de Bolivia")
                boolean beforeLink = first == candidate + 1 && first < last && cues.isRoleLink(tokens.get(first));
                if ((candidate == last || beforeLink) && candidate > 0 && !cues.isFunctionWord(token) && !cues.isRelative(token)
                        && cues.roleEndingAt(tokens, candidate - 1) > 0) {
                    // "el mandatario salvadoreño", "el líder cocalero": an adjective right after the role, before the verb
                    first = candidate;
                    continue;
                }
                if (first <= last && cues.isConjunction(token) && tokens.get(first).capitalised(text) && inRoleComplement(text, tokens, candidate)) {
                    // "Minister of Tourism and Lands Harin Fernando": an "and" between the capitalised words of a
                    // role's complement joins them
                    first = candidate;
                    continue;
                }
                if (first <= last && cues.placeBetweenNames(tokens, candidate, text) && !cues.isFunctionWord(tokens.get(candidate - 1))
                        && allCapitalised(text, tokens, first, last)) {
                    // "Chuck Freeman of Free Souls Church in Round Rock said": where a named body stands, after its name
                    first = candidate;
                    continue;
                }
                break;
            }
            if (token.capitalised(text) && cues.isFunctionWord(token)) {
                // "Then Smith said", "Pero López dijo": capitalised only because it opens the sentence
                break;
            }
            first = candidate;
            if (cues.isPronoun(token)) {
                break;
            }
        }
        // "mensaje de Donald Trump": a particle the phrase starts with joined it to what went before
        while (first < last && (cues.isParticle(tokens.get(first)) || cues.isRoleLink(tokens.get(first)))
                && !tokens.get(first).capitalised(text) && !cues.isArticle(tokens.get(first))) {
            first++;
        }
        return tokens.subList(first, last + 1);
    }

    /**
     * Whether the conjunction at {@code conjunction} follows capitalised words that complete a role: "Minister of
     * Tourism and", "secretario de Obras Públicas y".
     */
    boolean inRoleComplement(String text, List<Token> tokens, int conjunction) {
        int link = conjunction - 1;
        while (link >= 0 && conjunction - link <= 4 && tokens.get(link).capitalised(text) && !cues.isFunctionWord(tokens.get(link))) {
            link--;
        }
        return link > 0 && link < conjunction - 1 && cues.isRoleLink(tokens.get(link)) && cues.roleEndingAt(tokens, link - 1) > 0;
    }

    /**
     * Where a role starts whose complement ends at {@code tokens[last]}: "líder del partido guinda",
     * "secretary of homeland security affairs". -1 when the words there complete no role.
     */
    private int roleWithComplementEndingAt(List<Token> tokens, int last) {
        for (int link = last - 1; link >= 1 && last - link <= 4; link--) {
            Token token = tokens.get(link);
            if (!token.word()) {
                return -1;
            }
            int role = cues.isRoleLink(token) ? cues.roleEndingAt(tokens, link - 1) : 0;
            if (role > 0) {
                return link - role;
            }
        }
        return -1;
    }

    /**
     * The subject a narrator's sentence (its tokens) opens with, when it is a person, an organisation, a
     * role or a pronoun followed by its verb: "Durant has since apologized", "La secretaria General de Morena,
     * Citlalli Hernández, felicitó", "Durante la conferencia …, el presidente Andrés Manuel López Obrador
     * (AMLO) amagó". A capitalised word alone at the start of the sentence ("Wearing a worn…",
     * "Enseguida aplaudió") is a name only when the article also capitalises it inside a sentence.
     */
    Subject subject(String text, List<Token> phrase, CapitalisedWords capitalised) {
        // a sentence's subject is read within its first few phrases: the window keeps the work per sentence bounded
        List<Token> words = afterDateline(text, phrase);
        List<Token> tokens = withoutAsides(text, words.subList(0, Math.min(words.size(), WINDOW)));
        if (cues.verbSecond() && nominativeAfterVerb(text, tokens)) {
            // "Mit Blick auf den Klubobmann Markus Klien fügte er hinzu": the pronoun is the subject, the name
            // before the verb is not
            return Subject.PRONOUN;
        }
        // "Zum Leitmotiv Heimat sagte er, …": before a verb that stands second, a part that opens with a
        // preposition is one phrase, and no subject
        Subject opening = cues.verbSecond() && cues.opensFirstPart(tokens) ? Subject.NONE : subjectInOrder(text, tokens, capitalised);
        if (!cues.verbSecond() || (opening.found() && !nounsOnly(tokens, opening))) {
            return opening;
        }
        Subject inverted = afterFiniteVerb(text, tokens, capitalised);
        return inverted != null ? inverted : opening;
    }

    /**
     * Whether a name read where every noun has a capital holds no first name ("Diese Meinung", "Als gerechtes
     * Resultat"): nouns that open the clause before a verb that stands second, whose subject follows it.
     */
    private boolean nounsOnly(List<Token> tokens, Subject subject) {
        if (subject.kind() != Subject.Kind.NAMED || subject.organisation() || !cues.capitalisesNouns()) {
            return false;
        }
        for (Token token : tokens) {
            if (token.start() >= subject.name().start() && token.end() <= subject.name().end() && cues.isFirstName(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a pronoun whose form only a subject takes ("er"), before any comma, stands right after a verb,
     * adverbs aside: where the finite verb stands second, that pronoun is the subject
     * ("Lapidar meinte er", "Die Nebenklagevertreterin Marion Zech fragte er fortwährend"). With no cue to
     * start from, the pronoun is found first and the word before it must look like a verb
     * ({@code ReportingClauses.nominativeAfterVerbSecond} reads forward from a cue's verb instead).
     */
    private boolean nominativeAfterVerb(String text, List<Token> tokens) {
        for (int i = 1; i < tokens.size() && !tokens.get(i).is(','); i++) {
            if (!cues.isNominativePronoun(tokens.get(i))) {
                continue;
            }
            int verb = i - 1;
            while (verb > 0 && cues.isAdverb(tokens.get(verb)) && !tokens.get(verb).capitalised(text)) {
                verb--;
            }
            return opensPredicate(text, tokens.get(verb)) && !cues.isAdverb(tokens.get(verb));
        }
        return false;
    }

    /**
     * Where the finite verb stands second, a clause that opens with anything else has its subject right after
     * the verb: "Bei seiner kurzen Ansprache im Innenhof des Landesmuseums zeigte sich Ueli Maurer von der
     * witzigen Seite", "Wie nicht anders zu erwarten, verteidigte der Kanzler das geplante Maßnahmenpaket".
     * The first lower-case word (adverbs after it skipped) followed by a person's name of two words or more,
     * one the article gives a first name elsewhere, or a role, is that verb; null when there is none.
     */
    private Subject afterFiniteVerb(String text, List<Token> tokens, CapitalisedWords capitalised) {
        for (int verb = 1; verb + 1 < tokens.size(); verb++) {
            if (!opensPredicate(text, tokens.get(verb)) || cues.isAdverb(tokens.get(verb))) {
                continue;
            }
            int from = verb + 1;
            while (from < tokens.size() && cues.isAdverb(tokens.get(from)) && !tokens.get(from).capitalised(text)) {
                from++;
            }
            int end = from < tokens.size() && cues.isArticle(tokens.get(from)) ? from + 1 : from;
            while (end < tokens.size() && tokens.get(end).word() && !cues.isFunctionWord(tokens.get(end))
                    && !cues.isArticle(tokens.get(end)) && (tokens.get(end).capitalised(text) || cues.roleAt(tokens, end) > 0)) {
                end++;
            }
            if (end == from || (end == from + 1 && cues.isArticle(tokens.get(from)))) {
                continue;
            }
            Subject subject = interpret(text, tokens.subList(from, end));
            boolean named = subject.isPerson() && (!subject.roles().isEmpty()
                    || tokensInside(tokens, subject.name()) > 1 || capitalised.endsAName(text.substring(subject.name().start(), subject.name().end())));
            boolean role = subject.kind() == Subject.Kind.ANAPHORIC && subject.name() == null && !subject.roles().isEmpty();
            if (named || role) {
                return subject;
            }
        }
        return null;
    }

    /** How many of the tokens lie inside the range. */
    private static int tokensInside(List<Token> tokens, TextRange range) {
        int count = 0;
        for (Token token : tokens) {
            count += token.start() >= range.start() && token.end() <= range.end() ? 1 : 0;
        }
        return count;
    }

    /** The subject a sentence opens with, read in the order subject, verb. */
    private Subject subjectInOrder(String text, List<Token> tokens, CapitalisedWords capitalised) {
        int start = datelineEnd(text, tokens);
        // "The next day, July 19, 1936, Ibárruri made …"
        while (start < tokens.size()) {
            int afterTime = cues.afterTimePhrase(tokens, start);
            Token token = tokens.get(start);
            if (afterTime > start) {
                start = afterTime;
            } else if (token.is(',') || (token.word() && Character.isDigit(token.lower().charAt(0)))
                    || (start == 0 && (cues.isConjunction(token) || (cues.isAdverb(token) && !cues.isPronoun(token))))
                    || (start == 0 && verbBeforeName(text, tokens))) {
                // ("Denunciou Ana Cecília que …": a verb of saying opens the clause, its subject after it)
                // "But the singer did not fold, …", "Já o atacante Willian exaltou …": a conjunction or an adverb that
                // opens the sentence stands before its subject
                start++;
            } else {
                break;
            }
        }
        if (start >= tokens.size()) {
            return Subject.NONE;
        }
        Subject named = roleThenName(text, tokens, start, capitalised);
        if (named == null) {
            named = nameBetweenDashes(text, tokens, start);
        }
        if (named != null) {
            return named;
        }
        if (!cues.isFunctionWord(tokens.get(start)) || cues.isArticle(tokens.get(start))) {
            Subject opening = subjectAt(text, tokens, start, capitalised);
            if (opening.found()) {
                return opening;
            }
        } else if (!cues.isPlacePreposition(tokens.get(start)) && start + 1 < tokens.size()
                && (tokens.get(start + 1).capitalised(text) || cues.roleAt(tokens, start + 1) > 0)) {
            // "But Romey admirably insisted", "Pero López dijo", "But spokeswoman for …, Cllr Shiria Khatun,
            // was": a conjunction, then the subject ("In Britain last year, Conservative MP Aidan Burley
            // created": a place, then the adverbial's comma)
            Subject afterConjunction = subjectAt(text, tokens, start + 1, capitalised);
            if (afterConjunction.found()) {
                return afterConjunction;
            }
        }
        // an opening adverbial or participle clause: the subject follows its comma ("Durante la conferencia
        // …, el presidente …", "Preguntada sobre …, Santamaría se ha escudado")
        for (int i = start + 1; i < tokens.size() && i <= start + 3 * MAX_PHRASE; i++) {
            if (tokens.get(i).is(',')) {
                if (subjectThenVerb(text, tokens, start, i)) {
                    // "The statement further claims the lead investigator, Major Brandon Rogers, has a “…”": what
                    // stands before the comma is a clause with its verb, not an opening adverbial, and the name after
                    // the comma is inside that verb's object
                    return Subject.NONE;
                }
                if (i + 1 < tokens.size() && cues.isRelative(tokens.get(i + 1))) {
                    // "The tweet, which Mayor Rob Ford called inappropriate, was later deleted": a relative
                    // clause's subject is not the sentence's, which may follow the clause's comma ("En su
                    // encuentro con el Rey, que duró cerca de una hora, Sánchez abordó …")
                    int close = i + 2;
                    while (close < tokens.size() && close <= start + 3 * MAX_PHRASE && !tokens.get(close).is(',')) {
                        close++;
                    }
                    if (close >= tokens.size() || !tokens.get(close).is(',')) {
                        return Subject.NONE;
                    }
                    i = close - 1;
                    continue;
                }
                // ("Nicht nur der Zürcher Oberländer Ueli Maurer, auch die Walliser Bundesrätin Viola Amherd fühlte
                // sich wohl": an adverb may stand before the subject after the comma)
                int next = i + 1;
                while (next < tokens.size() && cues.isAdverb(tokens.get(next)) && !tokens.get(next).capitalised(text)
                        && !cues.isPronoun(tokens.get(next))) {
                    next++;
                }
                if (next + 1 < tokens.size() && saysWhere(text, tokens.get(next)) && tokens.get(next + 1).capitalised(text)) {
                    // "Durante a Tribuna do Povo, no Sítio Logradouro, Maria de Fátima Pinheiro usou": a preposition of place
                    // and a name after the comma say where; the subject follows the next comma
                    continue;
                }
                // (after the comma as at the sentence's start, a role may come before the name it is set off by a comma
                // from: "Dans un communiqué, le procureur près le tribunal de Parakou, Alain Raoul Agboton a informé")
                Subject roleFirst = next < tokens.size() ? roleThenName(text, tokens, next, capitalised) : null;
                if (roleFirst != null) {
                    return roleFirst;
                }
                Subject after = subjectAt(text, tokens, next, capitalised);
                // "las declaraciones de la ministra …, Carolina Tohá, quien …": a name between commas there
                // is an apposition, not the sentence's subject
                // ("el presidente Petro, en medio de …, dijo" has its role: it is the subject)
                // ("Luego de que …, Iván Marulanda, sin medir palabras, se fue" has an aside after the
                // name, not a relative clause: it is the subject)
                boolean apposition = after.kind() == Subject.Kind.NAMED && next < tokens.size()
                        && tokens.get(next).start() == after.name().start() && followedByComma(tokens, after.name())
                        && !asideFollows(text, tokens, after.name()) && !roleAsideThenVerb(text, tokens, after.name());
                return apposition ? Subject.NONE : after;
            }
            // ("After criticising the movement’s “weird” name, Wayne began": a quoted word inside the adverbial)
            if (!tokens.get(i).word() && !tokens.get(i).is('.') && !tokens.get(i).quotationMark()) {
                break;
            }
        }
        return Subject.NONE;
    }

    /** Whether the word is a preposition of place in lower case: the words it opens say where, not who. */
    private boolean saysWhere(String text, Token word) {
        return cues.isPlacePreposition(word) && !word.capitalised(text);
    }

    /**
     * Whether a small word in lower case that opens no clause (a preposition: "como", "as") stands before tokens[first],
     * right after a lower-case word of the sentence's own ("su último pleno como alcalde").
     */
    private boolean inCapacity(String text, List<Token> tokens, int first) {
        Token link = tokens.get(first - 1);
        Token before = tokens.get(first - 2);
        return cues.isFunctionWord(link) && !cues.isArticle(link) && !link.capitalised(text) && !cues.isConjunction(link)
                && !cues.isClauseOpener(link) && !cues.isRelative(link) && !cues.isObjectRelative(link)
                && before.word() && !before.capitalised(text) && !cues.isFunctionWord(before);
    }

    /**
     * Whether the words [start, comma) are a subject and a finite verb of saying after it, adverbs between them: a
     * clause with its verb, which no opening adverbial or participle clause ("Speaking to reporters,", "Citando dicho
     * tuit,", "Rencontrée en marge de l'annonce,") is.
     */
    private boolean subjectThenVerb(String text, List<Token> tokens, int start, int comma) {
        List<ReportingCues.Cue> found = cues.find(tokens.subList(start, comma));
        if (found.isEmpty() || found.get(0).gerund() || found.get(0).start() == tokens.get(start).start()) {
            return false;
        }
        int verb = start;
        while (tokens.get(verb).start() < found.get(0).start()) {
            verb++;
        }
        while (verb > start + 1 && cues.isAdverb(tokens.get(verb - 1))) {
            verb--;
        }
        Token before = tokens.get(verb - 1);
        if (cues.isArticle(before) || cues.isFunctionWord(before) || cues.isRoleLink(before) || cues.isPlacePreposition(before)) {
            // ("en marge de l'annonce": a noun after its article or preposition, not a verb)
            return false;
        }
        return interpret(text, tokens.subList(start, verb)).found();
    }

    /**
     * Where the sentence goes on after a dateline, capitalised words closed by a dash ("Estados Unidos.- El
     * presidente …", "WASHINGTON (AP) — The …"); 0 when it opens with none.
     */
    private static int datelineEnd(String text, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && i < 6 && (tokens.get(i).capitalised(text) || tokens.get(i).is('(')
                || tokens.get(i).is(')') || tokens.get(i).is(','))) {
            i++;
        }
        if (i > 0 && i < tokens.size() && tokens.get(i).is('.')) {
            i++;
        }
        boolean dash = i > 0 && i < tokens.size() && QuotationFinder.isDash(tokens.get(i));
        if (dash && i + 1 < tokens.size() && tokens.get(i + 1).is('-')) {
            // "DOTHAN, AL--Eddie Bishop": two hyphens typed for a dash
            return i + 2;
        }
        return dash ? i + 1 : 0;
    }

    /**
     * Whether the comma after the name opens an aside of a few words, itself closed by a comma, that no
     * relative pronoun, article or role opens: "Iván Marulanda, sin medir palabras, se fue".
     */
    /** Whether a list's item stands before the conjunction at {@code link}: a comma or a capitalised word. */
    private static boolean listItemBefore(String text, List<Token> tokens, int link) {
        return link > 0 && (tokens.get(link - 1).is(',') || tokens.get(link - 1).capitalised(text));
    }

    /**
     * Whether the name is followed by its role between commas and then the verb: "Por otro lado, Pilar Cisneros, jefa de
     * facción del … Partido Progreso Social Democrático, indicó" (the name and its role are the subject).
     */
    private boolean roleAsideThenVerb(String text, List<Token> tokens, TextRange name) {
        int comma = firstAtOrAfter(tokens, name.end());
        int role = comma + 1;
        if (role < tokens.size() && cues.isArticle(tokens.get(role))) {
            role++;
        }
        if (role >= tokens.size() || cues.roleAt(tokens, role) == 0) {
            return false;
        }
        for (int i = role + 1; i < tokens.size() && i <= role + MAX_PHRASE; i++) {
            if (tokens.get(i).is(',')) {
                return i + 1 < tokens.size() && opensPredicate(text, tokens.get(i + 1)) && !cues.isRelative(tokens.get(i + 1));
            }
            if (!tokens.get(i).word()) {
                return false;
            }
        }
        return false;
    }

    private boolean asideFollows(String text, List<Token> tokens, TextRange name) {
        int comma = firstAtOrAfter(tokens, name.end());
        if (comma + 1 >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(comma + 1);
        if (!first.word() || cues.isRelative(first) || cues.isArticle(first) || cues.roleAt(tokens, comma + 1) > 0) {
            return false;
        }
        for (int i = comma + 1; i < tokens.size() && i <= comma + MAX_ASIDE; i++) {
            if (tokens.get(i).is(',')) {
                return i > comma + 1;
            }
            if (!tokens.get(i).word() || tokens.get(i).capitalised(text)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "El portavoz del grupo municipal republicano, Jordi Coronas, ha ironizado": a role and its complement
     * open the sentence, and the name between commas right before the verb is whose it is; null when the
     * sentence does not open so.
     */
    private Subject roleThenName(String text, List<Token> tokens, int start, CapitalisedWords capitalised) {
        int role = start;
        while (role < tokens.size() && cues.isArticle(tokens.get(role))) {
            role++;
        }
        role = roleAfterAdjectives(text, tokens, role);
        int roleLength = role < tokens.size() ? cues.roleAt(tokens, role) : 0;
        if (roleLength == 0) {
            return null;
        }
        // the role's complement is a few words ("del grupo municipal republicano"), no clause of its own
        for (int i = role + roleLength; i < tokens.size() && i <= role + roleLength + MAX_COMPLEMENT; i++) {
            if (tokens.get(i).is(',')) {
                Subject after = nameAfterComma(text, tokens, i, capitalised);
                if (after == null) {
                    // "El primer entrenador del Melilla, conjunto que milita en …, Mere Hermoso, compareció": an aside
                    // that says what the complement is, opened by a noun in lower case, may stand before the name
                    int asideEnd = complementAsideEnd(text, tokens, i);
                    after = asideEnd < 0 ? null : nameAfterComma(text, tokens, asideEnd, capitalised);
                }
                return after == null ? null : after.withRoles(Set.of(tokens.get(role + roleLength - 1).lower()));
            }
            if (!tokens.get(i).word() && !tokens.get(i).is('.')) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the role starts after an adjective or two in lower case ("El primer entrenador del Melilla", "the new head
     * coach"); {@code at} itself when no role follows such words.
     */
    private int roleAfterAdjectives(String text, List<Token> tokens, int at) {
        int role = at;
        while (role - at < MAX_ROLE_ADJECTIVES && role < tokens.size() && cues.roleAt(tokens, role) == 0) {
            Token word = tokens.get(role);
            if (!word.word() || word.capitalised(text) || cues.isFunctionWord(word) || cues.isReportingVerb(word)) {
                return at;
            }
            role++;
        }
        return role < tokens.size() && cues.roleAt(tokens, role) > 0 ? role : at;
    }

    /**
     * The name right after the comma at {@code comma}, when the verb follows it (after its closing comma, or with
     * that comma left out: "le procureur près le tribunal de Parakou, Alain Raoul Agboton a informé"); else null.
     */
    private Subject nameAfterComma(String text, List<Token> tokens, int comma, CapitalisedWords capitalised) {
        Subject after = subjectAt(text, tokens, comma + 1, capitalised);
        if (after.kind() != Subject.Kind.NAMED || comma + 1 >= tokens.size() || tokens.get(comma + 1).start() != after.name().start()) {
            return null;
        }
        boolean apposition = followedByComma(tokens, after.name()) ? verbAfterApposition(text, tokens, after.name())
                : verbRightAfter(text, tokens, after.name());
        return apposition ? after : null;
    }

    /**
     * Where an aside on a role's complement ends: the comma after the words from {@code comma} on, when they open with
     * a noun in lower case, no article ("conjunto que milita en el grupo quinto …"), and run at most two phrases'
     * tokens; -1 when they do not.
     */
    private int complementAsideEnd(String text, List<Token> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !tokens.get(comma + 1).word() || tokens.get(comma + 1).capitalised(text)
                || cues.isFunctionWord(tokens.get(comma + 1)) || cues.isReportingVerb(tokens.get(comma + 1))) {
            return -1;
        }
        for (int i = comma + 2; i < tokens.size() && i <= comma + MAX_PHRASE * 2; i++) {
            if (tokens.get(i).is(',')) {
                return i;
            }
            if (!tokens.get(i).word()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "One of those named - Pat McFadden - called on Theresa May": a name between two dashes right before
     * the verb is the subject that the words before it described; null when the sentence does not open so.
     */
    private Subject nameBetweenDashes(String text, List<Token> tokens, int start) {
        int open = start + 1;
        while (open < tokens.size() && open <= start + MAX_PHRASE && tokens.get(open).word()) {
            open++;
        }
        if (open >= tokens.size() || !QuotationFinder.isDash(tokens.get(open))) {
            return null;
        }
        int close = open + 1;
        while (close < tokens.size() && close <= open + MAX_WORDS_OF_NAME && tokens.get(close).word()) {
            close++;
        }
        if (close == open + 1 || close + 1 >= tokens.size() || !QuotationFinder.isDash(tokens.get(close))
                || !opensPredicate(text, tokens.get(close + 1))) {
            return null;
        }
        Subject name = interpret(text, tokens.subList(open + 1, close));
        return name.kind() == Subject.Kind.NAMED && !name.organisation()
                && name.name().start() == tokens.get(open + 1).start() ? name : null;
    }

    /** Whether a verb follows the comma after the name: a lower-case word that is no small word and opens no relative clause. */
    private boolean verbAfterApposition(String text, List<Token> tokens, TextRange name) {
        return verbAt(text, tokens, firstAtOrAfter(tokens, name.end()) + 1);
    }

    /** Whether the name's verb follows it right away, no comma between: "…, Alain Raoul Agboton a informé". */
    private boolean verbRightAfter(String text, List<Token> tokens, TextRange name) {
        return verbAt(text, tokens, firstAtOrAfter(tokens, name.end()));
    }

    /** Whether the token at {@code at} may open a predicate, as no relative pronoun does. */
    private boolean verbAt(String text, List<Token> tokens, int at) {
        return at < tokens.size() && opensPredicate(text, tokens.get(at)) && !cues.isRelative(tokens.get(at));
    }

    private static boolean followedByComma(List<Token> tokens, TextRange name) {
        int next = firstAtOrAfter(tokens, name.end());
        return next < tokens.size() && tokens.get(next).is(',');
    }

    /** The index of the first token that starts at or after {@code position}, or the number of tokens. */
    private static int firstAtOrAfter(List<Token> tokens, int position) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < position) {
            i++;
        }
        return i;
    }

    private Subject subjectAt(String text, List<Token> tokens, int start, CapitalisedWords capitalised) {
        if (start >= tokens.size()) {
            return Subject.NONE;
        }
        if (cues.isPronoun(tokens.get(start))) {
            return start + 1 < tokens.size() && opensPredicate(text, tokens.get(start + 1))
                    ? Subject.pronoun(cues.genders().ofPronoun(tokens.get(start).lower())) : Subject.NONE;
        }
        // the subject runs to its verb: names, roles, articles, an apposition between commas ("El fiscal
        // nacional, Ángel Valencia, abordó"), an acronym in brackets, a relative clause's pronoun
        int end = start;
        boolean sawRole = false;
        while (end < tokens.size() && end - start < 2 * MAX_PHRASE) {
            Token token = tokens.get(end);
            int role = token.word() ? cues.roleAt(tokens, end) : 0;
            if (role > 0) {
                end += role;
                sawRole = true;
                continue;
            }
            // "el líder cocalero, …", "el exJefe de Gabinete kirchnerista, Aníbal Fernández": an adjective
            // closes the role (or its complement) before the apposition's comma
            boolean adjectiveOfRole = end > start && sawRole && !tokens.get(end - 1).is(',')
                    && end + 1 < tokens.size() && tokens.get(end + 1).is(',');
            // "the legendary singer addressed": an adjective between the article and the role
            boolean adjectiveBeforeRole = end > start && onlyArticles(tokens, start, end) && roleBeforeName(text, tokens, end) > end;
            // "L'entraîneur belge de l'AS Monaco Philippe Clement a regretté"
            boolean adjectiveBeforeComplement = sawRole && cues.roleEndingAt(tokens, end - 1) > 0 && adjectiveBeforeComplement(text, tokens, end);
            // "Mindanao Banana Farmers and Exporters Association (MBFEA) managing director Gladys Garcia discloses": after a
            // body's name, lower-case words before a role and a name qualify that role
            boolean adjectiveBeforeNamedRole = end > start && !sawRole && namedRoleAhead(text, tokens, end);
            if (opensPredicate(text, token) && !adjectiveOfRole && !adjectiveBeforeRole && !adjectiveBeforeComplement
                    && !adjectiveBeforeNamedRole) {
                break;
            }
            if (!token.word() && !token.is(',') && !token.is('(') && !token.is(')') && !token.is('.')) {
                return Subject.NONE;
            }
            end++;
        }
        if (end == start || end >= tokens.size() || !opensPredicate(text, tokens.get(end))) {
            return Subject.NONE;
        }
        Subject subject = interpret(text, tokens.subList(start, end));
        if (subject.kind() == Subject.Kind.ANAPHORIC) {
            return subject;
        }
        if (subject.kind() != Subject.Kind.NAMED) {
            return Subject.NONE;
        }
        boolean alone = tokens.get(start).start() == subject.name().start() && tokens.get(start).end() == subject.name().end();
        String word = text.substring(subject.name().start(), subject.name().end());
        // (a name's particle alone, "De son côté, …", is no name, though "François De Rugy" writes it with a capital)
        boolean particle = cues.isParticle(tokens.get(start));
        if (alone && ((start == 0 && !capitalised.insideASentence(word) && !doubleName(word)) || particle)) {
            return Subject.NONE;
        }
        return subject;
    }

    /** Whether lower-case words at {@code at} qualify a role right after them that a capitalised name follows. */
    private boolean namedRoleAhead(String text, List<Token> tokens, int at) {
        int role = roleBeforeName(text, tokens, at);
        // (a title with its capital after a word is a verb's object: "Barbara Bauer erläuterte Dr. Max Stadler")
        if (role <= at || tokens.get(role).capitalised(text)) {
            return false;
        }
        int after = role + cues.roleAt(tokens, role);
        return after < tokens.size() && tokens.get(after).word() && tokens.get(after).capitalised(text);
    }

    /** Whether a verb of saying, capitalised as the clause's first word, stands before a full name. */
    private boolean verbBeforeName(String text, List<Token> tokens) {
        return tokens.size() > 2 && tokens.get(0).word() && cues.isReportingVerb(tokens.get(0)) && cues.roleAt(tokens, 0) == 0
                && fullNameAt(text, tokens, 1);
    }

    /**
     * Whether one word is two capitalised parts joined by a hyphen ("Anne-Marie", "Kubayi-Ngubane"): a name even where
     * it opens a sentence, as no word that opens a sentence for other reasons is written so ("However", "Yesterday").
     */
    private static boolean doubleName(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(hyphen + 1)) && Character.isLowerCase(word.charAt(hyphen - 1));
    }

    /**
     * Whether tokens[from, to) are an aside that opens with a word in lower case that is no article, role, small
     * word or verb of saying ("especializado en la venta de víveres", "visiblemente molesto") and names nobody.
     */
    private boolean participleAside(String text, List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        if (!first.word() || first.capitalised(text) || cues.isFunctionWord(first) || cues.isArticle(first)
                || cues.roleAt(tokens, from) > 0 || cues.isReportingVerb(first) || cues.isRelative(first)) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            // ("Alice Herman, family coordinator, said": words that end in a role name one)
            if (tokens.get(i).capitalised(text) || cues.roleAt(tokens, i) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the possessive at {@code at} stands inside an organisation's name, a capitalised word that is no
     * role right after it ("the Shelby County Sheriff’s Office"), not before what someone has ("Durant’s aunt",
     * "Ben Murray-Bruce’s Twitter comment": a platform is what the possessor writes on).
     */
    private boolean insideAName(String text, List<Token> phrase, int at) {
        if (at + 1 >= phrase.size()) {
            return false;
        }
        Token next = phrase.get(at + 1);
        return next.word() && next.capitalised(text) && !cues.isFunctionWord(next) && cues.roleAt(phrase, at + 1) == 0
                && !cues.isPlatform(text.substring(next.start(), next.end()));
    }

    /** Initials of two to six capitals, digits among them ("PS", "MCG", "EELV", "M5S"). */
    private static boolean initials(String text, Token token) {
        String word = text.substring(token.start(), token.end());
        return token.word() && word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private boolean onlyArticles(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!cues.isArticle(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that is no small word: the verb of the clause ("dove", "felicitó", "has"). */
    boolean opensPredicate(String text, Token token) {
        return token.word() && !token.capitalised(text) && !cues.isArticle(token)
                && (!cues.isFunctionWord(token) || cues.isAdverb(token)) && !cues.isParticle(token)
                && !cues.isRoleLink(token) && !Character.isDigit(token.lower().charAt(0));
    }

    /**
     * What a subject phrase says about the speaker: its name without articles, roles, titles and
     * possessors ("AMLO’s spokesman Jesus Ramirez Cuevas" → "Jesus Ramirez Cuevas"), a pronoun, a role
     * alone, or nothing.
     */
    Subject interpret(String text, List<Token> phrase) {
        if (cues.isLatter(text, phrase)) {
            return Subject.LATTER;
        }
        if (kinOfSomeone(text, phrase)) {
            // "La madre de Amalio Álvarez González exige", "the mother of John Smith said": a relative of the one named,
            // not that one, and with no name of their own
            return Subject.UNNAMED;
        }
        Subject description = description(text, phrase);
        if (description != null) {
            return description;
        }
        int n = phrase.size();
        Boolean definite = null;
        boolean possessed = false;
        boolean role = false;
        Token roleWord = null;
        Set<String> roles = new HashSet<>();
        TextRange organisation = null;
        int nameStart = -1;
        int nameEnd = -1;
        // an adjective of mood before the name: a person's ("a fatigued Boutang")
        boolean moodBefore = false;
        // a body's noun in lower case before the name, as no language that capitalises nouns writes it
        boolean bodyNoun = false;
        int i = 0;
        while (i < n) {
            Token token = phrase.get(i);
            if (slashInName(text, phrase, i)) {
                i++;
                continue;
            }
            if (!token.word()) {
                if (token.is(',') && role && nameStart >= 0 && nameStart == nameEnd && fullNameApposed(text, phrase, i + 1)) {
                    // "El nuevo alcalde Lima, Rafael López Aliaga": a full name in apposition names the person, the
                    // one capitalised word after the role was what the role is a role of
                    roles.add(Subject.complementKey(phrase.get(nameStart).lower()));
                    nameStart = -1;
                    nameEnd = -1;
                    i++;
                    continue;
                }
                if (token.is(',') && role && nameStart < 0) {
                    if (i + 1 < n && saysWhere(text, phrase.get(i + 1))) {
                        // "Uma moradora, em Botucatu,": words after the role's comma that open with a preposition of
                        // place say where the one unnamed lives; no name follows
                        break;
                    }
                    if (listOfPlaces(text, phrase, i)) {
                        // "O presidente da União de Freguesias de Mação, Penhascoso e Aboboreira": the complement
                        // goes on as a list of one-word names, none of them the person's
                        i += 4;
                        continue;
                    }
                    // "said Drueke’s aunt, Dianna Shaw"
                    i++;
                    continue;
                }
                if (token.is('(') && role && nameStart < 0 && i + 2 < n && phrase.get(i + 1).word() && phrase.get(i + 2).is(')')) {
                    // "La senadora por el Partido Acción Nacional (PAN), Lilly Téllez": the acronym in brackets
                    // belongs to the role's complement
                    i += 3;
                    continue;
                }
                break;
            }
            if (nameStart >= 0) {
                int roleLength = cues.roleAt(phrase, i);
                // "Guglielmo Bacci tecnico dell’Anzio": a role in lower case whose own complement closes the phrase
                // follows the name, which is no complement of it ("West Bengal leader of Opposition … Suvendu
                // Adhikari" goes on to the name)
                boolean ownComplement = roleLength > 0 && !token.capitalised(text) && i + roleLength + 1 < n
                        && cues.isRoleLink(phrase.get(i + roleLength)) && capitalsEnd(text, phrase, i + roleLength + 1) == n;
                boolean genitive = roleLength > 0 && genitiveBefore(phrase, nameStart, nameEnd, i, roleLength);
                if (roleLength > 0 && !ownComplement && (!token.capitalised(text)
                        || (i + roleLength < n && phrase.get(i + roleLength).capitalised(text))
                        // "Federal Minister for Information …": the role's complement follows
                        || (i + roleLength + 1 < n && cues.isRoleLink(phrase.get(i + roleLength))
                        && phrase.get(i + roleLength + 1).capitalised(text))
                        // "the Information Minister, Kojo Oppong Nkrumah": after an article, the name is the apposition
                        || (definite != null && i + roleLength + 1 < n && phrase.get(i + roleLength).is(',')
                        && phrase.get(i + roleLength + 1).capitalised(text))
                        // "Former Saint Lucia Foreign Minister, Alva Baptiste, has asserted": with no article, a full
                        // name in apposition
                        || (definite == null && token.capitalised(text) && i + roleLength + 1 < n
                        && phrase.get(i + roleLength).is(',') && fullNameApposed(text, phrase, i + roleLength + 1))
                        || (nameStart == nameEnd && i + roleLength == n && acronym(text, token))
                        // "A Roads Service Spokesperson": after an article, a role that ends the phrase is qualified by
                        // the capitals before it, no one's name
                        || (definite != null && i + roleLength == n)
                        || genitive)) {
                    if (genitive) {
                        // the genitive determines the role as an article would: someone named before
                        definite = Boolean.TRUE;
                    }
                    // "Mexican President Andres Manuel Lopez Obrador", "U.S. officials", "a Labour MP": what
                    // came before the role was not the name ("Stephen King" keeps its last word, "Neil
                    // Carmichael MP" its letters after the name) but what the role is a role of ("the
                    // Information Minister" is the one introduced as "Information Minister Kojo Oppong Nkrumah")
                    for (int k = nameStart; k < i; k++) {
                        if (!phrase.get(k).possessive()) {
                            roles.add(Subject.complementKey(phrase.get(k).lower()));
                        }
                    }
                    if (genitiveName(phrase, nameStart, i - 1)) {
                        // "Salzburgs Bürgermeister" is the one introduced as "Bürgermeister von Salzburg"
                        String place = phrase.get(nameStart).lower();
                        roles.add(Subject.complementKey(place.substring(0, place.length() - 1)));
                    }
                    nameStart = -1;
                    continue;
                }
                if (token.capitalised(text) && !cues.isFunctionWord(token) && !cues.isReportingVerb(token)) {
                    if (token.possessive() && !insideAName(text, phrase, i)) {
                        nameStart = -1;
                    } else {
                        nameEnd = i;
                    }
                    i++;
                    continue;
                }
                if (cues.joinsName(phrase, i, text)) {
                    i++;
                    continue;
                }
                if (coordinatedName(text, phrase, i)) {
                    // "affermano i consiglieri Alessandro Campus e Giuseppe Ibba": two people who speak together
                    i++;
                    continue;
                }
                int roleAhead = roleBeforeName(text, phrase, i);
                if (roleAhead >= 0 && !(roleAhead == i && ownComplement)) {
                    // "McMinnville police detective Todd Rowland": the capitalised words qualified the role
                    nameStart = -1;
                    i = roleAhead;
                    continue;
                }
                break;
            }
            if (cues.isArticle(token)) {
                definite = definite == null ? cues.isDefinite(token) : definite;
                i++;
                continue;
            }
            if (i == 0 && cues.isPossessive(token)) {
                // "His tweets reflected …", "Her spokesman said": someone's thing or someone's aide, never a
                // name, however the sentence capitalises it
                definite = true;
                i++;
                continue;
            }
            int roleLength = cues.roleAt(phrase, i);
            if (roleLength > 0) {
                role = true;
                roleWord = phrase.get(i + roleLength - 1);
                roles.add(cues.roleKey(phrase, i, roleLength));
                int roleStart = i;
                i += roleLength;
                if (i + 1 < n && !cues.linksRole(phrase, roleStart, roleLength, phrase.get(i))
                        && cues.isParticle(phrase.get(i)) && phrase.get(i + 1).capitalised(text)) {
                    // "Mayor de Blasio called": in the role's language the word is no link but the name's particle
                    nameStart = i;
                    nameEnd = i + 1;
                    i += 2;
                    continue;
                }
                // "la ministre chargée du Commerce", "el vicepresidente electo de Bolivia": a participle or an adjective
                // between the role and its complement
                if (adjectiveBeforeComplement(text, phrase, i)) {
                    i++;
                }
                // "director de Comunicaciones de la Presidencia": one complement after another
                while (i < n && (i > roleStart + roleLength || cues.linksRole(phrase, roleStart, roleLength, phrase.get(i)))
                        && cues.isRoleLink(phrase.get(i))) {
                    int link = i;
                    int[] complement = complement(text, phrase, i);
                    if (complement[1] > complement[0] && complement[2] == 1) {
                        organisation = new TextRange(phrase.get(complement[0]).start(), phrase.get(complement[1] - 1).end());
                    }
                    if (complement[1] == i) {
                        break;
                    }
                    i = complement[1];
                    // "del Interior y Seguridad Pública": a conjunction between capitalised words goes on; three or
                    // more after it end with a first name and a surname ("Minister of Tourism and Lands Harin Fernando")
                    while (i + 1 < n && cues.isFunctionWord(phrase.get(i)) && !cues.isArticle(phrase.get(i))
                            && phrase.get(i - 1).capitalised(text) && phrase.get(i + 1).capitalised(text)) {
                        i++;
                        int run = i;
                        while (run < n && phrase.get(run).capitalised(text)) {
                            run++;
                        }
                        i = cues.isConjunction(phrase.get(i - 1)) && run - i >= 3 ? run - 2 : run;
                        if (organisation != null) {
                            organisation = new TextRange(organisation.start(), phrase.get(i - 1).end());
                        }
                    }
                    // what the role is a role of: "la titular de Interior" is "la ministra del Interior …" again, and the
                    // lower-case words before the capitalised ones count too ("a presidente da junta" is not "o
                    // Presidente da República")
                    for (int k = link + 1; k < i; k++) {
                        Token word = phrase.get(k);
                        boolean lowerPart = k < complement[0];
                        if (word.word() && !cues.isFunctionWord(word)
                                && (lowerPart ? !cues.isArticle(word) && !cues.isRoleLink(word) : word.capitalised(text))) {
                            roles.add(Subject.complementKey(word.lower()));
                        }
                    }
                }
                if (i < n && cues.partyInitialsAfterRole() && initials(text, phrase.get(i))) {
                    // "confirme le ministre MCG", "les élus PS": the party's initials, not a name
                    roles.add(Subject.complementKey(phrase.get(i).lower()));
                    i++;
                }
                continue;
            }
            if (Boolean.TRUE.equals(definite) && !role && nameStart < 0 && token.capitalised(text) && cues.isDemonym(token)) {
                // "temporise le Roumain", "a conseillé le Congolais": the people of a country, a noun French capitalises,
                // refer back to the one named before as a role does ("le ministre roumain" writes the adjective)
                role = true;
                roleWord = token;
                roles.add(cues.roleKey(phrase, i, 1));
                i++;
                continue;
            }
            if (n == 1 && cues.isPronoun(token)) {
                return Subject.pronoun(cues.genders().ofPronoun(token.lower()));
            }
            if (Character.isDigit(token.lower().charAt(0))) {
                // "The 2017 NBA Finals MVP"
                i++;
                continue;
            }
            if (i == 0 && cues.isImperfect(token) && n > 1 && phrase.get(1).word() && phrase.get(1).capitalised(text)) {
                // "Realizaba Casañ un recorrido de su paso por la Alcaldía": a verb opens the sentence, its subject after it
                i++;
                continue;
            }
            if (token.capitalised(text) && !cues.isFunctionWord(token) && i > 0 && cues.isSaintTitle(phrase.get(i - 1))) {
                // "i residenti di piazza san Francesco": a saint's title in lower case before a capital opens a place's name
                roles.add(Subject.complementKey(token.lower()));
                i++;
                continue;
            }
            if (token.capitalised(text) && !cues.isFunctionWord(token)) {
                if (!token.possessive()) {
                    nameStart = i;
                    nameEnd = i;
                }
                possessed |= token.possessive();
                i++;
                continue;
            }
            if (role && nameStart < 0 && !token.capitalised(text) && cues.isPlacePreposition(token) && !cues.isRoleLink(token)
                    && i + 1 < n && phrase.get(i + 1).capitalised(text)) {
                // "The mayor in Prudhoe", "Councillors in Prudhoe": the name after a preposition of place says where the
                // role is held, as a complement would, and is no one's name
                for (int k = i + 1; k < n && phrase.get(k).word() && phrase.get(k).capitalised(text); k++) {
                    roles.add(Subject.complementKey(phrase.get(k).lower()));
                }
                break;
            }
            if (!token.capitalised(text) && role && !(cues.capitalisesNouns() && i + 1 < n && phrase.get(i + 1).capitalised(text))) {
                // an adjective after a role: "el líder cocalero", "the former general" (where every noun has a
                // capital, a lower-case word before a capitalised one opens another noun: "dem Coach frische
                // Alternativen"); it tells one holder of the role from another ("el fiscal coordinador José Costa, el
                // fiscal Mario Guerrero" … "El fiscal coordinador señaló") as a complement does
                if (!cues.isFunctionWord(token)) {
                    roles.add(Subject.complementKey(token.lower()));
                }
                i++;
                continue;
            }
            int roleAhead = roleBeforeName(text, phrase, i);
            if (roleAhead >= 0) {
                i = roleAhead;
                continue;
            }
            if (role && nameStart < 0 && rolesJoined(phrase, i)) {
                // "die Historikerin und Ausbildnerin Sabine Kronenberg", "el alcalde y diputado Juan Pérez": two roles of one
                // person, the conjunction between them
                i++;
                continue;
            }
            if (definite != null && i + 1 < n && cues.isGroup(token) && !token.capitalised(text) && phrase.get(i + 1).word()
                    && phrase.get(i + 1).capitalised(text) && !cues.isFunctionWord(phrase.get(i + 1))) {
                // "l’association Greenpeace", "la société Camvert", "the company Camvert": the body's noun before its name
                bodyNoun = true;
                i++;
                continue;
            }
            if (adjectiveBeforeName(text, phrase, i, definite)) {
                // "said a fatigued Boutang", "said an angry Cllr McBrearty": the article and the speaker's mood
                // stand before the name
                moodBefore = true;
                i++;
                continue;
            }
            break;
        }
        if (nameStart >= 0 && nameStart == nameEnd && phrase.get(nameStart).end() - phrase.get(nameStart).start() == 1) {
            // "les passagers sur la route nationale N°12": one letter alone is a number's sign or a list's mark, no one's name
            nameStart = -1;
        }
        if (nameStart >= 0) {
            int lastRole = cues.roleEndingAt(phrase, nameEnd);
            if (Boolean.TRUE.equals(definite) && lastRole > 0) {
                // "the Oregon Democrat", "the New Mexico Democrat": a description of someone named before, the
                // words before the role what it is a role of ("the Information Minister")
                roles.add(cues.roleKey(phrase.get(nameEnd).lower()));
                for (int k = nameStart; k <= nameEnd - lastRole; k++) {
                    roles.add(Subject.complementKey(phrase.get(k).lower()));
                }
                return new Subject(Subject.Kind.ANAPHORIC, null, false, roles);
            }
            if (nameEnd > nameStart && (cues.isSaintTitle(phrase.get(nameStart)) || cues.isPlacePreposition(phrase.get(nameStart), text))) {
                // "residenti di San Francesco", "São Paulo": a saint's title opens a place's name, no one who speaks, and so
                // does a street's noun ("Piazza Cavour", "Calle Mayor") or a preposition ("Sobre Gastón Silva")
                return Subject.NONE;
            }
            TextRange name = new TextRange(phrase.get(nameStart).start(), phrase.get(nameEnd).end());
            if (definite != null && !role && !bodyNoun && nameStart == nameEnd && cues.capitalisesNouns()
                    && !cues.isGroup(phrase.get(nameStart)) && !acronym(text, phrase.get(nameStart))) {
                // "die Kritik", "des Landesmuseums": where every noun has a capital, an article and one
                // capitalised word are a noun, and only an organisation's ("die Polizei", "die SPÖ") speaks
                return Subject.NONE;
            }
            if (Boolean.FALSE.equals(definite) && role && genitiveName(phrase, nameStart, nameEnd)) {
                // "sagt ein Sprecher Albigs": where every noun has a capital, a name in the genitive after an
                // indefinite role is whose that someone unnamed speaks for
                roles.add(Subject.complementKey(phrase.get(nameStart).lower()));
                return new Subject(Subject.Kind.UNNAMED, null, false, roles);
            }
            // a newspaper is an organisation too ("reports Manila Bulletin"): never whom a "he" or "she" means
            boolean outlet = cues.namesAPublication(phrase.subList(nameStart, nameEnd + 1), text);
            // ("mit der Mike Leibssle … haderte", "la Giorgia Meloni": a first name and a surname are a person's, an
            // article or a relative pronoun before them or not)
            boolean person = (nameEnd > nameStart && cues.isFirstName(phrase.get(nameStart))) || moodBefore;
            // (and so they are though the surname is a magazine's too: "schüttelt Verteidiger Florian Stern den Kopf")
            // ("Wilsford Parish Council", "Haggonfield Primary and Nursery School": capitalised words that end in a body's noun
            // name a body, never whom a "he" or "she" means)
            boolean body = nameEnd > nameStart && cues.isGroup(phrase.get(nameEnd));
            return new Subject(Subject.Kind.NAMED, name, !person && ((definite != null && !role) || outlet || body), roles);
        }
        if (organisation != null && Boolean.TRUE.equals(definite)) {
            // "abundó el presidente de la República": the president already named; the Republic speaks
            // only when nobody was
            return new Subject(Subject.Kind.ANAPHORIC, organisation, true, roles);
        }
        if (organisation != null && !Boolean.FALSE.equals(definite)) {
            // the body speaks ("portavoz de la Policía"); the role and what it is a role of stay known, as a name set
            // before them between commas holds them ("Braulio Prieto Macías, alcalde de San Pedro de la Nave, …" is
            // "el alcalde de San Pedro de la Nave" later); with an indefinite article the role is someone unnamed's
            // ("un vecino de la avenida de la Lengua Española")
            return new Subject(Subject.Kind.NAMED, organisation, true, roles);
        }
        if (role) {
            // "the president said" refers back to the last president named; "a spokesman", "U.S. officials",
            // "los vecinos" (a group, never the one person named before) name nobody
            boolean group = plural(roleWord);
            // ("il titolare di un bar", "the owner of a restaurant": a complement with an indefinite article makes the role
            // someone's the text does not name; a passer-by's noun, "se lamentó la vecina", refers back only to someone
            // named so, which the discourse decides)
            boolean refersBack = Boolean.TRUE.equals(definite) && !group && !indefiniteComplement(phrase);
            return new Subject(refersBack ? Subject.Kind.ANAPHORIC : Subject.Kind.UNNAMED, null, false, roles, possessed,
                    Genders.Gender.UNKNOWN, group);
        }
        if (Boolean.FALSE.equals(definite)) {
            return Subject.UNNAMED;
        }
        return Subject.NONE;
    }

    /** Whether a role's link and an indefinite article follow each other in the phrase: "di un bar", "of a restaurant". */
    private boolean indefiniteComplement(List<Token> phrase) {
        for (int k = 1; k + 1 < phrase.size(); k++) {
            if (cues.isRoleLink(phrase.get(k)) && cues.isIndefiniteArticle(phrase.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the conjunction at {@code at} joins a second name of two words or more to the name before it, the
     * phrase ending with that name: "Alessandro Campus e Giuseppe Ibba".
     */
    private boolean coordinatedName(String text, List<Token> phrase, int at) {
        int words = namesAfterConjunction(text, phrase, at);
        return words >= 2 && at + 1 + words == phrase.size();
    }

    /** Whether the conjunction at {@code at} joins a role before it to another right after it ("Historikerin und Ausbildnerin"). */
    private boolean rolesJoined(List<Token> tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && cues.isConjunction(tokens.get(at)) && cues.roleEndingAt(tokens, at - 1) > 0
                && cues.roleAt(tokens, at + 1) > 0;
    }

    /** How many capitalised words, no small word among them, follow the conjunction at {@code at}; 0 when it is none. */
    int namesAfterConjunction(String text, List<Token> tokens, int at) {
        if (!cues.isConjunction(tokens.get(at))) {
            return 0;
        }
        return capitalsEnd(text, tokens, at + 1) - (at + 1);
    }

    /**
     * Whether the comma at {@code comma} goes on with the last items of a list, one capitalised word each, a
     * conjunction between them: ", Penhascoso e Aboboreira", ", Leganés y Getafe".
     */
    private boolean listOfPlaces(String text, List<Token> phrase, int comma) {
        return comma + 3 < phrase.size() && oneName(text, phrase.get(comma + 1)) && cues.isConjunction(phrase.get(comma + 2))
                && oneName(text, phrase.get(comma + 3)) && (comma + 4 == phrase.size() || !phrase.get(comma + 4).capitalised(text));
    }

    private boolean oneName(String text, Token token) {
        return token.word() && token.capitalised(text) && !cues.isFunctionWord(token) && cues.roleAt(List.of(token), 0) == 0;
    }

    /**
     * What a description without a role or a name of its own says of the speaker: "the Grammy
     * award-winner", "la barranquillera", "el futbolista uruguayo" refer back to a person (see
     * {@link Referents}); "the band", "la empresa" to an organisation; "the statement", "el comunicado"
     * name nobody, unless a possessor says whose it is ("Ducklo’s tweet", "the White House statement").
     * Null when the phrase is no such description: it needs a definite article or a possessor, and one to
     * four lower-case words of its own that are no role and no small word.
     */
    private Subject description(String text, List<Token> phrase) {
        int n = phrase.size();
        int i = 0;
        boolean definite = false;
        if (n > 0 && cues.isArticle(phrase.get(0))) {
            if (!cues.isDefinite(phrase.get(0))) {
                return null;
            }
            definite = true;
            i = 1;
        }
        // capitalised modifiers, or a possessor and the modifiers after it: "the Grammy", "the White House",
        // "T.J. Ducklo’s", "Foden's Twitter account"
        int modifiersFrom = i;
        TextRange possessor = null;
        // "the striker's Instagram account": a role's, the person the role refers back to
        String possessorRole = definite && i < n && phrase.get(i).possessive() && !phrase.get(i).capitalised(text)
                ? cues.oneWordRole(phrase.get(i).lower().substring(0, phrase.get(i).lower().length() - 2)) : null;
        if (possessorRole != null) {
            modifiersFrom = ++i;
        }
        while (i < n && phrase.get(i).word() && phrase.get(i).capitalised(text) && !cues.isFunctionWord(phrase.get(i))) {
            Token token = phrase.get(i++);
            if (token.possessive() && possessor == null && possessorRole == null) {
                // ("Mr Loughton’s response": the title before a name is no part of it)
                int nameFrom = modifiersFrom;
                while (nameFrom < i - 1 && cues.roleAt(phrase, nameFrom) == 1) {
                    nameFrom++;
                }
                possessor = new TextRange(phrase.get(nameFrom).start(), token.end() - 2);
                modifiersFrom = i;
            }
        }
        int modifiersTo = i;
        if (i == n && modifiersTo > modifiersFrom && possessor == null && definite && cues.isDocument(phrase.get(n - 1))) {
            // "The Tweet read:": a capitalised text is still no name ("la Fiscalía", an organisation's, is one)
            modifiersTo = n - 1;
            i = n - 1;
        }
        int wordsFrom = i;
        while (i < n && (descriptionWord(text, phrase, i) || (i == n - 1 && i == modifiersTo && cues.isDocument(phrase.get(i))))) {
            i++;
        }
        if (definite && possessor == null && i > wordsFrom && i < n && cues.isGroup(phrase.get(i - 1))
                && placeComplement(text, phrase, i)) {
            // "La police de Lausanne confirme", "il Comune di Ala": the body of a place, named by both
            return new Subject(Subject.Kind.NAMED, new TextRange(phrase.get(wordsFrom).start(), phrase.get(n - 1).end()), true, Set.of());
        }
        if ((!definite && possessor == null) || i != n || i == wordsFrom || i - wordsFrom > 4) {
            return null;
        }
        List<Token> words = phrase.subList(wordsFrom, n);
        TextRange modifiers = modifiersTo > modifiersFrom
                ? new TextRange(phrase.get(modifiersFrom).start(), phrase.get(modifiersTo - 1).end()) : null;
        if (words.stream().anyMatch(cues::isDocument)) {
            if (possessorRole != null) {
                return new Subject(Subject.Kind.ANAPHORIC, null, false, Set.of(possessorRole));
            }
            if (possessor != null || modifiers != null) {
                return new Subject(Subject.Kind.NAMED, possessor != null ? possessor : modifiers, possessor == null, Set.of());
            }
            return Subject.DOCUMENT;
        }
        Set<String> keys = new HashSet<>();
        words.forEach(word -> keys.add(cues.roleKey(word.lower())));
        if (possessorRole != null) {
            // "the sheriff's office said": the office the article introduced, an organisation; a role's other
            // words ("the striker's agent") name nobody
            return words.stream().anyMatch(cues::isGroup) ? new Subject(Subject.Kind.ANAPHORIC, null, true, keys) : null;
        }
        if (words.stream().anyMatch(cues::isGroup)) {
            if (possessor != null) {
                return new Subject(Subject.Kind.NAMED, possessor, true, Set.of());
            }
            if (modifiers != null) {
                // "the Trump campaign": the organisation is named here
                return new Subject(Subject.Kind.NAMED, new TextRange(modifiers.start(), phrase.get(n - 1).end()), true, Set.of());
            }
            return new Subject(Subject.Kind.ANAPHORIC, null, true, keys);
        }
        if (possessor != null || plural(words.get(0)) || words.stream().anyMatch(cues::isPasserBy)) {
            // "Marulanda’s friend", "the fans", "el niño": someone the text does not name
            return Subject.UNNAMED;
        }
        return new Subject(Subject.Kind.ANAPHORIC, null, false, keys);
    }

    /** Whether phrase[at…] is a link and capitalised words only, up to its end: "de Lausanne", "of New York". */
    private boolean placeComplement(String text, List<Token> phrase, int at) {
        if (at + 1 >= phrase.size() || !cues.isRoleLink(phrase.get(at))) {
            return false;
        }
        for (int k = at + 1; k < phrase.size(); k++) {
            if (!phrase.get(k).word() || !phrase.get(k).capitalised(text) || cues.isFunctionWord(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A plural noun, as English and Spanish write most: "fans", "seguidores" (not "boss"). */
    static boolean plural(Token word) {
        String lower = word.lower();
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss");
    }

    /**
     * The description that ends at {@code tokens[last]}, from its definite article or its possessor:
     * "the Grammy award-winner" before "said"; null when the words there make none.
     */
    private List<Token> descriptionEndingAt(String text, List<Token> tokens, int last) {
        int j = last;
        while (j >= 0 && last - j < 4 && descriptionWord(text, tokens, j) && cues.roleEndingAt(tokens, j) == 0) {
            j--;
        }
        if (j == last || j < 0) {
            return null;
        }
        if (j >= 0 && cues.isDefiniteArticle(tokens.get(j)) && tokens.get(j).capitalised(text)
                && !complementBefore(tokens, j)) {
            // "The company said", "La primera edil ha añadido": the article that opens the sentence is capitalised
            return tokens.subList(j, last + 1);
        }
        int capitals = 0;
        while (j >= 0 && capitals < 4 && tokens.get(j).capitalised(text) && !cues.isFunctionWord(tokens.get(j))) {
            if (tokens.get(j).possessive()) {
                int first = j;
                while (first > 0 && tokens.get(first - 1).capitalised(text) && !cues.isFunctionWord(tokens.get(first - 1))) {
                    first--;
                }
                return complementBefore(tokens, first) ? null : tokens.subList(first, last + 1);
            }
            j--;
            capitals++;
        }
        if (j > 0 && tokens.get(j).possessive() && !tokens.get(j).capitalised(text)) {
            // "the striker's Instagram account": the article stands before the possessor
            j--;
        }
        return j >= 0 && cues.isDefiniteArticle(tokens.get(j)) && !complementBefore(tokens, j)
                ? tokens.subList(j, last + 1) : null;
    }

    /** A lower-case word of a description: no small word, role, time word or number ("el pasado viernes" is a time). */
    boolean descriptionWord(String text, List<Token> tokens, int at) {
        Token token = tokens.get(at);
        return token.word() && !token.capitalised(text) && !cues.isFunctionWord(token) && !cues.isTimeWord(token) && !cues.isRelative(token)
                && cues.roleAt(tokens, at) == 0 && !Character.isDigit(token.lower().charAt(0));
    }

    /**
     * Whether a preposition stands before {@code tokens[first]}, making the phrase from there the complement
     * of something before it: "A spokesperson for Nick Fletcher’s constituency office said".
     */
    private boolean complementBefore(List<Token> tokens, int first) {
        return first > 0 && (cues.isRoleLink(tokens.get(first - 1)) || cues.isPlacePreposition(tokens.get(first - 1)));
    }

    /**
     * Whether the word at {@code at} is an adjective between an indefinite article and a name: one word in lower
     * case that is no function word, right after the article, before a capitalised word that is no function word
     * ("a fatigued Boutang", "a mystified Don McMasters"; "el periódico oficialista Cubadebate" is a medium).
     */
    private boolean adjectiveBeforeName(String text, List<Token> phrase, int at, Boolean definite) {
        if (definite != Boolean.FALSE || at + 1 >= phrase.size() || at == 0) {
            return false;
        }
        Token word = phrase.get(at);
        Token next = phrase.get(at + 1);
        return cues.isArticle(phrase.get(at - 1)) && adjective(text, word) && next.word() && next.capitalised(text)
                && !cues.isFunctionWord(next) && !cues.isReportingVerb(next);
    }

    /** A word in lower case that may describe someone: no function word, pronoun, verb of saying or figure. */
    private boolean adjective(String text, Token word) {
        return word.word() && !word.capitalised(text) && !cues.isFunctionWord(word) && !cues.isPronoun(word)
                && !cues.isReportingVerb(word) && !Character.isDigit(word.lower().charAt(0));
    }

    /**
     * Where a role starts among the next few words, lower-case but for the role itself: the words before it
     * qualified the role ("McMinnville police detective Todd Rowland", "a Vatican press official", "die starke
     * Kreisläuferin"). -1 when none does.
     */
    private int roleBeforeName(String text, List<Token> phrase, int from) {
        for (int j = from; j < phrase.size() && j < from + 3; j++) {
            Token token = phrase.get(j);
            if (!token.word()) {
                return -1;
            }
            if (cues.roleAt(phrase, j) > 0 && (!token.capitalised(text) || capitalisedRoleAfterAdjective(text, phrase, from, j))) {
                return j;
            }
            if (token.capitalised(text) && !placeAdjectiveBeforeRole(text, phrase, from, j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A role with its capital after one word that may be its adjective: "die starke Kreisläuferin Caroline Thomas",
     * "the outspoken Senator John Smith"; not after an adverb or a small word ("Das erkannte auch Trainer Alonso").
     */
    private boolean capitalisedRoleAfterAdjective(String text, List<Token> phrase, int from, int role) {
        Token word = phrase.get(from);
        return (role == from + 1 || (role == from + 2 && placeAdjectiveBeforeRole(text, phrase, from, from + 1)))
                && !cues.isAdverb(word) && !cues.isFunctionWord(word) && !cues.isPronoun(word);
    }

    /**
     * "der erfreute Interlakner Sportchef René Brandenberger": where every noun has a capital, a capitalised word
     * after an adjective and right before the role says where the role is ("Interlakner", "Berliner"), no name.
     */
    private boolean placeAdjectiveBeforeRole(String text, List<Token> phrase, int from, int at) {
        return cues.capitalisesNouns() && at == from + 1 && at + 1 < phrase.size() && cues.roleAt(phrase, at + 1) > 0
                && !phrase.get(from).capitalised(text) && phrase.get(at).capitalised(text) && !cues.isFunctionWord(phrase.get(at));
    }

    /** An organisation's short name: "PRI", "SPÖ", "PPA-CI", "Pd" (two letters, as Italian writes its parties). */
    private static boolean acronym(String text, Token token) {
        int letters = 0;
        int capitals = 0;
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return letters <= 6 && (letters == 2 || (capitals >= 2 && capitals == letters));
    }

    /** Whether tokens[at] is a slash written between two capitalised words with no blank ("CDS/PP", "ÖVP/FPÖ"). */
    private static boolean slashInName(String text, List<Token> tokens, int at) {
        return tokens.get(at).is('/') && at > 0 && at + 1 < tokens.size() && tokens.get(at - 1).word() && tokens.get(at + 1).word()
                && tokens.get(at - 1).capitalised(text) && tokens.get(at + 1).capitalised(text)
                && tokens.get(at - 1).end() == tokens.get(at).start() && tokens.get(at).end() == tokens.get(at + 1).start();
    }

    /**
     * What a role is a role of: "of State", "de Gobernación", "for the Department of Justice". Returns
     * {first token of the organisation, the index after the complement, 1 when the complement is an
     * organisation named with an article (and so is not the start of the person's name)}.
     */
    private int[] complement(String text, List<Token> phrase, int at) {
        int i = at;
        if (i >= phrase.size() || !cues.isRoleLink(phrase.get(i))) {
            return new int[] {at, at, 0};
        }
        // "del Ministerio Público": the article in the link makes the capitalised words one name, though
        // only a separate article ("de la Presidencia") makes it an organisation that can speak
        boolean withArticle = cues.isDefiniteLink(phrase.get(i));
        // a link that is itself an article ("Sprecher der Polizei") is the organisation's article
        boolean article = cues.isArticle(phrase.get(i));
        i++;
        while (i < phrase.size() && (cues.isArticle(phrase.get(i)) || cues.isRoleLink(phrase.get(i)))) {
            // ("entrenador de una Bolivia que clasificó": an indefinite article before a name makes no organisation of it)
            article |= cues.isDefiniteArticle(phrase.get(i));
            i++;
        }
        // lower-case words of the role itself: "secretary of defense"
        int afterLink = i;
        while (i < phrase.size() && phrase.get(i).word() && !phrase.get(i).capitalised(text)
                && !cues.isFunctionWord(phrase.get(i))) {
            i++;
        }
        int first = i;
        if (article || withArticle) {
            while (i < phrase.size() && (phrase.get(i).capitalised(text)
                    || (cues.isParticle(phrase.get(i)) && i + 1 < phrase.size() && phrase.get(i + 1).capitalised(text)))) {
                i++;
            }
            // ("La senadora por el Partido Acción Nacional, Lilly Téllez,": a name after the comma is the person)
            boolean apposed = i + 1 < phrase.size() && phrase.get(i).is(',') && phrase.get(i + 1).capitalised(text);
            // (or a participle: "chargée du Commerce Olivia Grégoire interrogée sur CNews")
            boolean ends = i == phrase.size() || phrase.get(i).is(',')
                    || (phrase.get(i).word() && !phrase.get(i).capitalised(text) && !cues.isFunctionWord(phrase.get(i)));
            // ("presidente da Câmara do Porto Novo": two capitalised words after a particle go on naming the place)
            // ("des Bad Nauheimer Vereins": where every noun has a capital, only a first name opens the person's name)
            if (i - first >= 3 && ends && !apposed && !cues.isParticle(phrase.get(i - 3))
                    && (!cues.capitalisesNouns() || cues.isFirstName(phrase.get(i - 2)))
                    // ("del Grupo Municipal Socialista", "de la Cooperativa … Isla Santa María Puerto Sur": after a group's
                    // noun the capitalised words go on naming the group, unless its last two open with a first name)
                    && (!cues.isGroup(phrase.get(first)) || cues.isKnownFirstName(phrase.get(i - 2)))) {
                // "la segretaria del Pd Elly Schlein": an organisation's acronym, then the person's name;
                // "del Consiglio Giorgia Meloni", "de l'Intérieur Gérald Darmanin": a first name and a surname
                // close the capitalised words after the role's complement ("de l'AS Monaco Philippe Clement": a
                // club's legal form and the word after it are the club)
                int name = cues.isClubPrefix(phrase.get(first)) ? first + 2 : acronym(text, phrase.get(first)) ? first + 1 : i - 2;
                return new int[] {first, name, article ? 1 : 0};
            }
            if (first > afterLink && i - first >= 2 && !apposed && !cues.capitalisesNouns() && !cues.isRoleLink(phrase.get(first - 1))
                    && phrase.get(first).capitalised(text) && !cues.isFunctionWord(phrase.get(first))
                    && cues.isKnownFirstName(phrase.get(first))) {
                // "el presidente del sindicato Federico Páez", "le président du syndicat Frédéric Paix": after a
                // complement in lower case, a first name and a surname are the person's name
                return new int[] {first, first, 0};
            }
            i = i > first ? pastAdjectives(text, phrase, i) : i;
            return new int[] {first, i, article && i > first ? 1 : 0};
        }
        // "Secretary of State Antony Blinken", "el presidente de México": one word of complement, the rest
        // (if any) is the name, unless the complement goes on ("directora de Relaciones Corporativas de la
        // compañía …")
        int run = i;
        while (run < phrase.size() && phrase.get(run).capitalised(text)) {
            run++;
        }
        if (run > i + 1 && run < phrase.size() && cues.isRoleLink(phrase.get(run))) {
            return new int[] {first, run, 0};
        }
        if (run > i + 1 && run + 1 < phrase.size() && phrase.get(run).is(',') && phrase.get(run + 1).capitalised(text)) {
            // "El presidente de Estados Unidos, Donald Trump,": the name stands after the comma, so all the
            // capitalised words before it are the complement
            return new int[] {first, run, 0};
        }
        boolean nameGoesOn = run + 1 < phrase.size() && cues.isParticle(phrase.get(run)) && phrase.get(run + 1).capitalised(text);
        if (run == i + 2 && !nameGoesOn && first == afterLink) {
            // "la diputada de Nueva Alianza (le dijo)": two capitalised words that end the name are the complement's,
            // as a name after one word of complement has a first name and a surname of its own ("il sindaco di
            // Napoli Luigi de Magistris" goes on after its particle; after "il consigliere di opposizione" the
            // capitalised words are the name)
            return new int[] {first, run, 0};
        }
        if (first == afterLink && i < phrase.size() && phrase.get(i).capitalised(text)) {
            // ("il consigliere di opposizione Mauro Agosta": lower-case words were the complement, a name follows)
            i++;
        }
        return new int[] {first, i == run && run > first ? pastAdjectives(text, phrase, i) : i, 0};
    }

    /** Whether every token of tokens[from, to] is capitalised. */
    private static boolean allCapitalised(String text, List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.get(i).capitalised(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the lower-case word at {@code i}, right after a role, is a participle or an adjective before the role's
     * complement: "la ministre chargée du Commerce", "el vicepresidente electo de Bolivia", "l'entraîneur belge de
     * l'AS Monaco" (a definite link, or a link before a capitalised word, with or without its article).
     */
    private boolean adjectiveBeforeComplement(String text, List<Token> phrase, int i) {
        return lowerCaseBeforeLink(text, phrase, i) && (cues.isDefiniteLink(phrase.get(i + 1)) || capitalisedAfterLink(text, phrase, i + 2));
    }

    /**
     * Where a complement's capitalised words ending at {@code end} go on with their lower-case adjectives before
     * another complement ("des Affaires étrangères du Sénégal"): after those adjectives; else {@code end}.
     */
    private int pastAdjectives(String text, List<Token> phrase, int end) {
        int i = end;
        while (i < phrase.size() && phrase.get(i).word() && !phrase.get(i).capitalised(text) && !cues.isFunctionWord(phrase.get(i))
                && !cues.isRoleLink(phrase.get(i)) && cues.roleAt(phrase, i) == 0) {
            i++;
        }
        boolean nextComplement = i > end && i + 1 < phrase.size() && cues.isRoleLink(phrase.get(i)) && phrase.get(i + 1).capitalised(text);
        return nextComplement ? i : end;
    }
}
