package newsroom.annotator.quotes;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.quotes.ReportingCues.Cue;
import newsroom.annotator.segment.Trim;

/**
 * Finds the reporting clause of a quotation in the narrator's sentence and reads its speaker: a verb or
 * cue phrase after the quotation ("“…,” NAME said", "“…”, dijo NAME", "“…”, añadió.", "“…,” according
 * to NAME", "«…» que escribió NAME") or before it ("NAME said: “…”", "NAME afirmó que “…”", "según NAME,
 * “…”", "Añadió: “…”"). The subject comes from {@link SpeakerParser}; who a pronoun, a role or a verb
 * without subject refers to, from the {@link Discourse}. One instance per article.
 */
final class ReportingClauses {

    /** How far before a quotation its sentence's introduction is read ("… deputado nomeado Davis Fong: “…”"). */
    private static final int INTRODUCTION_CHARS = 300;
    /** The longest stretch before a quotation that may label it ("Konrad Hall: „…“"), in characters. */
    private static final int LABEL_MAX_CHARS = 160;
    /** The most words of a label inside a sentence: a title, a first name, a surname and a particle or two. */
    private static final int LABEL_MAX_WORDS = 6;

    /**
     * The most tokens between a verb whose subject is not found and the quotation it governs ("calling the
     * MP “…”"); further on, the verb is most likely another quotation's ("“…,” said X of the music …").
     */
    private static final int GOVERNED_REACH = 10;
    /** How far from its sentence's end a closing reporting clause may start: "…, sagte er in der Sendung von RTL." */
    private static final int CLOSING_CLAUSE_MAX_CHARS = 120;
    /** The most words a subject after its verb of saying takes before a relative clause's comma ("su compañero de fórmula"). */
    private static final int MAX_POSTPOSED_SUBJECT = 6;
    /** Enough characters before a clause to hold the verb of saying that stands right before it. */
    private static final int VERB_LOOKBACK_CHARS = 40;
    /**
     * How many words before a verb a conjunction that opens its clause, or the relative pronoun of a clause a participle
     * goes on, is looked for: a clause's reach, which keeps the work per verb bounded however long a sentence runs.
     */
    private static final int CLAUSE_REACH_TOKENS = 40;
    /** The most words of a first part before a verb that stands second, read as one phrase: "Tief enttäuscht". */
    private static final int FIRST_PART_MAX_WORDS = 4;
    /** The most object pronouns between a relative pronoun and its verb: "que se lo dijo". */
    private static final int MAX_OBJECT_CLITICS = 2;
    /**
     * The most tokens of a description between commas after a name: "penalista di grande esperienza e presidente
     * dell'Ordine degli avvocati di Genova".
     */
    private static final int MAX_APPOSITION = 20;

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final NarratorSentences sentences;
    private final Discourse discourse;
    private final LayoutSpeakers layout;
    private final PassiveVoice passives;

    ReportingClauses(TokenView view, ReportingCues cues, SpeakerParser parser, NarratorSentences sentences,
                     Discourse discourse, LayoutSpeakers layout) {
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.sentences = sentences;
        this.discourse = discourse;
        this.layout = layout;
        this.passives = new PassiveVoice(view, cues, parser);
    }

    /**
     * "“…,” NAME said", "“…”, dijo NAME", "“…”, añadió.", "“…,” according to NAME", "«…» que escribió
     * NAME".
     */
    Found speakerAfter(Quotation quotation, int to, Quotation following) {
        for (Cue cue : cues.find(view.tokens(quotation.close(), to))) {
            boolean toldBefore = toldBeforeVerb(quotation.close(), cue.start());
            if (!toldBefore && startsAnotherClause(quotation.close(), cue.start())) {
                // "El «se queda» que escribió Piqué": the quotation is what the relative clause's verb said
                Subject object = onlyRelative(quotation.close(), cue.start()) && !cue.phrase()
                        ? parser.after(view, cue.end(), to, false) : Subject.NONE;
                if (object.kind() == Subject.Kind.NAMED) {
                    return found(cue, discourse.resolve(object, cue.start()));
                }
                // "“help the people in Cuba,” which he described as …": the verb is another clause's
                break;
            }
            if (cue.gerund()) {
                // "… was “farcical”, saying a Labour MP had attacked him": the participle clause is the
                // sentence's, whose subject stands before the quotation; the name after it is no speaker
                break;
            }
            if (!cue.phrase() && introducesClause(cue, to)) {
                // "«…», ha matizado también que …": the verb introduces what follows, not the quotation before
                continue;
            }
            Subject subject;
            if (cue.inverted()) {
                // "«…», a-t-il ajouté", "«…», dit-elle": the pronoun after the verb is its subject
                subject = invertedPronoun(cue);
            } else if (cue.phrase()) {
                subject = afterPhrase(cue, to, false);
            } else if (!onlyAdverbs(quotation.close(), cue.start()) && !toldBefore) {
                if (pronounOpensObjectClause(cue, to)) {
                    // "“…?” Reeve Cathy Regier said she had gone for a drive": the verb after its subject reports
                    // a clause of its own, whose subject follows it; the sentence is another one
                    continue;
                }
                subject = parser.before(view, quotation.close(), cue.start());
                if (subject.kind() != Subject.Kind.NAMED && qualifiesNoun(quotation, cue.start())) {
                    // "The “Cold Heart” singer announced": the quoted title describes the subject, which
                    // announced something else
                    return Found.NOTHING;
                }
            } else {
                // the subject after the one the words were told to: "«…», a déclaré à l'AFP le ministre …"
                Subject afterTold = null;
                if (cue.dropsSubject() && addresseeFollows(cue, to)) {
                    afterTold = parser.afterAddressee(view, cue.end(), to);
                    if (!afterTold.found()) {
                        // "“…”, le acotó a Losada": the name after the marker is the one spoken to; the speaker
                        // is the sentence's subject before the quotation ("ha detto all'Afp il suo portavoce,
                        // NAME" names the speaker after the one told)
                        break;
                    }
                }
                // "“…,” told CP24": the name after a verb of telling is the one told, never the speaker; one that
                // ends the sentence after a verb of asking is the one who asks ("“…?” asked Mikhail Hafiz.")
                // ("« … », a assuré le procureur": where the language puts the subject there, the name after the verb is its)
                boolean told = cue.addressee() && cues.tellsAfterQuotation(sentences.languageAt(cue.start()));
                boolean asker = told && cues.asks(view.tokens(cue.start(), cue.end()));
                subject = told && !asker ? Subject.NONE : parser.after(view, cue.end(), to, asker);
                if (!subject.found() && !told) {
                    subject = afterTold != null ? afterTold : parser.afterAddressee(view, cue.end(), to);
                }
                if (!subject.found() && following != null && following.open() == to && onlyAdverbs(cue.end(), to)
                        && layout.isQuotedName(following)) {
                    // "“…”, expresó “El Jefe Diego” en su cuenta de Twitter"
                    Speaker nickname = Speaker.at(text, following.pieces().get(0), Set.of());
                    discourse.referents().spoke(nickname);
                    return found(cue, nickname);
                }
                if (!subject.found() && cue.dropsSubject() && !objectFollows(cue, to)) {
                    Subject introduced = introducedBefore(quotation);
                    if (!introduced.found()) {
                        return found(cue, leftOutSpeaker(cue));
                    }
                    // "Opinião semelhante foi partilhada pelo deputado Davis Fong: “…”, apontou.": the one the
                    // sentence introduced the words with
                    subject = introduced;
                }
            }
            if (subject.kind() == Subject.Kind.ANAPHORIC && subject.name() == null) {
                // "Konrad Hall: „…“, sagt der CDU-Fraktionssprecher": the name that labels the quotation is
                // whom the description after the verb describes
                Subject label = labelBefore(quotation);
                if (label.found()) {
                    subject = label.withRoles(subject.roles());
                }
            }
            if (subject.kind() == Subject.Kind.PRONOUN) {
                Speaker answerer = discourse.answerer(cue);
                if (answerer != null) {
                    return found(cue, answerer);
                }
            }
            if (subject.found()) {
                return found(cue, notTheAddressee(subject, discourse.resolve(subject, cue.start()), cue, to));
            }
        }
        return Found.NOTHING;
    }

