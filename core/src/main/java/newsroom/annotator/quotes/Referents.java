package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;

/**
 * The people an article's narrator has named so far, read in text order: whom "he", "she", "the Mexican
 * president" or a Spanish verb without subject ("añadió") refers to. Speakers come first; the person a
 * sentence is about ("Durant has since apologized") counts nearby; people named with a role anywhere
 * ("Sen. Ron Wyden", "Hugo López-Gatell, subsecretario de…") answer a role that matches. One instance per
 * article.
 */
final class Referents {

    /** A name before an apposition's comma is at most this many tokens long. */
    private static final int NAME_LOOK_BACK = 16;
    /** How much of the paragraph before a role is read for a name when nobody was named otherwise. */
    private static final int NEARBY_CHARS = 600;
    /** How many paragraphs back a pronoun's gender is matched in. */
    private static final int AGREEMENT_SPANS = 8;
    /** How many of the latest people of each kind a look back reads: a pronoun's gender, a paragraph that names no one. */
    private static final int RECENT_PEOPLE = 30;
    /** A full name read by its capitals has two words at least and rarely more than four. */
    private static final int FULL_NAME_WORDS = 4;

    /** How far back before a pronoun its paragraph is read for a full name when no one else is there to mean. */
    private static final int PRONOUN_REACH_CHARS = 800;

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final List<Span> spans;
    private final QuotationIndex quotations;
    /** Per span, whether it is a line in title case, read when first needed. */
    private final Boolean[] titleCased;
    /** The span a position lies in, and where the narrator's sentence around a position starts. */
    private final IntUnaryOperator spanOf;
    private final IntUnaryOperator sentenceStartOf;
    private final Supplier<CapitalisedWords> capitalised;

    /** The people named as speakers so far, the latest last. */
    private final People people = new People();
    /**
     * The people the narrator's sentences are about (their subjects) that did not speak, with the span
     * where each stood: a "he said" refers to one only in its paragraph or the one before.
     */
    private final People subjects = new People();
    private final List<Integer> subjectSpans = new ArrayList<>();
    /** Where the latest sentence about someone unnamed stands, and its span; -1 when none yet. */
    private int unnamedAt = -1;
    private int unnamedSpan = -1;
    /**
     * People the narrator names with a role anywhere ("the exchange between Sen. Ron Wyden and Sessions",
     * "Hugo López-Gatell, subsecretario de…"), read up to {@link #mentionsReadTo} as a role needs them:
     * "the Oregon Democrat", "el subsecretario" may refer back to them.
     */
    private final People mentions = new People();
    private int mentionsReadTo;
    /** People named with a role after the point where the mentions were read, for a lead that names nobody yet. */
    private People laterMentions;
    /** The capitalised words the article writes right after a place preposition ("en Barcelona"), read when first asked. */
    private Set<String> places;
    /** The index of the article's first paragraph of prose: a role before it or in it may refer ahead. */
    private final int firstParagraph;
    /** Organisations the narrator introduced with a noun ("the band Coldplay"), read with the mentions. */
    private final People organisations = new People();
    private final FirstNameStart firstNames;

    Referents(TokenView view, ReportingCues cues, SpeakerParser parser, List<Span> spans, QuotationIndex quotations,
              IntUnaryOperator spanOf, IntUnaryOperator sentenceStartOf, Supplier<CapitalisedWords> capitalised,
              FirstNameStart firstNames) {
        this.firstNames = firstNames;
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.spans = spans;
        this.quotations = quotations;
        this.titleCased = new Boolean[spans.size()];
        this.firstParagraph = NarratorSentences.firstParagraph(spans);
        this.spanOf = spanOf;
        this.sentenceStartOf = sentenceStartOf;
        this.capitalised = capitalised;
    }

    /** A person named as a speaker, or referred to as one. */
    void spoke(Speaker speaker) {
        Speaker last = people.last();
        // the same name at the same place is the same person: no need to compare roles
        if (last == null || !(last.name().equals(speaker.name()) && Objects.equals(last.at(), speaker.at()))) {
            people.add(withKnownRoles(speaker));
        }
    }

    /** The person a sentence at {@code at} is about, who did not speak there. */
    void isAbout(Speaker speaker, int at) {
        subjects.add(withKnownRoles(speaker));
        subjectSpans.add(spanOf.applyAsInt(at));
    }

    /**
     * The speaker with the roles the article gave that person before, when named now without one: after
     * "Adler-Coach Peter Wedemeyer" and "TSV-Trainer Matthias Salzmann", "Wedemeyer kann Entwarnung geben"
     * makes him the coach last named, whom "sagte der Coach" then means.
     */
    private Speaker withKnownRoles(Speaker speaker) {
        if (!speaker.roles().isEmpty() || speaker.name() == null) {
            return speaker;
        }
        String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
        Speaker known = null;
        for (People kind : List.of(people, subjects, mentions)) {
            Speaker bearer = kind.latestWithSurname(surname);
            if (bearer == null || !bearer.name().endsWith(speaker.name())) {
                continue;
            }
            if (known != null && !known.name().equals(bearer.name())) {
                // two people of that surname: the name alone says neither's role
                return speaker;
            }
            known = bearer.roles().isEmpty() ? known : later(known, bearer);
        }
        return known == null ? speaker : new Speaker(speaker.name(), speaker.at(), known.roles(), speaker.cue());
    }

    /**
     * A sentence at {@code at} is about someone the text does not name ("The Twitter user hit back …"): a
     * "he added" right after refers to that one, not to whoever was named before.
     */
    void isAboutSomeoneUnnamed(int at) {
        unnamedAt = at;
        unnamedSpan = spanOf.applyAsInt(at);
    }

    /** Where the latest sentence about someone the text names as no one speaks of them; -1 before any. */
    int unnamedAt() {
        return unnamedAt;
    }

