package newsroom.annotator.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.TextRange;

/**
 * What the article has said so far about who speaks, read in text order: the last speaker named or
 * referred to (where, and in which span), and the {@link Referents} that "he", "the president" or a
 * verb without subject point back to. Sieves read it; the attributor tells it every speaker it settles
 * on. One instance per article.
 */
final class Discourse {

    /** How far back the first naming of a body by its common noun is looked for. */
    private static final int BODY_REACH = 4000;
    /** How far back the person "the latter" refers to is looked for: the sentence or two before. */
    private static final int LATTER_REACH = 600;
    /** How far after a body's subject its own naming may run ("La police nationale togolaise a annoncé"). */
    private static final int BODY_AFTER = 80;
    /** The most adjectives after a body's noun: "police nationale togolaise". */
    private static final int BODY_ADJECTIVES = 2;

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final NarratorSentences sentences;
    private final Referents referents;
    /** How the article capitalises its words, read when a sentence's subject is first needed. */
    private CapitalisedWords capitalised;

    private Speaker lastSpeaker;
    private int lastSpeakerAt = -1;
    private int lastSpeakerSpan = -1;
    /** The last organisation named as a speaker, and in which span: whom "el organismo" may refer to. */
    private Speaker lastOrganisation;
    private int lastOrganisationSpan = -1;
    /** The person a narrator's sentence last said was asked, the span, and where that sentence ends. */
    private Speaker asked;
    private int askedSpan = -1;
    private int askedSentenceEnd = -1;
    /** The names the article gives organisations that spoke ("la Fiscalía"), which are no person's. */
    private final Set<String> organisations = new HashSet<>();
    private final FirstNameStart firstNames;
    private final DocumentAuthors documents;
    /** The article's full names of people and bodies, read once: whom a body's common noun may mean. */
    private final FullNames fullNames;

    Discourse(TokenView view, ReportingCues cues, SpeakerParser parser, NarratorSentences sentences, QuotationIndex quotations,
              FullNames fullNames) {
        this.fullNames = fullNames;
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.sentences = sentences;
        this.firstNames = new FirstNameStart(view, cues, sentences::languageAt);
        this.documents = new DocumentAuthors(view, cues, parser, sentences, quotations);
        this.referents = new Referents(view, cues, parser, sentences.spans(), quotations, sentences::spanIndex,
                at -> sentences.at(at).start(), this::capitalised, firstNames);
    }

    /** A person's name from its first name on, where the language capitalises nouns ("Gemeinderat Günter Salchner"). */
    TextRange personName(TextRange name) {
        TextRange person = firstNames.person(name);
        if (person == null) {
            return name;
        }
        if (!firstNames.capitalisesNouns(person.start())) {
            // "Tiene Óscar Puente", "Clearly Fabian Picardo": a word that opens the sentence, written in lower case
            // elsewhere and never capitalised inside a sentence, is no part of the name after it
            List<Token> words = view.tokens(person.start(), person.end());
            if (words.size() >= 3 && words.get(0).word() && sentences.at(person.start()).start() == person.start()
                    && capitalised().opensSentencesOnly(text.substring(words.get(0).start(), words.get(0).end()))) {
                int first = 1;
                while (first < words.size() - 1 && !words.get(first).capitalised(text)) {
                    // ("Mensaje de Jonathan Dos Santos")
                    first++;
                }
                return new TextRange(words.get(first).start(), person.end());
            }
        }
        return person;
    }

    Referents referents() {
        return referents;
    }

    /** The last speaker named or referred to, or null. */
    Speaker lastSpeaker() {
        return lastSpeaker;
    }

    /**
     * Whom a reporting verb at {@code at} whose subject is left out means: no one named, when a sentence after the last
     * speaker's was about someone it named as no one; the last speaker, else, before
     * anyone spoke, whom a pronoun there would mean ("Un profundo sentimiento siente Carmen Rodríguez … En
     * entrevista, aseguró que …"), else, in an opening that names nobody yet, the one the next paragraph names
     * ("Señala que “…”" over "El presidente municipal de Morelia, Alfonso Martínez Alcázar, descartó …").
     */
    Speaker leftOutSubject(int at) {
        if (referents.aboutSomeoneUnnamed(at)
                && (lastSpeaker == null || sentences.at(referents.unnamedAt()).start() > lastSpeakerAt)) {
            // "Otra usuaria, que prefiere mantenerse en el anonimato, asegura …. «…», señala": a sentence after the last
            // speaker's was about someone it named as no one, and the verb goes on with that one ("El mandatario, a
            // pregunta expresa de un periodista, …, ha señalado" is still the president's: one sentence)
            return null;
        }
        if (lastSpeaker != null) {
            return lastSpeaker;
        }
        Speaker referred = referents.pronounSpeaker(at);
        return referred != null ? referred : referents.namedNextInOpening(at);
    }

    /** The last speaker, when mentioned in the paragraph of {@code at} or the one before; else null. */
    Speaker lastSpeakerNear(int at) {
        return lastSpeaker != null && sentences.spanIndex(at) - lastSpeakerSpan <= 1 ? lastSpeaker : null;
    }