    /**
     * The speaker a pronoun was resolved to, unless that is the one the verb names as spoken to ("“Really?” she asked
     * Sampson" after Sampson was named): one asks or tells someone else, whom the text then does not name.
     */
    private Speaker notTheAddressee(Subject subject, Speaker speaker, Cue cue, int to) {
        if (speaker == null || speaker.name() == null || subject.kind() != Subject.Kind.PRONOUN || !cue.addressee() || cue.end() >= to) {
            return speaker;
        }
        Subject told = parser.after(view, cue.end(), to, true);
        if (told.kind() != Subject.Kind.NAMED || told.organisation()) {
            return speaker;
        }
        String name = text.substring(told.name().start(), told.name().end()).strip();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return speaker.name().equals(name) || speaker.name().endsWith(" " + surname) ? null : speaker;
    }

    /**
     * The person the quotation's own sentence introduces it with, before a colon: the name right before the colon
     * ("Opinião semelhante foi partilhada pelo deputado nomeado Davis Fong: “…”"), else the subject of the words
     * before it ("O deputado Davis Fong partilhou a opinião: “…”"); NONE when the quotation follows no colon of its
     * sentence, or the words before it name no person.
     */
    private Subject introducedBefore(Quotation quotation) {
        // (the introduction is read within its last few phrases, however long its sentence runs)
        int sentenceStart = Math.max(sentences.at(quotation.open()).start(), quotation.open() - INTRODUCTION_CHARS);
        List<Token> before = view.tokens(sentenceStart, quotation.open());
        if (before.size() < 2 || !before.get(before.size() - 1).is(':')) {
            return Subject.NONE;
        }
        int colon = before.get(before.size() - 1).start();
        Subject named = parser.before(view, sentenceStart, colon);
        if (personsName(named, sentenceStart)) {
            return named;
        }
        Subject subject = parser.subject(text, before.subList(0, before.size() - 1), discourse.capitalised());
        return personsName(subject, sentenceStart) ? subject : Subject.NONE;
    }

    /**
     * Whether the subject is a person named with two words or more of letters, or by the surname of someone named before
     * {@code before} ("il virus Covid-19" names no one).
     */
    private boolean personsName(Subject subject, int before) {
        if (!subject.isPerson()) {
            return false;
        }
        List<Token> words = view.tokens(subject.name().start(), subject.name().end());
        if (words.stream().anyMatch(word -> !word.word() || text.substring(word.start(), word.end()).chars().anyMatch(Character::isDigit))) {
            return false;
        }
        return words.size() >= 2 || discourse.referents().withSurname(text.substring(subject.name().start(), subject.name().end()), before) != null;
    }

    /**
     * A person's name of two words or more that labels the quotation in its own sentence, as a headline's does
     * ({@link LayoutSpeakers#headlineSpeaker}): "Konrad Hall: „…“"; none otherwise.
     */
    private Subject labelBefore(Quotation quotation) {
        int sentenceStart = sentences.at(quotation.open()).start();
        if (quotation.open() - sentenceStart > LABEL_MAX_CHARS) {
            // a label is a few words: a longer stretch is none, and is not read token by token for every quotation
            return Subject.NONE;
        }
        Subject label = layout.headlineSpeaker(sentenceStart, quotation.open());
        return labelsPerson(label, sentenceStart) ? label : Subject.NONE;
    }

    /**
     * Whether a label names a person: two words or more, or the surname alone of someone named before {@code before}
     * ("Dazu Freiberger: „…“, sagt der neue Rattenberger Bürgermeister").
     */
    private boolean labelsPerson(Subject label, int before) {
        return label.kind() == Subject.Kind.NAMED && !label.organisation()
                && (view.tokens(label.name().start(), label.name().end()).size() >= 2
                || discourse.referents().withSurname(text.substring(label.name().start(), label.name().end()), before) != null);
    }