    /** Whether the latest sentence about someone, in the paragraph of {@code at} or the one before, named nobody. */
    boolean aboutSomeoneUnnamed(int at) {
        if (unnamedAt < 0 || unnamedSpan < spanOf.applyAsInt(at) - 1) {
            return false;
        }
        Speaker speaker = people.last();
        Speaker subject = subjects.last();
        return (speaker == null || speaker.at().start() < unnamedAt) && (subject == null || subject.at().start() < unnamedAt);
    }

    /**
     * Whom a pronoun set off inside a sentence that opens at {@code sentenceStart} refers to: the last speaker,
     * when that sentence opened with someone else ("Mr Balban, he added, was “…”"); null when no one else spoke.
     */
    Speaker speakerBesides(int sentenceStart) {
        Speaker subject = subjects.last();
        Speaker speaker = people.last();
        if (subject == null || subject.at().start() < sentenceStart || speaker == null || speaker.name().equals(subject.name())) {
            return null;
        }
        spoke(speaker);
        return speaker;
    }

    /** Whom a "he said" at {@code at} refers to, or null when it is someone unnamed; that person now speaks. */
    Speaker pronounSpeaker(int at) {
        return pronounSpeaker(at, Genders.Gender.UNKNOWN);
    }

    /** As {@link #pronounSpeaker(int)}, for a pronoun that says a man or a woman ("she tweeted"). */
    Speaker pronounSpeaker(int at, Genders.Gender gender) {
        if (aboutSomeoneUnnamed(at)) {
            return null;
        }
        Speaker person = lastPerson(at);
        if (person == null) {
            // "Das erkannte auch Trainer Alonso, … „…“, sagte er": nobody spoke or opened a sentence yet, and
            // the last person named with a role is whom the pronoun means
            scanMentions(at);
            person = mentions.last();
        }
        if (person == null && gender != Genders.Gender.UNKNOWN) {
            // "La motivation devrait être présente, en particulier chez Francis Torreborre. « … », explique-t-il": no
            // one spoke, opened a sentence or came with a role, and the full name before the pronoun in its own
            // paragraph whose first name says the pronoun's gender is whom it means
            person = lastFullNameBefore(at, gender);
        }
        person = agreeing(person, gender, at);
        if (gender != Genders.Gender.UNKNOWN && person != null && !namedAsPerson(person)) {
            // "South Carolina says … Axson planted about 250 acres of corn. … “…” he said": a "he" or "she" means the
            // person a later sentence was about, not a name that nothing marks as a person's
            Speaker subject = subjects.last();
            if (subject != null && subject.at() != null && person.at() != null && subject.at().start() > person.at().start()
                    && subject.at().start() < at && namedAsPerson(subject)) {
                person = subject;
            }
        }
        if (person != null) {
            spoke(person);
        }
        return person;
    }

    /**
     * Whether the name is surely a person's: a role goes with it, a first name opens it, or it is one word the article
     * gives as the surname of a full name that a first name opens ("Axson" after "Jeffrey Axson").
     */
    private boolean namedAsPerson(Speaker speaker) {
        if (!speaker.roles().isEmpty() || speaker.at() == null) {
            return true;
        }
        List<Token> words = view.tokens(speaker.at().start(), speaker.at().end()).stream().filter(Token::word).toList();
        if (words.isEmpty()) {
            return true;
        }
        if (firstName(words.get(0))) {
            return true;
        }
        if (words.size() > 1) {
            return false;
        }
        String surname = text.substring(words.get(0).start(), words.get(0).end());
        return fullerNames(surname).stream().filter(fuller -> fuller.at() != null)
                .map(fuller -> view.tokens(fuller.at().start(), fuller.at().end()))
                .anyMatch(fullerWords -> !fullerWords.isEmpty() && firstName(fullerWords.get(0)));
    }

    /** The longer names people, subjects and mentions (in that order) last gave someone of this surname. */
    private List<Speaker> fullerNames(String surname) {
        List<Speaker> fuller = new ArrayList<>(3);
        for (People kind : List.of(people, subjects, mentions)) {
            Speaker bearer = kind.latestWithSurname(surname);
            if (bearer != null && !bearer.name().equals(surname)) {
                fuller.add(bearer);
            }
        }
        return fuller;
    }

    /**
     * The person a pronoun of that gender at {@code at} refers to, found as the last one spoken of: that person, unless
     * their title or first name says the other gender; then the latest person of the pronoun's gender named in this
     * paragraph or the few before ("The speaker shot back … “…” she tweeted" after the mayor spoke), else still them.
     */
    Speaker agreeing(Speaker person, Genders.Gender gender, int at) {
        if (person == null || !gender.contradicts(genderOf(person))) {
            return person;
        }
        if (cues.genders().ofTitles(person.roles()) == Genders.Gender.UNKNOWN && person.at() != null
                && spanOf.applyAsInt(at) - spanOf.applyAsInt(person.at().start()) <= 1
                && QuotationFinder.isProse(spans.get(spanOf.applyAsInt(person.at().start())))) {
            // "Rogers said that in his opinion … “…” he said": a first name tells a gender less surely than being
            // the one the narrator spoke of in this paragraph or the one before ("Stacey" is a man's name too); a
            // post's signature there is no such mention
            return person;
        }
        scanMentions(at);
        int fromSpan = spanOf.applyAsInt(at) - AGREEMENT_SPANS;
        Speaker agreeing = null;
        for (People kind : List.of(people, subjects, mentions)) {
            for (Speaker candidate : kind.latest(RECENT_PEOPLE)) {
                if (candidate.at() == null || candidate.at().start() >= at || spanOf.applyAsInt(candidate.at().start()) < fromSpan
                        || (agreeing != null && candidate.at().start() <= agreeing.at().start())) {
                    continue;
                }
                if (genderOf(candidate) == gender) {
                    agreeing = candidate;
                }
            }
        }
        return agreeing != null ? agreeing : person;
    }