    /** Where the last speaker was mentioned, -1 before anyone was. */
    int lastSpeakerAt() {
        return lastSpeakerAt;
    }

    /** The span in which the last speaker was mentioned, -1 before anyone was. */
    int lastSpeakerSpan() {
        return lastSpeakerSpan;
    }

    CapitalisedWords capitalised() {
        if (capitalised == null) {
            capitalised = new CapitalisedWords(text);
        }
        return capitalised;
    }

    /** The speaker was mentioned at {@code at}: the one a later "he said" or "añadió" refers to. */
    void mention(Speaker speaker, int at) {
        lastSpeaker = speaker;
        lastSpeakerAt = at;
        lastSpeakerSpan = sentences.spanIndex(at);
    }

    /** A narrator's sentence ending at {@code sentenceEnd} said the person was asked ("Reporters asked Maria Lopez …"). */
    void asked(Speaker person, int at, int sentenceEnd) {
        asked = person;
        askedSpan = sentences.spanIndex(at);
        askedSentenceEnd = sentenceEnd;
    }

    /**
     * Who answers with the cue when its subject is a pronoun or left out: for a verb of answering ("she
     * replied", "respondió"), the person asked in this paragraph or the one before, when nobody was
     * named as speaking since the question; else null.
     */
    Speaker answerer(ReportingCues.Cue cue) {
        if (asked == null || lastSpeakerAt >= askedSentenceEnd || sentences.spanIndex(cue.start()) - askedSpan > 1
                || view.tokens(cue.start(), cue.end()).stream().noneMatch(cues::isAnswerVerb)) {
            return null;
        }
        referents.spoke(asked);
        return asked;
    }

    /** The speaker a subject standing before {@code at} names or refers to, or null. */
    Speaker resolve(Subject subject, int at) {
        return switch (subject.kind()) {
            case NAMED -> {
                if (isPlatform(subject) || heading(subject) || kinAlone(subject)) {
                    yield null;
                }
                TextRange person = subject.organisation() ? subject.name() : firstNames.person(subject.name());
                if (person == null && subject.roles().isEmpty()) {
                    // "Play-Off Spiel", "Situation Stellung": capitalised nouns where every noun has a capital, no name
                    yield null;
                }
                Speaker speaker = Speaker.at(text, person != null ? person : subject.name(), subject.roles());
                if (!subject.organisation()) {
                    referents.spoke(speaker);
                } else {
                    organisations.add(speaker.name());
                    lastOrganisation = speaker;
                    lastOrganisationSpan = sentences.spanIndex(at);
                }
                lastSpeaker = speaker;
                yield speaker;
            }
            case PRONOUN -> referents.pronounSpeaker(at, subject.gender());
            // "… Éric Galessi, Stéphane Dubosq et Clarisse Maillard. Cette dernière trouve regrettable : «…»": the person
            // the narrator named last, not the last speaker
            case LATTER -> {
                TextRange person = fullNames.lastPersonBefore(at, LATTER_REACH);
                Speaker latter = person == null ? null : Speaker.at(text, person, Set.of());
                if (latter != null) {
                    referents.spoke(latter);
                }
                yield latter;
            }
            // "«…», concluye el tuit": a text named right after the words of the speaker last quoted, in
            // that paragraph or the next, is that speaker's; any other names nobody
            case DOCUMENT -> {
                if (lastSpeaker != null && sentences.spanIndex(at) - lastSpeakerSpan <= 1) {
                    yield lastSpeaker;
                }
                Subject author = documents.before(at, capitalised());
                yield author.found() ? resolve(author, at) : null;
            }
            case ANAPHORIC -> {
                if (subject.organisation() && subject.name() == null) {
                    // "the band said": the organisation introduced with that noun, else the one that spoke
                    // last nearby, else nobody named
                    Speaker group = referents.organisationWith(subject.roles(), at);
                    if (group == null && lastOrganisation != null && sentences.spanIndex(at) - lastOrganisationSpan <= 2) {
                        group = lastOrganisation;
                    }
                    Speaker body = group != null ? group : bodyNamedWith(subject.roles(), at);
                    // "según la corporación" after "el Ayuntamiento de Roales del Pan": no body named with that noun, the
                    // body the article last named in full
                    yield body != null ? body : bodyNamedInFull(at);
                }
                // a role after its article ("el médico sostuvo") is a role, never a surname ("Colegio Médico")
                boolean spokesperson = subject.name() != null && !isPlatform(subject) && cues.speaksForOrganisation(subject.roles());
                // a spokesperson is someone named in that role, never merely the last person named
                // and a relative ("el familiar", "the brother") someone named as that relative, never the last person named,
                // who is more often the one they are a relative of
                // and one the story meets ("la vecina") someone named so before, else someone it does not name
                Speaker person = spokesperson || cues.onlyKin(subject.roles()) || cues.onlyPassersBy(subject.roles())
                        ? referents.namedWithRoles(subject.roles(), at)
                        : referents.withRoles(subject.roles(), at);
                if (person != null) {
                    referents.spoke(person);
                }
                if (person == null && spokesperson) {
                    // "el portavoz de la Presidencia", "der Pressesprecher der Staatsanwaltschaft" with nobody
                    // named in that role before: the organisation speaks
                    person = Speaker.at(text, subject.name(), Set.of());
                    lastSpeaker = person;
                }
                yield person;
            }
            // ("Rey pidió" reads as a role without article, someone unnamed, unless a name ends with it)
            case UNNAMED -> {
                Speaker bearer = surnameBearer(subject, at);
                yield bearer != null || subject.possessed() ? bearer : referents.namedLaterInLead(subject.roles(), subject.group(), at);
            }
            default -> null;
        };
    }