    /**
     * A person's name alone before the colon that opens the quotation, after a comma or a dash of the sentence: a label
     * inside it ("Gli interventi, Marchesi: “…”", "LE INTERVISTE - Agrizzi: “…”"), two words or the surname of
     * someone named before; null when the words there are no such name.
     */
    Speaker inlineLabel(int from, int open) {
        List<Token> tokens = view.tokens(Math.max(from, open - LABEL_MAX_CHARS), open);
        int start = -1;
        for (int i = tokens.size() - 2; i >= 1; i--) {
            if (tokens.get(i).is(',') || QuotationFinder.isDash(tokens.get(i))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0 || tokens.size() - 1 - start > LABEL_MAX_WORDS) {
            return null;
        }
        Subject label = layout.headlineSpeaker(tokens.get(start).start(), open);
        return labelsPerson(label, from) ? discourse.resolve(label, label.name().start()) : null;
    }

    /**
     * The reporting clause that ends a sentence after its last comma, the verb first and its subject after
     * it, as verb-second and inverting languages write it: "…, dass es “absolut notwendig” sei, …, betont
     * der Minister.", "…, a-t-il ajouté.", "…, ha spiegato il sindaco.". Nothing when the clause names nobody.
     */
    Found closingClause(int from, int sentenceEnd) {
        int comma = -1;
        // the clause is a few words: only the sentence's last characters are read, however long it runs
        for (Token token : view.tokens(Math.max(from, sentenceEnd - CLOSING_CLAUSE_MAX_CHARS), sentenceEnd)) {
            if (token.is(',')) {
                comma = token.end();
            }
        }
        List<Cue> found = comma < 0 ? List.of() : cues.find(view.tokens(comma, sentenceEnd));
        if (found.isEmpty() || found.get(0).phrase() || found.get(0).addressee()) {
            return Found.NOTHING;
        }
        Cue cue = found.get(0);
        if (!onlyAdverbs(comma, cue.start())) {
            // "“…” to appoint renters or students initially, Hallman said.": the subject before its verb, the
            // clause closing the sentence
            return closingSubjectFirst(comma, cue, sentenceEnd);
        }
        Subject subject = cue.inverted() ? invertedPronoun(cue) : parser.after(view, cue.end(), sentenceEnd, false);
        Speaker speaker = subject.found() ? discourse.resolve(subject, cue.start()) : null;
        return speaker == null ? Found.NOTHING : found(cue, speaker);
    }

    /** A closing clause with its subject first: a name or a pronoun, then the verb, and nothing after it but adverbs. */
    private Found closingSubjectFirst(int comma, Cue cue, int sentenceEnd) {
        if (cue.inverted() || !onlyAdverbs(cue.end(), sentenceEnd)) {
            return Found.NOTHING;
        }
        Subject subject = parser.before(view, comma, cue.start());
        Speaker speaker = subject.found() ? discourse.resolve(subject, cue.start()) : null;
        return speaker == null ? Found.NOTHING : found(cue, speaker);
    }

    /** No punctuation ends the quotation or follows it before the verb: the quoted words are part of a noun phrase. */
    private boolean qualifiesNoun(Quotation quotation, int verbStart) {
        if (".,;:!?…".indexOf(quotation.lastMark(text)) >= 0) {
            return false;
        }
        for (Token token : view.tokens(quotation.close(), verbStart)) {
            if (!token.word()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what the verb says is the noun phrase after it, not the quotation before: "En la
     * “mañanera”, reveló el caso de una gasolinera".
     */
    private boolean objectFollows(Cue cue, int to) {
        Token next = nextAfterAdverbs(cue, to);
        return next != null && cues.isArticle(next);
    }

    /**
     * Whether the verb's next word, adverbs aside, marks the one spoken to, a name or a person's noun phrase
     * after it: "le acotó a Losada", "dijo al ministro" (not "dijo al conversar con la prensa").
     */
    private boolean addresseeFollows(Cue cue, int to) {
        List<Token> after = view.tokens(cue.end(), Math.min(to, cue.end() + 60));
        int marker = 0;
        while (marker < after.size() && cues.isAdverb(after.get(marker))) {
            marker++;
        }
        if (marker + 1 >= after.size() || !cues.isQuestionMarker(after.get(marker))) {
            return false;
        }
        Token next = after.get(marker + 1);
        return next.capitalised(text) || cues.isArticle(next) || cues.roleAt(after, marker + 1) > 0;
    }

    /** Whether the verb's next word, adverbs aside, opens a clause of its own: "ha matizado también que". */
    private boolean introducesClause(Cue cue, int to) {
        Token next = nextAfterAdverbs(cue, to);
        return next != null && cues.isRelative(next);
    }

    /** Whether a subject pronoun and another word follow the verb: the verb's object is a clause ("said she had gone"). */
    private boolean pronounOpensObjectClause(Cue cue, int to) {
        List<Token> after = view.tokens(cue.end(), Math.min(to, cue.end() + VERB_LOOKBACK_CHARS));
        return after.size() >= 2 && cues.isPronoun(after.get(0)) && after.get(1).word();
    }

    /** The first token after the verb that is no adverb, within a few words and before {@code to}; or null. */
    private Token nextAfterAdverbs(Cue cue, int to) {
        for (Token token : view.tokens(cue.end(), Math.min(to, cue.end() + 40))) {
            if (!cues.isAdverb(token)) {
                return token;
            }
        }
        return null;
    }

    /** Whether the words between a quotation and a verb are one relative pronoun: "«se queda» que escribió". */
    private boolean onlyRelative(int from, int to) {
        List<Token> words = view.tokens(from, to).stream().filter(Token::word).toList();
        return words.size() == 1 && cues.isRelative(words.get(0));
    }

    /**
     * "NAME said: “…”", "NAME afirmó que “…”", "según NAME, “…”", "Añadió: “…”". The first cue with a
     * speaker wins: in "NAME said that the government asked for an end to “torture”" the quoted word is
     * the speaker's, not the government's. After a colon the cue nearest the quotation introduces it
     * ("López Obrador señaló que …, y el mandatario acotó: “…”"), the speakers before it remembered.
     */
    Found speakerBefore(int from, int open) {
        return speakerBefore(from, open, open, open);
    }

    /**
     * As {@link #speakerBefore(int, int)}, where a passive verb's agent may also follow the quotation, up to
     * {@code agentTo}: "His comments have been described as “childish at best” by NAME".
     */
    Found speakerBefore(int from, int open, int close, int agentTo) {
        return speakerBefore(from, open, close, agentTo, true);
    }

    /**
     * The reporting clause of a whole sentence of the narrator's, [from, to), that a quotation follows in a sentence of
     * its own: its passive verb governs the clause it holds ("Abongile Kobo said her child was informed that …"), never
     * the quotation after it, which is the sentence's speaker's.
     */
    Found speakerOfSentence(int from, int to) {
        return speakerBefore(from, to, to, to, false);
    }

    private Found speakerBefore(int from, int open, int close, int agentTo, boolean quotationInClause) {
        boolean colon = lastCharBefore(open) == ':';
        Found found = Found.NOTHING;
        Cue unresolved = null;
        List<Cue> clauseCues = cues.find(view.tokens(from, open));
        // "Trump publicó un tuit, en un mensaje que fue calificado por muchos de “…”": a passive verb nearest the
        // quotation governs it, whoever spoke before in the clause
        boolean lastPassive = quotationInClause && !clauseCues.isEmpty() && passives.passive(clauseCues.get(clauseCues.size() - 1), from);
        int first = lastPassive ? clauseCues.size() - 1 : 0;
        for (int k = first; k < clauseCues.size(); k++) {
            Cue cue = clauseCues.get(k);
            if (k + 1 < clauseCues.size() && inAsideRelative(from, cue)) {
                // "Jon Meacham, who wrote a biography …, said …": the aside's verb is not the one that reports
                continue;
            }
            // "fue calificado por muchos de “…”", "was criticized for his “…” remarks": the subject is the one the
            // words are about; who said them is the passive's agent, else nobody named
            boolean passive = k + 1 == clauseCues.size() ? lastPassive : passives.passive(cue, from);
            Subject subject = passive ? passives.agent(cue.end(), open) : subjectOf(cue, from, open);
            if (passive && subject.kind() == Subject.Kind.UNNAMED && close < agentTo) {
                subject = passives.agent(close, agentTo);
            }
            if (passives.impersonal(cue, from) && !namedRightBefore(subject, cue)) {
                // "En el lugar se informó que “…”", "una relazione in cui si afferma che “…”": an impersonal verb
                // names nobody, whoever the sentence is about
                subject = Subject.UNNAMED;
            }
            Speaker speaker = subject == null ? leftOutSpeaker(cue)
                    : subject.kind() == Subject.Kind.PRONOUN ? orAnswerer(cue, null) : null;
            if (speaker == null && subject != null && subject.kind() == Subject.Kind.PRONOUN && setOffInside(cue, from)) {
                // "Mr Balban, he added, was “…”": a pronoun and its verb set off by commas inside a sentence never
                // mean the one the sentence opened with
                speaker = discourse.referents().speakerBesides(sentences.at(cue.start()).start());
            }
            if (speaker == null && subject != null) {
                speaker = notTheAddressee(subject, discourse.resolve(subject, cue.start()), cue, open);
            }
            if (subject == null || subject.found()) {
                if (speaker != null && !colon) {
                    Found later = namedLater(clauseCues, k, from, open);
                    if (later != null) {
                        return later;
                    }
                    Cue relative = objectRelativeAfter(clauseCues, k, from);
                    if (relative != cue && subject != null && subject.name() != null && subject.name().start() >= cue.end()) {
                        // "la cuestión de confianza que exige a Pedro Sánchez el líder de Junts, Carles Puigdemont, al
                        // que ha replicado que": the subject after the verb is the relative clause's object, and
                        // that clause's verb has a subject of its own
                        continue;
                    }
                    return found(relative, speaker);
                }
                // "According to an excerpt …, Trump said, “…”": a source that names nobody gives way
                if (speaker != null || !found.cued()) {
                    found = found(cue, speaker);
                }
            } else if (unresolved == null && view.tokens(cue.end(), open).size() <= GOVERNED_REACH) {
                unresolved = cue;
            }
        }
        // "calling the MP “weak and wobbly”", "who called the tweet “…”": words a reporting verb governs
        // are quoted, whoever its subject turns out to be
        return found.cued() || unresolved == null ? found : found(unresolved, null);
    }

    /**
     * Where the last clause of [from, open) that has a person's name for its own subject starts, after a comma or a
     * conjunction: "Florian Hawelka sprach von verlorenem Vertrauen, Sabine Schule fühlte sich „überfahren“" (the
     * quotation is Sabine Schule's, not the first clause's speaker's); {@code from} when there is none. The name is two
     * capitalised words or more, the first a first name where every noun has a capital, and a word in lower case that
     * is no small word (its verb) follows it.
     */
    int ownClauseStart(int from, int open) {
        // (the clause is read within the last few phrases before the quotation, however long its sentence runs)
        List<Token> tokens = view.tokens(Math.max(from, open - INTRODUCTION_CHARS), open);
        boolean nouns = cues.capitalisesNouns(sentences.languageAt(from));
        for (int i = tokens.size() - 3; i >= 1; i--) {
            Token link = tokens.get(i - 1);
            Token first = tokens.get(i);
            // ("Maurizio Paglia e Loretta Vagnini": a conjunction between two names joins them, opening no clause)
            if (!(link.is(',') || cues.isConjunction(link)) || conjunctionInsideName(tokens, i - 1) || !first.capitalised(text)
                    || cues.isFunctionWord(first) || (nouns && !cues.isFirstName(first))) {
                continue;
            }
            int end = parser.capitalsEnd(text, tokens, i);
            if (end - i >= 2 && end < tokens.size() && parser.opensPredicate(text, tokens.get(end))) {
                return first.start();
            }
        }
        return from;
    }

    /** Whether the subject is a name right before the verb, its pronoun and adverbs aside ("El presidente se dijo …"). */
    private boolean namedRightBefore(Subject subject, Cue cue) {
        if (subject == null || subject.kind() != Subject.Kind.NAMED || subject.name().end() > cue.start()) {
            return false;
        }
        return view.tokens(subject.name().end(), cue.start()).stream()
                .allMatch(token -> cues.isPassiveClitic(token) || cues.isAdverb(token));
    }

    /**
     * A later cue of the clause with a subject of its own after the cue at {@code k}, in a clause joined by a
     * conjunction or opened by one ("because", "porque"): "El politólogo Samuel Huntington definía una sociedad
     * así como pretoriana y el jurista Carlos Nino llamó a la Argentina “…”" is Nino's; null when none is.
     */
    private Found namedLater(List<Cue> clauseCues, int k, int from, int open) {
        int firstEnd = clauseCues.get(k).end();
        for (int j = k + 1; j < clauseCues.size(); j++) {
            Cue later = clauseCues.get(j);
            Subject subject = subjectOf(later, from, open);
            // ("said he had become aware of the video, in which … Paddy Diver described the councillors as “…”": a relative
            // clause with a subject of its own)
            boolean named = subject != null && subject.kind() == Subject.Kind.NAMED && subject.name().start() > firstEnd
                    && (coordinated(firstEnd, subject.name().start()) || openedClause(firstEnd, subject.name().start())
                    || relativeBetween(firstEnd, subject.name().start())
                    || mainAfterSubordinate(from, clauseCues.get(k).start(), firstEnd, subject.name().start()));
            // "El futbolista se declaró indignado porque el periodista afirmó que … “…”": the clause a conjunction
            // opens has a subject and a verb of its own, which report the quotation
            boolean described = subject != null && subject.kind() == Subject.Kind.ANAPHORIC && subject.name() == null
                    && !subject.roles().isEmpty() && openedClause(firstEnd, later.start());
            // "contestaron … a la alcaldesa de Bogotá, Claudia López, quien les llamó “politiqueros”": the verb of a
            // relative clause on the first verb's object, nearest the quotation, says it with the object for subject
            boolean relative = j + 1 == clauseCues.size() && subject != null && subject.isPerson() && subject.name().start() > firstEnd
                    && appositiveRelativeBefore(beforeVerb(from, later.start()));
            if (named || described || relative) {
                Speaker speaker = discourse.resolve(subject, later.start());
                if (speaker != null) {
                    return found(later, speaker);
                }
            }
            if (passives.impersonal(later, from) && joinedBefore(firstEnd, later.start())) {
                // "se mostró indignado … y se señaló que … “…”": an impersonal verb in a clause of its own
                // reports the quotation, and names nobody
                return found(later, null);
            }
        }
        return null;
    }

    /** Whether a conjunction or a clause opener stands right before the verb, its pronoun and adverbs aside. */
    private boolean joinedBefore(int from, int verbStart) {
        Token link = lastWordBefore(from, verbStart, (tokens, i) -> cues.isPassiveClitic(tokens.get(i)) || cues.isAdverb(tokens.get(i)));
        return link != null && (cues.isConjunction(link) || cues.isClauseOpener(link));
    }

    /**
     * Whether a relative pronoun after a preposition, its article between them or not, stands in text[from, to): "in
     * which", "en el que", "dans lequel" open a relative clause, where a bare "that" or "que" may open a reported one.
     */
    private boolean relativeBetween(int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        for (int k = 1; k < tokens.size(); k++) {
            if (cues.isRelative(tokens.get(k)) && cues.prepositionBefore(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before a verb are one first part: a few words, no mark between them ("Tief enttäuscht"). */
    private static boolean onePart(List<Token> before) {
        return !before.isEmpty() && before.size() <= FIRST_PART_MAX_WORDS && before.stream().allMatch(Token::word);
    }

    /** Whether a clause opener ("porque", "because") stands between the first verb's end and the later verb. */
    private boolean openedClause(int from, int to) {
        return view.tokens(from, to).stream().anyMatch(cues::isClauseOpener);
    }

    /**
     * "When Councilman Jim Sullivan suggested the issue be put back …, Dordea said, “…”": the sentence opens with a
     * clause opener, so the first verb is the subordinate clause's, and a subject named after a comma past it opens
     * the main clause, whose verb reports the quotation.
     */
    private boolean mainAfterSubordinate(int from, int firstVerb, int firstEnd, int laterSubject) {
        List<Token> opening = view.tokens(from, firstVerb);
        return !opening.isEmpty() && cues.isClauseOpener(opening.get(0))
                && view.tokens(firstEnd, laterSubject).stream().anyMatch(token -> token.is(','));
    }

    /**
     * The cue of a relative clause about the object of the cue at {@code k}, whose subject is that cue's
     * own: "Aníbal Fernández repudió al Presidente, al que acusó de “…”" is said with "acusó"; else the
     * cue at {@code k}.
     */
    private Cue objectRelativeAfter(List<Cue> clauseCues, int k, int from) {
        for (int j = k + 1; j < clauseCues.size(); j++) {
            if (objectRelativeBefore(beforeVerb(from, clauseCues.get(j).start()))) {
                return clauseCues.get(j);
            }
        }
        return clauseCues.get(k);
    }

    /**
     * Whether the subject starting at {@code nameStart} opens a clause joined by a conjunction ("… y el jurista
     * Carlos Nino llamó"), its article, role and capitalised words aside; not one inside a reported clause
     * ("said that Mexico’s government asked").
     */
    private boolean coordinated(int from, int nameStart) {
        Token link = lastWordBefore(from, nameStart, (tokens, i) -> cues.isArticle(tokens.get(i)) || tokens.get(i).capitalised(text)
                || cues.roleAt(tokens, i) > 0 || parser.descriptionWord(text, tokens, i));
        return link != null && cues.isConjunction(link);
    }

    /** The last token of text[from, to) that {@code passedOver} does not skip; null when it skips them all. */
    private Token lastWordBefore(int from, int to, BiPredicate<List<Token>, Integer> passedOver) {
        List<Token> tokens = view.tokens(from, to);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!passedOver.test(tokens, i)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The one a cue phrase names after it: a name, or a pronoun the preposition governs ("According to him,"). */
    private Subject afterPhrase(Cue cue, int to, boolean asker) {
        List<Token> next = view.tokens(cue.end(), Math.min(to, cue.end() + VERB_LOOKBACK_CHARS));
        if (!next.isEmpty() && cues.isPrepositionalPronoun(next.get(0)) && (next.size() == 1 || !next.get(1).word())) {
            return Subject.pronoun(cues.genders().ofPronoun(next.get(0).lower()));
        }
        Subject subject = parser.after(view, cue.end(), to, asker);
        if (!subject.found()) {
            // "Una condizione che secondo Luperti ha dato vita a «…»", "Secondo Luperti la condizione …": the phrase's
            // name ends where its capitals do, the clause going on without a comma
            // (a person's: not "selon l'AFP", nor "laut Anklage", a noun where every noun has a capital)
            Subject named = parser.after(view, cue.end(), to, false);
            if (named.isPerson() && !discourse.referents().inCapitals(named.name()) && !discourse.referents().nounsOnly(named)) {
                return named;
            }
        }
        return subject;
    }

    /**
     * The subject of a cue in narrator's text [from, to): before the verb, else right after it ("said
     * Smith:"); null for a verb whose subject is left out, as Spanish does ("Añadió que …").
     */
    Subject subjectOf(Cue cue, int from, int to) {
        if (cue.phrase()) {
            return afterPhrase(cue, to, true);
        }
        if (cue.inverted()) {
            return invertedPronoun(cue);
        }
        if (nominativeAfterVerbSecond(cue, to)) {
            return Subject.pronoun(cues.genders().ofPronoun(nextAfterAdverbs(cue, to).lower()));
        }
        Subject verbFinal = verbSecondAt(cue.start()) ? subjectAfterOpener(cue, from, to) : null;
        if (verbFinal != null) {
            return verbFinal;
        }
        BeforeVerb clause = beforeVerb(from, cue.start());
        boolean objectClause = objectRelativeBefore(clause);
        // "The Congress party tweeted a picture of Meenakshi Lekhi, saying “…”": a gerund after a comma
        // opens a participle clause, whose subject is the sentence's, not the noun before the comma
        boolean participleClause = cue.gerund() && commaRightBefore(from, cue.start());
        if (!objectClause && appositiveRelativeBefore(clause)) {
            // "dijo una vecina, quien agregó que", "reached out to a representative, who denied": the
            // relative pronoun is the verb's subject, and the words before it say who that is
            Subject antecedent = relativeAntecedent(clause);
            if (antecedent.isPerson()) {
                return antecedent;
            }
            Subject described = describedAntecedent(clause);
            // "«…», dijo su compañero de fórmula, quien le advirtió que …": a description that was the subject of
            // the verb of saying before it is the one who just spoke, as the verb's subject left out would be
            return described.kind() != Subject.Kind.UNNAMED && saidBeforeAntecedent(clause) ? null : described;
        }
        if (participleClause) {
            Subject relative = relativeAntecedentBeforeParticiple(clause);
            if (relative != null) {
                return relative;
            }
            Subject agent = passives.agentEndingAt(clause.tokens(), clause.tokens().size() - 1);
            if (agent != null) {
                return agent;
            }
        }
        if (objectClause) {
            // "l’interrogazione, alla quale ha risposto il sindaco Fabio Bergamaschi: “…”", "a la que respondió el
            // alcalde …": the relative pronoun is the verb's object, and a name right after the verb is its subject
            Subject after = parser.after(view, cue.end(), to, true);
            if (after.kind() == Subject.Kind.NAMED && !after.organisation()) {
                return after;
            }
        }
        // ("Nos explica que …": only the object's pronouns before the verb, its subject left out)
        boolean onlyClitics = !clause.tokens().isEmpty() && objectCliticsEnding(clause.tokens()) == clause.tokens().size();
        Subject subject = objectClause || participleClause || onlyClitics ? Subject.NONE : parser.before(view, from, cue.start());
        if (verbSecondAt(cue.start()) && discourse.referents().nounsOnly(subject)) {
            // "Als gerechtes Resultat bezeichnet Marcel Yahyaijan …": before a verb that stands second, a noun the
            // article never writes as a name is the first part, and the subject follows the verb
            Subject after = parser.after(view, cue.end(), to, true);
            if (!after.isPerson()) {
                // ("Tief enttäuscht zeigt sich der Betriebsratsvorsitzende Heinz-Bert Weimbs über das Vorgehen …": a
                // phrase may follow the subject before the clause ends)
                after = parser.after(view, cue.end(), to, false);
            }
            if (after.isPerson()) {
                subject = after;
            }
        }
        if (cue.gerund() && !participleClause && !subject.found()) {
            // "the famous clip of Terrell Owens declaring, “…”", "un video de Lionel Messi diciendo": a gerund
            // right after the name of someone a recording shows, no comma between, is said by that one
            Subject named = gerundSubject(from, cue.start());
            if (named.isPerson()) {
                return named;
            }
        }
        // a gerund never has its subject after it ("calling the MP “…”": the MP is called)
        if (!objectClause && !participleClause && !cue.addressee() && !cue.gerund()
                && (!subject.found() || (subject.kind() == Subject.Kind.ANAPHORIC && subject.name() == null))) {
            // "Le suspect, âgé de 53 ans, a déclaré la vice-procureure …, Emilie Goyet : «…»": a name that
            // ends the clause after the verb is its subject, over a description before it
            Subject after = parser.after(view, cue.end(), to, true);
            if (describesAnObject(after, cue.end(), to) || objectMarkedAfter(cue, to)) {
                // "called the album “…”", "denied the rumor: “…”": a noun that is no role, right after the
                // verb, is what the verb is about
                after = Subject.NONE;
            }
            if (!subject.found() || after.kind() == Subject.Kind.NAMED) {
                subject = after;
            }
            List<Token> before = SpeakerParser.afterDateline(text, view.tokens(from, cue.start()));
            if (!subject.found() && (cues.opensFirstPart(before) || (verbSecondAt(cue.start()) && onePart(before)))) {
                // "Mit scharfen Worten kritisierte der Landeshauptmann Peter Kaiser das Vorgehen …", "Tief enttäuscht zeigt
                // sich der Betriebsratsvorsitzende Heinz-Bert Weimbs über …": the verb stands second, its subject right
                // after it, the clause going on
                subject = parser.after(view, cue.end(), to, false);
            }
        }
        if (!subject.found()) {
            // "un reciente mensaje de Donald Trump en el que afirmó que …": the relative clause's verb
            // is said by the person its antecedent names
            Subject antecedent = objectClause ? Subject.NONE : relativeAntecedent(clause);
            if (antecedent.isPerson()) {
                return antecedent;
            }
        }
        if (!subject.found()) {
            // "McDonnell appealed to Spencer for mercy, saying: “…”", "López Obrador se refirió a … y
            // reiteró que “…”": the verb's subject is the sentence's
            int sentenceStart = sentences.at(cue.start()).start();
            if (cue.gerund() && opensWithPreposition(sentenceStart, cue.start())) {
                // "After criticising the movement’s “weird” name, Wayne began …", "Asserting … (“Siasa safi”), Sakaja
                // suggested": a gerund that opens the sentence, or follows the preposition that does, has the subject of
                // the clause after its comma
                Subject main = parser.subject(text, view.tokens(sentenceStart, sentences.at(cue.start()).end()), discourse.capitalised());
                if (main.kind() == Subject.Kind.NAMED || main.kind() == Subject.Kind.PRONOUN || main.kind() == Subject.Kind.ANAPHORIC) {
                    return main;
                }
            }
            // after a quotation in the sentence, the clause that opens where it closed first ("«…», y enseguida,
            // Trindade lo abrazó y le indicó"), then the sentence's
            Subject opening = from > sentenceStart ? openingSubject(from, cue.start()) : null;
            opening = opening != null ? opening : openingSubject(sentenceStart, cue.start());
            if (opening != null) {
                return opening;
            }
            if (cue.dropsSubject() && (opensClause(from, cue.start()) || adverbialOnly(sentenceStart, cue.start()))) {
                // "Enseguida aplaudió sus acciones … y sostuvo que …": the subject left out is the one
                // the text is about ("A pregunta expresa sobre …" is no verb of its own)
                return null;
            }
        }
        return subject;
    }

    /**
     * Whether the verb's object follows it marked as one ("Responsabilizó al alcalde de la provincia de Hualgayoc,
     * Hernán Vásquez Saavedra"): the person after the marker is the one acted on, not the subject.
     */
    private boolean objectMarkedAfter(Cue cue, int to) {
        Token next = nextAfterAdverbs(cue, to);
        return next != null && cues.isObjectRelative(next);
    }

    /** The name, pronoun or role that opens the words of [from, to) as their subject, or null. */
    private Subject openingSubject(int from, int to) {
        if (from >= to) {
            return null;
        }
        Subject opening = parser.subject(text, view.tokens(from, to), discourse.capitalised());
        boolean someone = opening.kind() == Subject.Kind.NAMED || opening.kind() == Subject.Kind.PRONOUN
                || opening.kind() == Subject.Kind.ANAPHORIC;
        return someone ? opening : null;
    }

    /**
     * Where the finite verb stands second, a clause a conjunction opens has its verb at its end and its subject right
     * after the conjunction: "wie Ortsparteipräsident Stefan Siegenthaler im Namen der Partei erklärte", whose last
     * noun before the verb is no subject. The person or role there, or null when the cue does not end such a clause.
     */
    private Subject subjectAfterOpener(Cue cue, int from, int to) {
        Token next = view.tokens(cue.end(), to).stream().findFirst().orElse(null);
        if (next != null && next.word()) {
            return null;
        }
        List<Token> clause = view.tokens(from, cue.start());
        int opener = clause.size() - 1;
        int reach = Math.max(0, clause.size() - CLAUSE_REACH_TOKENS);
        while (opener >= reach && !(cues.isClauseOpener(clause.get(opener)) && !clause.get(opener).capitalised(text))) {
            if (!clause.get(opener).word() && !clause.get(opener).is('.')) {
                return null;
            }
            opener--;
        }
        if (opener < reach || opener + 1 >= clause.size()) {
            return null;
        }
        // the subject's words: an article, then capitalised words and roles ("der Trainer", "Ortsparteipräsident Stefan Siegenthaler")
        int start = opener + 1;
        int end = start < clause.size() && cues.isArticle(clause.get(start)) ? start + 1 : start;
        while (end < clause.size() && clause.get(end).word() && (clause.get(end).capitalised(text) || cues.roleAt(clause, end) > 0
                || cues.joinsName(clause, end, text))) {
            end++;
        }
        if (end == start) {
            return null;
        }
        Subject subject = parser.interpret(text, clause.subList(start, end));
        return subject.isPerson() || (subject.kind() == Subject.Kind.ANAPHORIC && !subject.roles().isEmpty()) ? subject : null;
    }

    /** The pronoun a verb carries after it ("dit-elle", "a-t-il ajouté"), with the gender it says. */
    Subject invertedPronoun(Cue cue) {
        return Subject.pronoun(cues.genders().ofPronounIn(text.substring(cue.start(), cue.end())));
    }

    /**
     * Where the finite verb stands second, a pronoun right after it whose form only a subject takes is its
     * subject, whatever opens the clause: "Lapidar meinte er:", "Die Nebenklagevertreterin Marion Zech fragte er".
     * The cue is the verb, so the pronoun is read forward from it, in the language at the cue; the parser's
     * check of a narrator's sentence has no verb to start from ({@code SpeakerParser.nominativeAfterVerb}).
     */
    private boolean nominativeAfterVerbSecond(Cue cue, int to) {
        if (!verbSecondAt(cue.start())) {
            return false;
        }
        Token next = nextAfterAdverbs(cue, to);
        return next != null && cues.isNominativePronoun(next);
    }

    /** Whether no word, or one small word that opens the sentence ("After", "While"), stands before the verb. */
    private boolean opensWithPreposition(int sentenceStart, int verbStart) {
        List<Token> before = view.tokens(sentenceStart, verbStart);
        return before.isEmpty() || before.size() == 1 && cues.isFunctionWord(before.get(0)) && before.get(0).capitalised(text);
    }

    /**
     * Whether a description read after a verb is the verb's object rather than its subject: its noun,
     * after the article, is no role ("the album", "la medida"), where "said the minister" names one.
     */
    private boolean describesAnObject(Subject after, int from, int to) {
        // "the rumor", and "an apparent level of frustration" alike: a noun with either article
        boolean described = after.kind() == Subject.Kind.ANAPHORIC || (after.kind() == Subject.Kind.UNNAMED && after.roles().isEmpty());
        if (!described || after.name() != null || after.organisation()) {
            return false;
        }
        List<Token> tokens = view.tokens(from, to);
        int i = 0;
        while (i < tokens.size() && (cues.isAdverb(tokens.get(i)) || cues.isArticle(tokens.get(i)) || !tokens.get(i).word())) {
            i++;
        }
        return i < tokens.size() && cues.roleAt(tokens, i) == 0 && !tokens.get(i).capitalised(text);
    }

    /**
     * The person a text or a recording shows, whose name ends right before a gerund at {@code gerundStart}
     * ("the famous clip of Terrell Owens declaring"), or none.
     */
    private Subject gerundSubject(int from, int gerundStart) {
        List<Token> tokens = view.tokens(Math.max(from, gerundStart - 120), gerundStart);
        int last = tokens.size() - 1;
        if (last < 0 || !tokens.get(last).capitalised(text) || !tokens.get(last).word()) {
            return Subject.NONE;
        }
        Subject named = parser.endingAt(text, tokens, last);
        if (named.kind() != Subject.Kind.NAMED || named.organisation()
                || view.tokens(named.name().start(), named.name().end()).size() < 2) {
            return Subject.NONE;
        }
        // the name is what a text or a recording shows: "the clip of", "un video de"
        int first = indexAt(tokens, named.name().start());
        int k = first - 1;
        while (k >= 0 && (cues.isArticle(tokens.get(k)) || cues.roleAt(tokens, k) > 0)) {
            k--;
        }
        boolean shown = k >= 1 && cues.isRoleLink(tokens.get(k)) && cues.isDocument(tokens.get(k - 1));
        return shown ? named : Subject.NONE;
    }

    /** Whether a comma is the last token before {@code at}, within [from, at). */
    private boolean commaRightBefore(int from, int at) {
        List<Token> before = view.tokens(Math.max(from, at - 3), at);
        return !before.isEmpty() && before.get(before.size() - 1).is(',');
    }

    /**
     * Whether text[from, to) is one reporting verb, nothing but punctuation and adverbs before it, and the
     * named subject right after it, nothing but punctuation after that: ", a regretté le maire de Grand
     * Rivière, Joachim Bouquety, ".
     */
    boolean onlyVerbAndSubject(int from, int to) {
        List<Cue> found = cues.find(view.tokens(from, to));
        if (found.isEmpty() || found.get(0).phrase() || !onlyAdverbs(from, found.get(0).start())) {
            return false;
        }
        Subject subject = parser.after(view, found.get(0).end(), to, true);
        return subject.kind() == Subject.Kind.NAMED && !view.hasWord(subject.name().end(), to);
    }

    /** Nothing but punctuation and adverbs between a quotation and its verb: "”, dijo", "—le insistió". */
    boolean onlyAdverbs(int from, int to) {
        return cues.onlyAdverbs(view.tokens(from, to));
    }

    /**
     * "«…», nous explique Raphaël B.", "“…”, me dijo Dagnelis", "«…», lui répond le ministre": one or two object pronouns
     * right before the verb, only adverbs before them, name the one told; the verb's subject still follows it.
     */
    private boolean toldBeforeVerb(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        int clitics = objectCliticsEnding(tokens);
        return clitics > 0 && cues.onlyAdverbs(tokens.subList(0, tokens.size() - clitics));
    }

    /** How many object pronouns end the tokens, {@link #MAX_OBJECT_CLITICS} at most. */
    private int objectCliticsEnding(List<Token> tokens) {
        int clitics = 0;
        while (clitics < MAX_OBJECT_CLITICS && clitics < tokens.size() && cues.isObjectClitic(tokens.get(tokens.size() - 1 - clitics))) {
            clitics++;
        }
        return clitics;
    }

    /** A connector ("which", "and", "que", "como") between a quotation and a verb puts the verb in a clause of its own. */
    boolean startsAnotherClause(int from, int to) {
        List<Token> tokens = view.tokens(from, to);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // ("“…,” Falesi Chukuwumba, a Malawian national, told": an article opens no clause, nor a place
            // preposition between two names: "Chuck Freeman of Free Souls Church in Round Rock said")
            if (cues.isFunctionWord(token) && !cues.isAdverb(token) && !cues.isPronoun(token) && !cues.isArticle(token)
                    && !cues.placeBetweenNames(tokens, i, text) && !conjunctionInsideName(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the conjunction at {@code at} stands between two capitalised words, inside a body's name ("“…,” Parks
     * and Recreation director Jane Doe said", "Health and Human Services Secretary Xavier Becerra") or between two
     * names that speak together: it opens no clause.
     */
    private boolean conjunctionInsideName(List<Token> tokens, int at) {
        return at > 0 && parser.namesAfterConjunction(text, tokens, at) > 0 && parser.capitalsEnd(text, tokens, at - 1) == at;
    }

    /**
     * The name right before the relative pronoun that opens the verb's clause: "de Donald Trump en el que
     * afirmó". The caller has ruled out a relative clause about its antecedent ({@link #objectRelativeBefore}).
     */
    private Subject relativeAntecedent(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        int last = clause.last();
        if (last < 1 || !cues.isRelative(tokens.get(last))) {
            return Subject.NONE;
        }
        // "Yeidckol Polevnsky, quien escribió:", "Trump, who posted:": the name stands before the comma, and
        // before an aside in brackets ("Sen. Mitt Romney (R-Utah), who called")
        int name = skipAside(tokens, tokens.get(last - 1).is(',') ? last - 2 : last - 1);
        // ("Sen. Pricey Harrison, D-Guilford, who posted", "María Casajús, del Partido Popular, quien asegura": a party,
        // a place or a body set off by commas after the name)
        name = parser.membershipBefore(text, tokens, parser.affiliationBefore(text, tokens, name));
        while (name >= 0 && last - name <= 3 && (cues.isArticle(tokens.get(name)) || cues.isRoleLink(tokens.get(name))
                || (cues.isFunctionWord(tokens.get(name)) && !tokens.get(name).capitalised(text)))) {
            name--;
        }
        if (name < 0 || !tokens.get(name).capitalised(text)) {
            // "Stefano Savi, penalista di grande esperienza, che aggiunge:": a description ends before the comma
            return tokens.get(last - 1).is(',') ? apposedBefore(tokens, last - 1, Subject.NONE) : Subject.NONE;
        }
        Subject antecedent = parser.endingAt(text, tokens, name);
        Subject called = calledBefore(tokens, antecedent);
        if (called != null) {
            return called;
        }
        // "un post en Instagram en el que decía": a name after "en" is where it was said, not who said it; a person's
        // full name there is someone's ("a response from Gary Neville, who wrote:")
        int first = antecedent.name() == null ? -1 : indexAt(tokens, antecedent.name().start());
        if (first > 0 && cues.isPlacePreposition(tokens.get(first - 1))
                && !(antecedent.isPerson() && fullName(text.substring(antecedent.name().start(), antecedent.name().end())))) {
            return Subject.NONE;
        }
        return antecedent.isPerson() || !tokens.get(last - 1).is(',') ? antecedent : apposedBefore(tokens, last - 1, antecedent);
    }

    /**
     * The person a name after a phrase of naming and its comma calls so: "o comerciante José Carlos Ribeiro, conhecido
     * como Zé Coméia, que ainda questiona" is José Carlos Ribeiro's; null when no such phrase stands before the name.
     */
    private Subject calledBefore(List<Token> tokens, Subject antecedent) {
        int first = antecedent.name() == null ? -1 : indexAt(tokens, antecedent.name().start());
        int naming = first > 0 ? cues.termLeadInEndingAt(tokens, first - 1) : 0;
        if (naming < 2 || first - 2 - naming < 0 || !tokens.get(first - 1 - naming).is(',')) {
            return null;
        }
        Subject named = parser.endingAt(text, tokens, first - 2 - naming);
        return named.isPerson() ? named : null;
    }

    /**
     * Whether a relative pronoun right after a comma opens the verb's clause: "una vecina, quien agregó",
     * "Trump, who posted". Such a clause adds to the noun before the comma, whose pronoun is the subject.
     */
    private boolean appositiveRelativeBefore(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        int last = clause.last();
        return last >= 1 && cues.isRelative(tokens.get(last)) && tokens.get(last - 1).is(',');
    }

    /**
     * Whether the words before an appositive relative clause's comma follow a verb of saying that opens its
     * clause: the postposed subject of "«…», dijo su compañero de fórmula, quien …".
     */
    private boolean saidBeforeAntecedent(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        int comma = clause.last() - 1;
        for (int k = comma - 1; k >= 0 && comma - k <= MAX_POSTPOSED_SUBJECT; k--) {
            if (!tokens.get(k).word()) {
                return false;
            }
            if (cues.isReportingVerb(tokens.get(k))) {
                return k == 0 || tokens.get(k - 1).is(',');
            }
        }
        if (comma < 1 || comma > MAX_POSTPOSED_SUBJECT) {
            return false;
        }
        // the clause opens after that verb, taken by the quotation before ("«…», dijo | su compañero de fórmula, quien")
        int start = tokens.get(0).start();
        List<Token> before = view.tokens(Math.max(0, start - VERB_LOOKBACK_CHARS), start);
        return !before.isEmpty() && cues.isReportingVerb(before.get(before.size() - 1));
    }

    /**
     * The description before the comma of an appositive relative clause: someone unnamed ("una vecina",
     * "a representative") or a role the article gave someone ("el alcalde, quien"); else nobody found.
     */
    private Subject describedAntecedent(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        int comma = clause.last() - 1;
        if (comma < 1) {
            return Subject.NONE;
        }
        int end = skipAside(tokens, comma - 1);
        if (end < 0) {
            return Subject.NONE;
        }
        Subject described = parser.endingAt(text, tokens, end);
        return described.kind() == Subject.Kind.UNNAMED || described.kind() == Subject.Kind.ANAPHORIC ? described : Subject.NONE;
    }

    /**
     * "Eric Abidal, su ex compañero y actual secretario técnico de Barcelona, quien acusó …": the person named
     * before a description between commas is whom the relative clause after it is about; else {@code otherwise}.
     */
    private Subject apposedBefore(List<Token> tokens, int comma, Subject otherwise) {
        for (int k = comma - 1; k >= 1 && comma - k <= MAX_APPOSITION; k--) {
            if (tokens.get(k).is(',')) {
                boolean description = k + 1 < comma && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised(text);
                // ("Stefano Savi (nella foto a destra), penalista …": an aside in brackets after the name)
                int name = skipAside(tokens, k - 1);
                Subject named = description && name >= 0 ? parser.endingAt(text, tokens, name) : Subject.NONE;
                return named.isPerson() ? named : otherwise;
            }
            if (!tokens.get(k).word()) {
                return otherwise;
            }
        }
        return otherwise;
    }

    /** The index before an aside in brackets that ends at {@code at} ("(R-Utah)"), else {@code at}. */
    private static int skipAside(List<Token> tokens, int at) {
        if (at < 0 || !tokens.get(at).is(')')) {
            return at;
        }
        for (int k = at - 1; k >= 0 && at - k <= 8; k--) {
            if (tokens.get(k).is('(')) {
                return k - 1;
            }
        }
        return at;
    }

    /**
     * Whether the verb opens a relative clause about its antecedent rather than by it: "repudió al
     * Presidente, al que acusó de …" (the subject of "acusó" is the sentence's, not the President).
     */
    private boolean objectRelativeBefore(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        int last = clause.last();
        if (last < 1 || !cues.isRelative(tokens.get(last))) {
            return false;
        }
        int marker = last - 1;
        while (marker > 0 && cues.isArticle(tokens.get(marker))) {
            marker--;
        }
        return cues.isObjectRelative(tokens.get(marker));
    }

    /** The narrator's words of a clause before its verb, and the last of them that is no adverb (-1: none). */
    private record BeforeVerb(List<Token> tokens, int last) {
    }

    private BeforeVerb beforeVerb(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        int last = cues.lastBeforeAdverbs(tokens);
        // (the object's pronouns that end the words, the first word never one of them)
        int beforeClitics = last > 0 ? last - objectCliticsEnding(tokens.subList(1, last + 1)) : last;
        // "Claudia López, quien les llamó “…”": the object's pronouns stand between a relative pronoun and its verb
        return new BeforeVerb(tokens, beforeClitics < last && cues.isRelative(tokens.get(beforeClitics)) ? beforeClitics : last);
    }

    /**
     * "Gary Neville, who responded to Pogba’s post on Twitter, saying: “…”": a participle clause after a relative clause
     * goes on that clause, whose subject is the person before its pronoun; null when no such clause stands before it.
     */
    private Subject relativeAntecedentBeforeParticiple(BeforeVerb clause) {
        List<Token> tokens = clause.tokens();
        for (int r = tokens.size() - 2; r >= Math.max(2, tokens.size() - CLAUSE_REACH_TOKENS); r--) {
            if (!tokens.get(r).word() && !tokens.get(r).is(',') && !tokens.get(r).is('.')) {
                // (a mark, a bracket or a colon ends the relative clause's reach)
                return null;
            }
            if (cues.isRelative(tokens.get(r)) && tokens.get(r - 1).is(',')) {
                Subject antecedent = parser.endingAt(text, tokens, r - 2);
                return antecedent.isPerson() && fullName(text.substring(antecedent.name().start(), antecedent.name().end()))
                        ? antecedent : null;
            }
        }
        return null;
    }

    /** Whether a name has several words, none of them a place the article names ("Gary Neville", not "Buenos Aires"). */
    private boolean fullName(String name) {
        return name.strip().indexOf(' ') > 0 && !discourse.referents().isPlace(name);
    }

    private static int indexAt(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence before a verb is only an adverbial that opens with a preposition and names
     * nobody: "En el caso puntual de ayer expresó que …", "En cuanto a los detenidos sostuvo que …", or only
     * the one name the words are about: "Su Calenda commenta: “…”".
     */
    private boolean adverbialOnly(int sentenceStart, int verbStart) {
        List<Token> tokens = view.tokens(sentenceStart, verbStart);
        if (tokens.isEmpty() || !cues.isPlacePreposition(tokens.get(0))) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            // ("Su Calenda commenta: “…”": one name after the preposition is what the words are about)
            boolean topic = i == 1 && tokens.size() == 2;
            if (!tokens.get(i).word() || (tokens.get(i).capitalised(text) && !topic && !namedAfterPreposition(tokens, i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether tokens[i] is one capitalised word right after a preposition, not followed by another: the preposition's
     * object ("Sobre lo que hizo el equipo de Olancho ante Motagua declaró"), never a subject before the verb.
     */
    private boolean namedAfterPreposition(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        boolean preposition = before.word() && !before.capitalised(text) && (cues.isPlacePreposition(before) || cues.isRoleLink(before)
                || (cues.isFunctionWord(before) && !cues.isArticle(before) && !cues.isConjunction(before) && !cues.isRelative(before)));
        return preposition && (i + 1 == tokens.size() || !tokens.get(i + 1).capitalised(text));
    }

    /**
     * Whether the verb at {@code verbStart} opens its clause: only adverbs, and an object pronoun right before it,
     * stand between it and a punctuation mark or a small word ("—, añadió", "y sostuvo que", "cuando se refirió",
     * "La tildó de").
     */
    boolean opensClause(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            // ("La tildó de «…»": an article's form right before the verb is its object pronoun)
            boolean pronoun = i == tokens.size() - 1 && cues.isDefiniteArticle(token);
            if (!cues.isAdverb(token) && !pronoun) {
                return !token.word() || cues.isFunctionWord(token);
            }
        }
        return true;
    }

    char lastCharBefore(int position) {
        int at = position - 1;
        while (at > 0 && Trim.isBlank(text.charAt(at))) {
            at--;
        }
        return at >= 0 ? text.charAt(at) : ' ';
    }

    /** Whether the paragraph at {@code at} is in a language that puts the finite verb second. */
    boolean verbSecondAt(int at) {
        return cues.verbSecond(sentences.languageAt(at));
    }

    /** Whether the language of the paragraph at {@code at} may leave a verb's subject out ("—, añadió"). */
    boolean dropsSubjectsAt(int at) {
        return cues.dropsSubjects(sentences.languageAt(at));
    }

    /**
     * Whether the narrator's clause in text[from, to) opens with its verb, its subject left out as the
     * paragraph's language allows: "Además, elogió el «…»" (adverbs, connectors and commas may come first).
     */
    boolean opensWithVerb(int from, int to) {
        if (!dropsSubjectsAt(from)) {
            return false;
        }
        for (Token token : view.tokens(from, to)) {
            if (token.is(',') || cues.isAdverb(token) || (cues.isFunctionWord(token) && !cues.isArticle(token) && !cues.isPronoun(token))) {
                continue;
            }
            return token.word() && !token.capitalised(text) && !cues.isArticle(token) && !cues.isPronoun(token)
                    && !cues.isParticle(token) && !Character.isDigit(token.lower().charAt(0));
        }
        return false;
    }

    /** Whether the words of [from, to) open with a passive verb before its agent ({@link PassiveVoice#beforeAgent}). */
    boolean passiveBeforeAgent(int from, int to) {
        return passives.beforeAgent(view.tokens(from, to));
    }

    /**
     * Whether the words before the quotation keep the narrator's distance from it, as scare quotes do: a
     * mention of words ("el término “deterioro democrático”"), or one lower-case word after an indefinite
     * article ("una “especie” de noticiero", "un “lockdown”").
     */
    boolean keepsDistance(Quotation quotation) {
        List<Token> before = beforeInSentence(quotation);
        return !before.isEmpty() && (mentionsTerm(before) || oneWordAfterIndefiniteArticle(quotation, before));
    }

    /**
     * Whether the narrator keeps a distance from the quoted words of a clause, its subject's or not: a mention of words,
     * or one lower-case word after an indefinite article that heads a complement ("una “especie” de noticiero"). One such
     * word that ends its phrase is the subject's word: "Liliane Faure a salué une « rationalisation »", "calificar la
     * acción como una “payasada” y un “circo”".
     */
    boolean hedges(Quotation quotation) {
        List<Token> before = beforeInSentence(quotation);
        if (before.isEmpty()) {
            return false;
        }
        if (mentionsTerm(before)) {
            return true;
        }
        List<Token> after = view.tokens(quotation.close(), sentences.at(quotation.open()).end());
        return oneWordAfterIndefiniteArticle(quotation, before) && !after.isEmpty() && cues.isRoleLink(after.get(0));
    }

    /** Whether a word for a term ends the words before the quotation: "el término “…”". */
    private boolean mentionsTerm(List<Token> before) {
        return cues.termLeadInEndingAt(before, before.size() - 1) > 0;
    }

    /** Whether the quotation is one lower-case word right after an indefinite article: "un “lockdown”". */
    private boolean oneWordAfterIndefiniteArticle(Quotation quotation, List<Token> before) {
        List<Token> quoted = view.tokens(quotation.start(), quotation.end());
        return cues.isIndefiniteArticle(before.get(before.size() - 1)) && quoted.size() == 1 && !quoted.get(0).capitalised(text);
    }

    /**
     * Whether a word right before the quotation makes it a mention of words ("the fan-base moniker
     * ‘Kittenz’", "added the hashtag ''standbystunt''"), unless a reporting verb has a word for spoken words as
     * its object: "repetiu a frase “…”" says the words again.
     */
    boolean namesTerm(Quotation quotation) {
        List<Token> before = beforeInSentence(quotation);
        int last = before.size() - 1;
        if (cues.termLeadInEndingAt(before, last) == 0) {
            return false;
        }
        if (!cues.isSpokenTermLeadIn(before.get(last))) {
            return true;
        }
        int verb = last - 1 >= 0 && cues.isArticle(before.get(last - 1)) ? last - 2 : last - 1;
        return verb < 0 || cues.find(before.subList(verb, verb + 1)).isEmpty();
    }

    /** The narrator's tokens of the quotation's sentence before its opening mark. */
    private List<Token> beforeInSentence(Quotation quotation) {
        return view.tokens(sentences.at(quotation.open()).start(), quotation.open());
    }

    /** Whether the verb opens an aside between commas: ", who wrote", ", quien escribió". */
    private boolean inAsideRelative(int from, Cue cue) {
        List<Token> before = view.tokens(from, cue.start());
        int last = cues.lastBeforeAdverbs(before);
        return last >= 1 && cues.isRelative(before.get(last)) && before.get(last - 1).is(',');
    }

    /** Whom a cue whose subject is left out means: the person just asked, for a verb of answering; else the discourse's. */
    private Speaker leftOutSpeaker(Cue cue) {
        return orAnswerer(cue, discourse.leftOutSubject(cue.start()));
    }

    /** The person just asked, for a verb of answering whose subject is left out or a pronoun; else {@code otherwise}. */
    private Speaker orAnswerer(Cue cue, Speaker otherwise) {
        Speaker answerer = discourse.answerer(cue);
        return answerer != null ? answerer : otherwise;
    }

    /** Whether a comma stands before the cue's pronoun subject and right after the cue: ", he added,". */
    private boolean setOffInside(Cue cue, int from) {
        List<Token> before = view.tokens(from, cue.start());
        List<Token> after = view.tokens(cue.end(), Math.min(text.length(), cue.end() + 2));
        return before.size() >= 3 && before.get(before.size() - 2).is(',') && !after.isEmpty() && after.get(0).is(',');
    }

    /** The cue and the speaker it names, or nobody. */
    private Found found(Cue cue, Speaker speaker) {
        if (speaker == null) {
            return new Found(null, true, cue);
        }
        return new Found(speaker.withCue(text.substring(cue.start(), cue.end())).attribution(), true, cue);
    }

    /**
     * What a search for the speaker found.
     *
     * @param attribution who said it, or null
     * @param cued        a reporting verb or cue phrase went with the quotation, even one that names nobody
     * @param cue         that verb or phrase, or null
     */
    record Found(Attribution attribution, boolean cued, Cue cue) {
        static final Found NOTHING = new Found(null, false, null);

        boolean byVerb() {
            return cue != null && !cue.phrase();
        }
    }
}