    /**
     * A person's gender by a title, else by the first word of a name of several words; a surname alone ("Walsh", "Le
     * Tissier") by a fuller name it ends.
     */
    private Genders.Gender genderOf(Speaker person) {
        List<Token> words = person.at() == null ? List.of() : view.tokens(person.at().start(), person.at().end()).stream().filter(Token::word).toList();
        if (words.stream().anyMatch(word -> cues.isConjunction(word) || cues.isGroup(word))) {
            // "Amanda Huckabay and Chris Walsh": two people; "Philippine National Police": a body; no one gender
            return Genders.Gender.UNKNOWN;
        }
        Genders genders = cues.genders();
        Genders.Gender gender = genders.ofTitles(person.roles());
        if (gender != Genders.Gender.UNKNOWN) {
            return gender;
        }
        if (words.size() >= 2 && !cues.isParticle(words.get(0))) {
            return genders.ofFirstName(text.substring(words.get(0).start(), words.get(0).end()));
        }
        List<Speaker> fuller = person.name() == null ? List.of() : fullerNames(person.name().strip());
        return fuller.stream().map(this::genderOf).filter(told -> told != Genders.Gender.UNKNOWN).findFirst()
                .orElse(Genders.Gender.UNKNOWN);
    }

    /**
     * Whether the name is capitalised nouns only, where every noun has a capital: a name the article never writes as a
     * person's ("eine grosse Herausforderung", "Als gerechtes Resultat"), no one who speaks.
     */
    boolean nounsOnly(Subject subject) {
        return subject != null && subject.kind() == Subject.Kind.NAMED && !subject.organisation()
                && firstNames.capitalisesNouns(subject.name().start()) && !personal(subject);
    }

    /**
     * Whether a name the sentence is about is a person's: a role goes with it, it has several words, or
     * the article gives it a first name somewhere, or named someone so before ("Angela Merkel …, sagte
     * Merkel"). One word the article writes right after a place preposition ("in Stuhr") is a place, not a person.
     */
    boolean personal(Subject subject) {
        if (subject.roles().isEmpty() && firstNames.person(subject.name()) == null) {
            // "Freude bei …", "Ortsteil Dorfmark": where every noun has a capital, words no first name opens
            return false;
        }
        if (!subject.roles().isEmpty() || view.tokens(subject.name().start(), subject.name().end()).size() > 1) {
            return true;
        }
        String name = text.substring(subject.name().start(), subject.name().end());
        if (isPlace(name)) {
            // "Da Stuhr die Verdener … bestrafte" after "in Stuhr": a place the article names, no person
            return false;
        }
        scanMentions(subject.name().start());
        // where every noun has a capital, a word after a capitalised noun ("Meisterfavorit Pipinsried") ends no name
        boolean endsAName = firstNames.capitalisesNouns(subject.name().start())
                ? firstNames.writtenAsName(view.tokens(subject.name().start(), subject.name().end()).get(0))
                : capitalised.get().endsAName(name);
        return mentions.hasName(name) || endsAName
                || people.hasSurname(name) || subjects.hasSurname(name) || mentions.hasSurname(name);
    }