    /** Whether the name is one capitalised noun of family relation, no one's name: "Mom: 'He attacked our son …'". */
    private boolean kinAlone(Subject subject) {
        List<Token> words = view.tokens(subject.name().start(), subject.name().end());
        return words.size() == 1 && cues.isKin(words.get(0));
    }

    /**
     * "précise la police" after "… de la police nationale": a body the article names by its common noun, not by a name,
     * as it first named it, the noun and the adjectives after it ("police nationale", "police nationale togolaise"),
     * within {@link #BODY_REACH} characters before; null when the article does not name it so.
     */
    private Speaker bodyNamedWith(Set<String> nouns, int at) {
        List<Token> tokens = view.tokens(Math.max(0, at - BODY_REACH), Math.min(text.length(), at + BODY_AFTER));
        for (int i = 0; i < tokens.size(); i++) {
            Token noun = tokens.get(i);
            if (!noun.word() || noun.capitalised(text) && !opensSentence(tokens, i) || !nouns.contains(noun.lower()) || !cues.isGroup(noun)) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i <= BODY_ADJECTIVES && adjective(tokens, end)) {
                end++;
            }
            if (end - i < 2) {
                continue;
            }
            TextRange body = new TextRange(noun.start(), tokens.get(end - 1).end());
            Speaker speaker = Speaker.at(text, body, Set.of());
            organisations.add(speaker.name());
            return speaker;
        }
        return null;
    }

    /** The body the article last named in full within {@link #BODY_REACH} characters before {@code at}, or null. */
    private Speaker bodyNamedInFull(int at) {
        TextRange latest = fullNames.lastBodyBefore(at, BODY_REACH);
        if (latest == null) {
            return null;
        }
        Speaker speaker = Speaker.at(text, latest, Set.of());
        organisations.add(speaker.name());
        return speaker;
    }

    /**
     * Whether the word at {@code at} reads as an adjective after a noun: in lower case, no function word, link,
     * preposition, auxiliary, reporting verb or role, and no verb before its object's article ("la formación condena el …").
     */
    private boolean adjective(List<Token> tokens, int at) {
        Token word = tokens.get(at);
        if (!word.word() || word.capitalised(text) || cues.isFunctionWord(word) || cues.isRoleLink(word) || cues.isPlacePreposition(word)
                || cues.isAuxiliary(word) || cues.isReportingVerb(word) || cues.roleAt(tokens, at) > 0) {
            return false;
        }
        return at + 1 >= tokens.size() || !cues.isArticle(tokens.get(at + 1));
    }

    /** Whether the token opens its sentence: first, or after a stop. */
    private static boolean opensSentence(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).is('.');
    }

    /**
     * "Rey pidió …", "Cr King said": a role word that is the surname of someone named before ("Bellingen Shire
     * Mayor Dominic King") is that person, a title before it or not; null when no role word, or more than one
     * person, answers so.
     */
    private Speaker surnameBearer(Subject subject, int at) {
        if (subject.name() != null) {
            return null;
        }
        Speaker bearer = null;
        for (String role : subject.roles()) {
            Speaker named = Subject.isComplementKey(role) ? null : referents.withSurname(role, at);
            if (named != null && bearer != null && !named.name().equals(bearer.name())) {
                return null;
            }
            bearer = named != null ? named : bearer;
        }
        if (bearer != null) {
            referents.spoke(bearer);
        }
        return bearer;
    }

    /** Whether the name is one an organisation spoke under in this article. */
    boolean isOrganisation(String name) {
        return organisations.contains(name);
    }

    /** The speaker an attribution names, as the discourse keeps it. */
    static Speaker speakerOf(Attribution attribution) {
        return new Speaker(attribution.name(), attribution.nameAt(), Set.of(), attribution.cue());
    }

    /** Several words in capitals throughout are a heading ("CONSEJO DE MINISTROS"), not a name ("AMLO" is one word). */
    private boolean heading(Subject subject) {
        String name = text.substring(subject.name().start(), subject.name().end());
        return name.strip().indexOf(' ') > 0 && name.equals(name.toUpperCase(Locale.ROOT))
                && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    boolean isPlatform(Subject subject) {
        return cues.isPlatform(text.substring(subject.name().start(), subject.name().end()));
    }
}