    /**
     * Whether the article names a place with these words: it writes them right after a place preposition
     * somewhere ("en Barcelona", "in Colombia"), as it never writes a person's name.
     */
    boolean isPlace(String name) {
        if (places == null) {
            places = new HashSet<>();
            List<Token> tokens = view.tokens(0, text.length());
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (cues.isPlacePreposition(tokens.get(i)) && tokens.get(i + 1).capitalised(text)) {
                    places.add(tokens.get(i + 1).lower());
                }
            }
        }
        String[] parts = Spelling.key(name).split("\\s+");
        return parts.length == 1 && places.contains(parts[0]);
    }

    /**
     * Whom "he" or "she" refers to: the last person named as a speaker, or the subject of a sentence in
     * the paragraph or the one before when that came later ("Durant has since apologized. …, he said").
     */
    Speaker lastPerson(int at) {
        Speaker speaker = people.last();
        if (subjects.isEmpty()) {
            return speaker;
        }
        Speaker subject = subjects.last();
        if (speaker == null) {
            return subject;
        }
        boolean near = subjectSpans.get(subjectSpans.size() - 1) >= spanOf.applyAsInt(at) - 1;
        return near && subject.at().start() > speaker.at().start() ? subject : speaker;
    }

    /**
     * "the Mexican president said": the last person named with that role, else the last person named;
     * people the narrator only mentioned with a role ("Hugo López-Gatell, subsecretario de…") count when
     * they came later.
     */
    Speaker withRoles(Set<String> roles, int before) {
        Set<String> roleKeys = roles.stream().filter(r -> !Subject.isComplementKey(r)).collect(Collectors.toSet());
        Set<String> complementKeys = roles.stream().filter(Subject::isComplementKey).collect(Collectors.toSet());
        if (nobodyNamedBefore(before)) {
            // a lead names nobody yet ("El Presidente comparó …"): the first one named later with that role, of the
            // same body ("le président du tribunal" is not "le président de l'association")
            Speaker later = firstLaterWith(roles, complementKeys);
            return later != null ? later : nameEarlierNearby(before);
        }
        // the role and what it is a role of together ("the Information Minister" among ministers), then the role
        // itself ("el fiscal"), then what it is a role of ("la titular de Interior")
        if (!roleKeys.isEmpty() && !complementKeys.isEmpty()) {
            Speaker both = later(people.latestWithBoth(roleKeys, complementKeys),
                    topicOver(subjects.latestWithBoth(roleKeys, complementKeys), mentions.latestWithBoth(roleKeys, complementKeys)));
            if (both != null) {
                return both;
            }
        }
        // then the roles a general one covers: "el funcionario saenzista", "the lawmaker" refer back to one named
        // with one of them
        for (Set<String> keys : List.of(roleKeys, complementKeys, cues.narrowerRoles(roleKeys))) {
            Speaker match = later(people.latestWith(keys), topicOver(subjects.latestWith(keys), mentions.latestWith(keys)));
            if (match != null) {
                return match;
            }
        }
        if (!roleKeys.isEmpty() && inOpening(before)) {
            // "Il sindaco: «…»" over a lead that names "Il sindaco Claudio Soini": a headline or lead refers
            // ahead to the one the article goes on to name with that role, and of the same body ("o presidente da
            // Associação de Agricultores" is not the one named later as "o presidente da União de Cooperativas")
            Speaker later = firstLaterWith(roleKeys, complementKeys);
            if (later != null) {
                return later;
            }
        }
        // no one with that role: someone named earlier in the same sentence ("the exchange between Sen.
        // Ron Wyden and Sessions, in which the Oregon Democrat accused …"), else whom the article is about
        Speaker last = mentions.last();
        Speaker about = lastPerson(before);
        if (about == null && last == null) {
            // nobody named yet but in this sentence: "After photos showing Elton John in a wheelchair
            // surfaced Wednesday, the legendary singer addressed them"
            return nameEarlierNearby(before);
        }
        if (about == null || last == null) {
            return about == null ? last : about;
        }
        boolean sameSentence = last.at().start() >= sentenceStartOf.applyAsInt(before);
        return sameSentence ? later(about, last) : about;
    }

    /**
     * The latest person named before {@code before} whose name ends with the word: "Rey pidió" after "Jesica
     * Rey, ministra de Comunicación" is her, though "rey" is a role; null when nobody's name ends so.
     */
    Speaker withSurname(String word, int before) {
        scanMentions(before);
        return later(later(people.latestWithSurname(word), subjects.latestWithSurname(word)), mentions.latestWithSurname(word));
    }

    /** The first person named with a role in the narrator's words of [from, to) ("el ministro de Salud, Miguel Mayo"), or null. */
    Speaker namedWithRoleIn(int from, int to) {
        scanMentions(to);
        List<Speaker> all = mentions.all();
        Speaker first = null;
        for (int i = all.size() - 1; i >= 0 && all.get(i).at().start() >= from; i--) {
            if (all.get(i).at().start() < to) {
                first = all.get(i);
            }
        }
        return first;
    }

    /** The last person named before {@code before} with one of the roles themselves ("portavoz"), or null. */
    Speaker namedWithRoles(Set<String> roles, int before) {
        scanMentions(before);
        Set<String> keys = roles.stream().filter(r -> !Subject.isComplementKey(r)).collect(Collectors.toSet());
        return later(later(people.latestWith(keys), subjects.latestWith(keys)), mentions.latestWith(keys));
    }

    /**
     * The last name of two words or more in the narrator's sentence before {@code at}, else in the
     * paragraph before it ("scaloni 2.jpg Lionel Scaloni dio la primera conferencia …" over "el entrenador
     * fue claro: …", where nobody was named otherwise), or null.
     */
    private Speaker nameEarlierNearby(int at) {
        Speaker inSentence = nameIn(sentenceStartOf.applyAsInt(at), at, true);
        int span = spanOf.applyAsInt(at);
        if (inSentence != null || span < 1 || !QuotationFinder.isProse(spans.get(span - 1))) {
            return inSentence;
        }
        // its last words only: the work per role stays bounded however long that paragraph is
        Span before = spans.get(span - 1);
        return nameIn(Math.max(before.start(), before.end() - NEARBY_CHARS), before.end(), false);
    }

    /** The last name of two words or more in the narrator's words of [from, at), or null; {@code ownSentence}: the role's sentence. */
    private Speaker nameIn(int from, int at, boolean ownSentence) {
        // the words of a quotation are the speaker's, not the narrator's: read up to the first one
        for (Quotation quotation : quotations.overlapping(from, at)) {
            if (quotation.open() <= from) {
                from = Math.min(at, Math.max(from, quotation.close()));
            } else {
                at = Math.min(at, quotation.open());
                break;
            }
        }
        List<Token> tokens = view.tokens(from, at);
        Speaker found = null;
        int i = 1;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && tokens.get(end).capitalised(text) && !cues.isFunctionWord(tokens.get(end))
                    && !cues.isReportingVerb(tokens.get(end)) && !tokens.get(end).possessive()) {
                end++;
            }
            // "el partido contra el Rayo Vallecano": a name after an article is a team's or a company's; "O
            // presidente da Câmara Municipal de Lisboa": one after a role's link is what the role is a role of; in the
            // role's own sentence, "Tras el triunfo ante Alianza Lima, el director técnico …": one after a preposition
            // of place is the adverbial's, where or against whom (in the paragraph before, "in Salmon Cove" may be
            // the place a later "the town" is)
            // ("nel Parco Nazionale del Gargano": a group's noun opens a body's name)
            if (end - i >= 2 && end - i <= 4 && !cues.isArticle(tokens.get(i - 1)) && !cues.isRoleLink(tokens.get(i - 1))
                    && !cues.isGroup(tokens.get(i))
                    && !(ownSentence && cues.isPlacePreposition(tokens.get(i - 1)))) {
                Subject name = parser.interpret(text, tokens.subList(i, end));
                // ("LÓPEZ OBRADOR DA POSITIVO A COVID-19": a line in capitals shows no name by them; "Anzac Day", "Labor
                // Day": a name that ends with a word of time is a day's)
                if (name.kind() == Subject.Kind.NAMED && !name.organisation() && !inCapitals(name.name())
                        && !cues.isTimeWord(tokens.get(end - 1)) && !creditedInCaption(tokens, i, from)) {
                    found = Speaker.at(text, name.name(), name.roles());
                }
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    /**
     * Whether the name at {@code tokens[at]} follows a label and its colon in a photo's caption ("… Foto: Madeleine
     * Schoder"): the one who took the picture, no one the prose speaks of.
     */
    private boolean creditedInCaption(List<Token> tokens, int at, int from) {
        return at >= 2 && tokens.get(at - 1).is(':') && tokens.get(at - 2).word()
                && spans.get(spanOf.applyAsInt(from)).type() == SpanType.CAPTION;
    }

    /**
     * "the band said", "la empresa informó": the last organisation introduced with one of those nouns
     * before {@code before}, or null (never a person).
     */
    Speaker organisationWith(Set<String> nouns, int before) {
        scanMentions(before);
        return organisations.latestWith(nouns);
    }

    /**
     * The one a role refers to of the person a sentence is about and a person named with that role later:
     * the later one, unless the mention stands in the subject's own sentence ("La ministra …, Isabel
     * Rodríguez, ha iniciado … tanto ella como la ministra de Justicia, Pilar Llop, … La ministra ha puesto
     * de manifiesto": the sentence's subject stays the topic).
     */
    private Speaker topicOver(Speaker subject, Speaker mention) {
        if (subject != null && mention != null && mention.at().start() > subject.at().start()
                && sentenceStartOf.applyAsInt(mention.at().start()) == sentenceStartOf.applyAsInt(subject.at().start())) {
            return subject;
        }
        return later(subject, mention);
    }

    /** The one of the two named later in the text; either may be null. */
    private static Speaker later(Speaker one, Speaker other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return other.at().start() > one.at().start() ? other : one;
    }

    /** Whether {@code at} stands in the headline, a teaser or the first paragraph of prose. */
    private boolean inOpening(int at) {
        return spanOf.applyAsInt(at) <= firstParagraph;
    }

    /**
     * "A COUNCILLOR has apologised over an “inappropriate” tweet", "Alcalde asegura que se trata de “…”": a role
     * without a definite article in a lead that names nobody yet is the one the story names later with that role, else
     * (one person's role) the one the next paragraph names with a role; null elsewhere, or when nobody is.
     */
    Speaker namedLaterInLead(Set<String> roles, boolean group, int at) {
        if (roles.isEmpty() || !inOpening(at) || !nobodyNamedBefore(at)) {
            // ("«…», explique un conseiller municipal" further on is a source the story leaves unnamed)
            return null;
        }
        Speaker later = firstLaterWith(roles);
        // ("A COUNCILLOR" over "Cllr Chas Townley …"; never for several people, "French military leaders urged …", nor for
        // one who speaks for a body, "a spokesman")
        return later != null || group || cues.speaksForOrganisation(roles) ? later : firstNamedInNextParagraph(at, true);
    }

    /**
     * Whether the prose of [from, to) names no one: nobody is mentioned with a role there, and none of the latest people
     * who spoke or opened a sentence was named there.
     */
    boolean namesNobodyIn(int from, int to) {
        // (read apart from the mentions read so far, which later look-ups take as far as they go)
        People named = new People();
        mentionsIn(from, to, named, null);
        if (!named.isEmpty()) {
            return false;
        }
        for (People kind : List.of(people, subjects)) {
            for (Speaker recent : kind.latest(RECENT_PEOPLE)) {
                if (recent.at() != null && recent.at().start() >= from && recent.at().start() < to) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the text names nobody before {@code at}: no one spoke, opened a sentence or was mentioned with a role. */
    private boolean nobodyNamedBefore(int at) {
        scanMentions(at);
        return people.isEmpty() && subjects.isEmpty() && mentions.isEmpty();
    }

    /**
     * "Señala que “tan es así” …" over "El presidente municipal de Morelia, Alfonso Martínez Alcázar, descartó …": a verb
     * whose subject is left out, in an opening that names nobody yet, its own paragraph nobody either, is said by the
     * first person the next paragraph names with a role; null elsewhere, or when that paragraph names nobody so.
     */
    Speaker namedNextInOpening(int at) {
        if (!inOpening(at) || !nobodyNamedBefore(at)) {
            return null;
        }
        // (a paragraph that names someone itself is read by the verb's other sieves: "dijo sobre las críticas … del
        // diputado del PRI, Joel Vargas Aguiar" names whom the words are about)
        return firstNamedInNextParagraph(at, false);
    }

    /**
     * The first person the paragraph after {@code at}'s names with a role, or by a full name alone when {@code byFullName},
     * when {@code at}'s own names no one with a role after it; else null.
     */
    private Speaker firstNamedInNextParagraph(int at, boolean byFullName) {
        laterMentions();
        int next = spanOf.applyAsInt(at) + 1;
        Speaker withRole = null;
        for (Speaker later : laterMentions.all()) {
            int span = later.at() == null ? -1 : spanOf.applyAsInt(later.at().start());
            if (span == next - 1) {
                return null;
            }
            if (span >= next) {
                withRole = span == next ? later : null;
                break;
            }
        }
        // "A leading Torbay councillor has said …" over "Cordelia Law (Tormohun), who is the deputy leader …": the next
        // paragraph may name the person a lead's role introduced by a full name alone, its first name first
        Speaker byName = byFullName && next < spans.size() ? firstFullNameIn(next) : null;
        return byName != null && (withRole == null || byName.at().start() < withRole.at().start()) ? byName : withRole;
    }

    /**
     * The first person the narration of a paragraph names in full, opening with a first name ("Cordelia Law",
     * "lead member for education Phil Wynn"); null when none, or where capitals mark every noun.
     */
    private Speaker firstFullNameIn(int index) {
        Span span = spans.get(index);
        if (!QuotationFinder.isProse(span) || titleCased(index) || cues.capitalisesNouns(span.language().language())) {
            return null;
        }
        int from = span.start();
        for (Quotation quotation : quotations.overlapping(span.start(), span.end())) {
            if (quotation.open() > from) {
                Speaker named = fullNameBetween(from, quotation.open());
                if (named != null) {
                    return named;
                }
            }
            from = Math.max(from, quotation.close());
        }
        return from < span.end() ? fullNameBetween(from, span.end()) : null;
    }

    /** The first full name of text[from, to), opening with a first name the tables know; null when none. */
    private Speaker fullNameBetween(int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).capitalised(text) || !firstName(tokens.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i < FULL_NAME_WORDS && nameWord(tokens.get(end))) {
                end++;
            }
            if (end - i < 2 || tokens.subList(i, end).stream().anyMatch(cues::isGroup)) {
                continue;
            }
            return Speaker.at(text, new TextRange(tokens.get(i).start(), tokens.get(end - 1).end()), Set.of());
        }
        return null;
    }

    /**
     * The last full name in the prose of {@code at}'s paragraph before it whose first name the genders table gives that
     * gender; null when none.
     */
    private Speaker lastFullNameBefore(int at, Genders.Gender gender) {
        int index = spanOf.applyAsInt(at);
        if (index < 0 || !QuotationFinder.isProse(spans.get(index)) || titleCased(index)) {
            return null;
        }
        Speaker last = null;
        // (read within a bounded stretch before the pronoun: a paragraph of pronouns and no names stays linear)
        int from = Math.max(spans.get(index).start(), at - PRONOUN_REACH_CHARS);
        for (Quotation quotation : quotations.overlapping(from, at)) {
            if (quotation.open() > from) {
                last = orLater(last, from, quotation.open(), gender);
            }
            from = Math.max(from, quotation.close());
        }
        return from < at ? orLater(last, from, at, gender) : last;
    }

    /** The last full name of text[from, to) whose first name has that gender, else {@code earlier}. */
    private Speaker orLater(Speaker earlier, int from, int to, Genders.Gender gender) {
        Speaker last = earlier;
        for (Speaker named = fullNameBetween(from, to); named != null; named = fullNameBetween(named.at().end(), to)) {
            List<Token> words = view.tokens(named.at().start(), named.at().end());
            // ("Maricopa County Recorder Adrian Fontes": the name opens at the first name of the pronoun's gender)
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!cues.isArticle(words.get(i)) && cues.genders().ofFirstName(words.get(i).lower()) == gender) {
                    last = Speaker.at(text, new TextRange(words.get(i).start(), named.at().end()), Set.of());
                    break;
                }
            }
        }
        return last;
    }

    private boolean firstName(Token token) {
        return token.word() && !cues.isFunctionWord(token) && cues.isKnownFirstName(token);
    }

    private boolean nameWord(Token token) {
        return token.word() && token.capitalised(text) && !cues.isFunctionWord(token);
    }

    private void laterMentions() {
        if (laterMentions == null) {
            laterMentions = new People();
            mentionsIn(mentionsReadTo, text.length(), laterMentions, null);
        }
    }

    private Speaker firstLaterWith(Set<String> roles) {
        return firstLaterWith(roles, Set.of());
    }

    /**
     * The first person named later with one of the roles, whose role is of no other body than the complements say:
     * either side naming none, or both naming one of them.
     */
    private Speaker firstLaterWith(Set<String> roles, Set<String> complements) {
        laterMentions();
        for (Speaker later : laterMentions.all()) {
            if (roles.stream().anyMatch(r -> !Subject.isComplementKey(r) && later.roles().contains(r))
                    && (complements.isEmpty() || later.roles().stream().noneMatch(Subject::isComplementKey)
                    || complements.stream().anyMatch(later.roles()::contains))) {
                return later;
            }
        }
        return null;
    }

    /** Reads the people the narrator names with a role in the prose before {@code to}, outside quotations. */
    private void scanMentions(int to) {
        if (to <= mentionsReadTo) {
            return;
        }
        int from = mentionsReadTo;
        mentionsReadTo = to;
        mentionsIn(from, to, mentions, organisations);
    }

    /** Adds to {@code found} the people named with a role in the prose of [from, to), outside quotations. */
    private void mentionsIn(int from, int to, People found, People groups) {
        for (int s = Math.max(0, spanOf.applyAsInt(from)); s < spans.size() && spans.get(s).start() < to; s++) {
            Span span = spans.get(s);
            if (!QuotationFinder.isProse(span) || span.end() <= from || titleCased(s)) {
                continue;
            }
            int at = Math.max(from, span.start());
            int end = Math.min(to, span.end());
            for (Quotation quotation : quotations.overlapping(at, end)) {
                if (quotation.close() <= at || quotation.open() >= end) {
                    continue;
                }
                if (quotation.open() > at) {
                    mentionsInNarration(at, quotation.open(), found, groups);
                }
                at = Math.max(at, quotation.close());
            }
            if (at < end) {
                mentionsInNarration(at, end, found, groups);
            }
        }
    }

    private boolean titleCased(int span) {
        if (titleCased[span] == null) {
            Span line = spans.get(span);
            titleCased[span] = !cues.capitalisesNouns(line.language().language())
                    && CapitalisedWords.titleCased(text, view.tokens(line.start(), line.end()));
        }
        return titleCased[span];
    }

    /** Whether tokens[at] opens brackets round one word in capitals ("(OIJ)"). */
    private boolean acronymInBrackets(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).is('(') || !tokens.get(at + 2).is(')')) {
            return false;
        }
        Token word = tokens.get(at + 1);
        String written = text.substring(word.start(), word.end());
        return word.word() && written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT));
    }

    private boolean namePart(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.word()) {
            return token.is(',');
        }
        // "ministra del Interior y Seguridad Pública": a small word between capitalised ones
        boolean joinsCapitals = at + 1 < tokens.size() && tokens.get(at - 1).capitalised(text)
                && tokens.get(at + 1).capitalised(text);
        // "el fiscal coordinador José Costa": an adjective between a role and a full name
        boolean roleAdjective = at + 2 < tokens.size() && cues.roleEndingAt(tokens, at - 1) > 0 && !token.capitalised(text)
                && !cues.isFunctionWord(token) && tokens.get(at + 1).capitalised(text) && tokens.get(at + 2).capitalised(text)
                && !cues.isFunctionWord(tokens.get(at + 1)) && !cues.capitalisesNouns();
        return (token.capitalised(text) && !cues.isFunctionWord(token)) || cues.roleAt(tokens, at) > 0 || roleAdjective
                || cues.isArticle(token) || linksToCapitals(tokens, at) || joinsCapitals
                // a particle belongs to a name only before its next capitalised word ("de la Fuente", not "Alianza le dijo")
                || cues.joinsName(tokens, at, text);
    }

    /**
     * Whether tokens[at] links a role to what it is a role of, capitals or an article after it ("ministro dell'Interno",
     * "presidente de la República"); "Lollobrigida al contrattacco" links nothing.
     */
    private boolean linksToCapitals(List<Token> tokens, int at) {
        if (!cues.isRoleLink(tokens.get(at)) || at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return next.capitalised(text) || cues.isArticle(next);
    }

    /** "Sen. Ron Wyden", "el subsecretario Hugo López-Gatell", "Hugo López-Gatell, subsecretario de…". */
    private void mentionsInNarration(int from, int to, People found, People groups) {
        List<Token> tokens = view.tokens(from, to);
        int i = 0;
        while (i < tokens.size()) {
            int described = describedAt(tokens, i, found, groups);
            if (described == i) {
                described = organisationNamedAt(tokens, i, groups);
            }
            if (described > i) {
                i = described;
                continue;
            }
            if (cues.roleAt(tokens, i) == 0) {
                i++;
                continue;
            }
            // the name follows the role and what it is a role of: "Sen. Ron Wyden and Sessions", "presidente
            // de la República, Andrés Manuel López Obrador"; any other word ends the phrase
            int end = i + 1;
            List<Token> phrase = new ArrayList<>(tokens.subList(premodifiedFrom(tokens, i), end));
            while (end < tokens.size() && end < i + 12) {
                if (acronymInBrackets(tokens, end)) {
                    // "el director del Organismo de Investigación Judicial (OIJ), Wálter Espinoza": the body's initials
                    // in brackets go on its name
                    end += 3;
                    continue;
                }
                if (!namePart(tokens, end)) {
                    break;
                }
                phrase.add(tokens.get(end));
                end++;
            }
            Subject role = parser.interpret(text, phrase);
            // ("Frédéric Taquin, l'entraîneur de la RAAL La Louvière": the role's article may stand after the comma when
            // what the role is a role of ends in one capitalised word; "Cecilia Goyeneche, el fiscal coordinador José
            // Costa" lists two people)
            boolean article = i >= 1 && cues.isArticle(tokens.get(i - 1)) && role.isPerson()
                    && role.roles().stream().anyMatch(Subject::isComplementKey)
                    && view.tokens(role.name().start(), role.name().end()).size() == 1;
            int comma = article ? i - 2 : i - 1;
            Subject apposed = comma >= 1 && tokens.get(comma).is(',') ? parser.endingAt(text, tokens, comma - 1) : Subject.NONE;
            if (role.isPerson() && apposed.isPerson()) {
                // "Rafael Guerrero, entrenador del Calvo Sotelo Puertollano": a role set after a name between commas is
                // that person's, and the capitals after it what it is a role of, no one else's name
                addPerson(found, Speaker.at(text, apposed.name(), role.roles()));
                i = end;
                continue;
            }
            if (role.isPerson() && firstNames.person(role.name()) == null) {
                // "Der Trainer der Eisbären Berlin": where every noun has a capital, capitals no first name opens
                // after a role are what it is a role of, nobody's name
                i++;
                continue;
            }
            if (role.isPerson()) {
                addPerson(found, Speaker.at(text, role.name(), role.roles()));
                while (i < tokens.size() && tokens.get(i).end() <= role.name().end()) {
                    i++;
                }
                continue;
            }
            if (i >= 2 && tokens.get(i - 1).is(',')) {
                Subject named = parser.endingAt(text, tokens, i - 2);
                if (named.isPerson()) {
                    addPerson(found, Speaker.at(text, named.name(), role.roles()));
                }
            } else {
                Speaker inCapacity = namedInCapacity(tokens, i, role.roles());
                if (inCapacity != null) {
                    addPerson(found, inCapacity);
                }
            }
            i++;
        }
    }

    /**
     * "el nombramiento de Mariana de Lachica Huerta como vocera oficial": a full name, a word of capacity ({@code
     * grammar.txt}'s {@code capacity-words}) and the role at {@code tokens[role]}, its article between or not: that person
     * holds the role, which a later "la vocera" refers back by; null when the words before the role are no such phrase.
     */
    private Speaker namedInCapacity(List<Token> tokens, int role, Set<String> roles) {
        int capacity = role - 1;
        if (capacity > 0 && cues.isArticle(tokens.get(capacity))) {
            capacity--;
        }
        if (capacity < 1 || !cues.isCapacityWord(tokens.get(capacity)) || !tokens.get(capacity - 1).capitalised(text)) {
            return null;
        }
        Subject named = parser.endingAt(text, tokens, capacity - 1);
        return named.isPerson() && view.tokens(named.name().start(), named.name().end()).size() >= 2
                ? Speaker.at(text, named.name(), roles) : null;
    }

    /**
     * Where a role's phrase starts when capitalised words between a definite article and the role say what it
     * is a role of ("the Health Minister, Kwaku Agyeman-Manu"): at that article; else at the role itself.
     */
    private int premodifiedFrom(List<Token> tokens, int role) {
        int start = role;
        while (start > 0 && capitalisedName(tokens.get(start - 1)) && !tokens.get(start - 1).possessive()) {
            start--;
        }
        boolean article = start < role && start > 0 && cues.isDefiniteArticle(tokens.get(start - 1));
        return article ? start - 1 : role;
    }

    /** Whether the words at {@code range} are written all in capitals ("AFP", "BEJA"): initials or a shout, no person's name. */
    boolean inCapitals(TextRange range) {
        String written = text.substring(range.start(), range.end());
        return written.equals(written.toUpperCase(Locale.ROOT));
    }

    /** A platform is nobody ("su cuenta oficial de Twitter" is no official named Twitter). */
    private void addPerson(People found, Speaker person) {
        if (!cues.isPlatform(person.name())) {
            found.add(person);
        }
    }

    /**
     * "The Fall River Police Department apologized", "el Ministerio de Salud informó": a name of several
     * capitalised words one of which is a group noun is that organisation's, which a later "the
     * department said" or "el ministerio" refers back to. Returns where the name ends, or {@code i} when
     * no such name starts at {@code tokens[i]}.
     */
    private int organisationNamedAt(List<Token> tokens, int i, People groups) {
        if (groups == null || !capitalisedName(tokens.get(i)) || (i > 0 && capitalisedName(tokens.get(i - 1)))) {
            return i;
        }
        int end = i;
        String noun = null;
        while (end < tokens.size() && end < i + 8) {
            Token token = tokens.get(end);
            boolean particle = cues.isParticle(token) && end + 1 < tokens.size() && capitalisedName(tokens.get(end + 1));
            if (!capitalisedName(token) && !particle) {
                break;
            }
            if (!particle && cues.isGroup(token)) {
                noun = token.lower();
            }
            end++;
            // "the Trump campaign's" ends the name; "Rockdale County Sheriff's Office" goes on to its noun
            boolean ownNoun = end < tokens.size() && capitalisedName(tokens.get(end)) && cues.isGroup(tokens.get(end));
            if (token.possessive() && !ownNoun) {
                break;
            }
        }
        if (noun == null || end - i < 2) {
            return i;
        }
        Token last = tokens.get(end - 1);
        int nameEnd = last.withoutPossessive(text).end();
        groups.add(Speaker.at(text, new TextRange(tokens.get(i).start(), nameEnd), Set.of(noun)));
        return end;
    }

    /**
     * Whether the token before the one starting at {@code start}, among the few before {@code tokens[end]}, is a definite
     * article or link ("the", "del") or a preposition of place ("em Oliveira do Bairro, acabou": a place's name); the
     * look-back is a name's length, whatever the paragraph's.
     */
    private boolean afterArticleOrPlace(List<Token> tokens, int start, int end) {
        for (int k = end - 1; k >= 1 && end - k <= NAME_LOOK_BACK; k--) {
            if (tokens.get(k).start() == start) {
                Token before = tokens.get(k - 1);
                return cues.isDefiniteArticle(before) || cues.isDefiniteLink(before) || cues.isPlacePreposition(before);
            }
        }
        return false;
    }

    private boolean capitalisedName(Token token) {
        return token.word() && token.capitalised(text) && !cues.isFunctionWord(token) && !cues.isArticle(token);
    }

    /**
     * A name introduced with a description that is no role: "el economista radical Martín Tetaz", "the
     * band Coldplay", "Federico Valverde, futbolista del Real Madrid,". The description's words are what a
     * later "el economista" or "the band" refers back by. Returns where the name ends, or {@code i} when
     * no description starts at {@code tokens[i]}.
     */
    private int describedAt(List<Token> tokens, int i, People people, People groups) {
        Token first = tokens.get(i);
        boolean article = cues.isDefiniteArticle(first);
        boolean apposition = first.is(',') && i > 0 && tokens.get(i - 1).capitalised(text);
        if (!article && !apposition) {
            return i;
        }
        int j = i + 1;
        if (apposition && j < tokens.size() && cues.isArticle(tokens.get(j))) {
            j++;
        }
        int wordsFrom = j;
        while (j < tokens.size() && j - wordsFrom < 3 && parser.descriptionWord(text, tokens, j)) {
            j++;
        }
        if (j == wordsFrom) {
            return i;
        }
        Set<String> keys = new HashSet<>();
        tokens.subList(wordsFrom, j).forEach(word -> keys.add(cues.roleKey(word.lower())));
        boolean group = tokens.subList(wordsFrom, j).stream().anyMatch(cues::isGroup);
        if (tokens.subList(wordsFrom, j).stream().anyMatch(cues::isDocument)) {
            return i;
        }
        Subject named;
        int end = j;
        if (article) {
            // the name right after the description, a particle between its capitals ("Kimberly-Clark de México")
            while (end < tokens.size() && end < j + 5 && !tokens.get(end).possessive()
                    && ((tokens.get(end).capitalised(text) && !cues.isFunctionWord(tokens.get(end)))
                    || (end > j && cues.isParticle(tokens.get(end)) && end + 1 < tokens.size() && tokens.get(end + 1).capitalised(text)))) {
                end++;
            }
            // the name is the whole run of capitals, nothing after it that a role or a title would take ("the
            // band Coldplay frontman Chris Martin"); a word in lower case after it is the sentence going on
            // ("Kimberly-Clark de México afirmó"), where a capital marks a name and not every noun
            boolean whole = end > j && (end == tokens.size() || !tokens.get(end).word()
                    || (!tokens.get(end).capitalised(text) && cues.roleAt(tokens, end) == 0
                    && !cues.capitalisesNouns(spans.get(spanOf.applyAsInt(first.start())).language().language())));
            named = whole ? parser.interpret(text, tokens.subList(j, end)) : Subject.NONE;
            if (named.kind() == Subject.Kind.NAMED && named.name().end() != tokens.get(end - 1).end()) {
                named = Subject.NONE;
            }
        } else {
            // the name right before the comma, unless a definite article, a link or a preposition of place goes before
            // it: "a lo interno del Consejo, el representante manifestó" names a body, and the description is the
            // sentence's subject
            named = parser.endingAt(text, tokens, i - 1);
            if (named.kind() == Subject.Kind.NAMED && afterArticleOrPlace(tokens, named.name().start(), i)) {
                return i;
            }
        }
        if (named.kind() != Subject.Kind.NAMED) {
            return i;
        }
        Speaker speaker = Speaker.at(text, named.name(), keys);
        if (group) {
            if (groups != null) {
                groups.add(speaker);
            }
        } else if (!named.organisation()) {
            addPerson(people, speaker);
        }
        return Math.max(end, i + 1);
    }}
