package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.quotes.ReportingCues.Cue;
import newsroom.annotator.segment.Trim;

/**
 * Gives each quotation its kind and its speaker. The speaker comes from a reporting verb or cue phrase
 * in the narrator's sentence around the quotation (after it first: "“…,” NAME said"; then before it:
 * "NAME said: “…”"), else from the sentence before it, else from the page's layout (a headline's "NAME:
 * “…”", an epigraph's author line). A pronoun ("he said"), a role alone ("dijo el mandatario") or a verb
 * without subject ("—, añadió") refers to someone named before, speaker or subject of a sentence (see
 * {@link Referents}); a whole quoted sentence with no cue of its own goes to the speaker named in its
 * paragraph or the one before. Reads the article once, in order; one instance per article.
 */
final class Attributor {

    private final String text;
    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final List<Span> spans;
    private final List<Quotation> quotations;
    private final QuotationIndex index;
    /** For each span, where the narrator's sentences start: sentence breaks inside quotations do not count. */
    private final List<int[]> sentenceStarts = new ArrayList<>();

    /** The last speaker named or referred to, and where in the text and in which span that happened. */
    private Speaker lastSpeaker;
    private int lastSpeakerAt = -1;
    private int lastSpeakerSpan = -1;
    /** Whom "he", "the president" or a verb without subject refers to. */
    private final Referents referents;
    /** Speakers the page names by its layout rather than with a verb. */
    private final LayoutSpeakers layout;
    /** How the article capitalises its words, read when a sentence's subject is first needed. */
    private CapitalisedWords capitalised;
    /** The cue of each attributed quotation (null: none), in the order of {@code done}. */
    private final List<Cue> quotationCues = new ArrayList<>();

    Attributor(TokenView view, ReportingCues cues, SpeakerParser parser, List<Span> spans, List<Quotation> quotations) {
        this.text = view.text();
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.spans = spans;
        this.quotations = quotations;
        this.index = new QuotationIndex(quotations);
        for (Span span : spans) {
            sentenceStarts.add(narratorSentenceStarts(span));
        }
        this.referents = new Referents(view, cues, parser, spans, index, this::spanIndex, at -> sentenceAt(at).start(),
                this::capitalised);
        this.layout = new LayoutSpeakers(view, cues, parser, spans);
    }

    /** The quotations with their kinds and speakers, in text order. */
    List<Attributed> attribute() {
        List<Attributed> done = new ArrayList<>(quotations.size());
        int next = 0;
        for (int s = 0; s < spans.size(); s++) {
            if (!QuotationFinder.isProse(spans.get(s))) {
                continue;
            }
            int[] starts = sentenceStarts.get(s);
            for (int k = 0; k < starts.length; k++) {
                int sentenceEnd = k + 1 < starts.length ? starts[k + 1] : spans.get(s).end();
                if (next < quotations.size() && quotations.get(next).open() < sentenceEnd) {
                    int firstOpen = quotations.get(next).open();
                    if (firstOpen > starts[k] && hasLetter(starts[k], firstOpen)) {
                        // "El presidente … amagó con hacer de su mañanera una “especie” de noticiero"
                        learnSubject(view.tokens(starts[k], firstOpen), starts[k]);
                    }
                    while (next < quotations.size() && quotations.get(next).open() < sentenceEnd) {
                        done.add(attribute(next, done));
                        next++;
                    }
                } else {
                    learnSpeakers(starts[k], sentenceEnd);
                }
            }
        }
        return done;
    }

    private Attributed attribute(int index, List<Attributed> done) {
        Attributed attributed = attributeQuotation(index, done);
        quotationCues.add(lastCue);
        return attributed;
    }

    /** The cue of the quotation being attributed, null when none: set by {@link #found}. */
    private Cue lastCue;

    private Attributed attributeQuotation(int index, List<Attributed> done) {
        lastCue = null;
        Quotation quotation = quotations.get(index);
        TextRange openSentence = sentenceAt(quotation.open());
        TextRange closeSentence = sentenceAt(Math.max(quotation.open(), quotation.close() - 1));
        Quotation previous = index > 0 ? quotations.get(index - 1) : null;
        Quotation following = index + 1 < quotations.size() ? quotations.get(index + 1) : null;
        int before = previous != null && previous.close() > openSentence.start() && previous.close() <= quotation.open()
                ? previous.close() : openSentence.start();
        int after = following != null && following.open() >= quotation.close() && following.open() < closeSentence.end()
                ? following.open() : closeSentence.end();
        if (layout.isQuotedName(quotation) && (layout.cueRightAfter(quotation.close(), closeSentence.end())
                || (previous != null && before == previous.close() && layout.cueRightBefore(before, quotation.open())))) {
            // "“El Jefe Diego” respondió que …", "…”, expresó “El Jefe Diego” en su cuenta": a nickname
            // in quotation marks names the speaker and is not itself a quotation
            Speaker nickname = Speaker.at(text, quotation.pieces().get(0), Set.of());
            referents.spoke(nickname);
            mention(nickname, quotation.open());
            return new Attributed(quotation, QuoteKind.PARTIAL, null, false);
        }
        Attributed previousDone = done.isEmpty() ? null : done.get(done.size() - 1);
        boolean sharesSentence = before > openSentence.start();
        QuoteKind kind = kind(quotation, openSentence.start(), sharesSentence ? previousDone : null);
        // the cue that followed the quotation before this one, when it stands between the two: it is
        // that quotation's ("El «se queda» que escribió Piqué … compite con «Despacito»") unless it only
        // interrupts one speaker's words ("“…,” he said, “…”")
        Cue previousCue = quotationCues.isEmpty() ? null : quotationCues.get(quotationCues.size() - 1);
        boolean cueTaken = sharesSentence && previousCue != null && previousCue.start() >= previous.close()
                && previousCue.end() <= quotation.open() && !interruption(previous.close(), quotation.open());

        Found found = Found.NOTHING;
        if (kind == QuoteKind.PARTIAL && !cueTaken && following != null && following.open() < closeSentence.end()
                && subjectThenVerbBetween(quotation.close(), following.open())) {
            // a few quoted words inside the narrator's clause are what that clause's verb reports, and the
            // verb after them introduces the next quotation: "Deputy Mayor Alicia Glen deemed the City
            // Council “not that smart,” Mayor de Blasio called her remarks a “mistake.”"
            Found reported = speakerBefore(before, quotation.open());
            if (reported.attribution() != null) {
                found = reported;
            }
        }
        if (!found.cued()) {
            found = speakerAfter(quotation, after, following);
        }
        if (found.cued() && lastCue != null && (lastCue.phrase() || found.attribution() == null)) {
            // "Felix told reporters at the time that it “…,” according to USA Today": the reporting verb
            // before the quotation names who said it, the phrase after it only where that was reported;
            // and a verb after it whose subject names nobody gives way to one before it that does
            Cue phrase = lastCue;
            Found reported = speakerBefore(cueTaken ? previousCue.end() : before, quotation.open());
            if (reported.attribution() != null && lastCue != null && !lastCue.phrase()) {
                found = reported;
            } else {
                lastCue = phrase;
            }
        }
        if (!found.cued()) {
            found = speakerBefore(cueTaken ? previousCue.end() : before, quotation.open());
        }
        if (!found.cued() && sharesSentence && previousDone.cued() && !cueTaken) {
            // the second quotation of one reporting clause: "said lawyers had given them “…” and that
            // they would “…”"
            lastCue = previousCue;
            return new Attributed(quotation, kind, previousDone.attribution(), true);
        }
        if (!found.cued() && !hasLetter(openSentence.start(), quotation.open())) {
            found = introducedBefore(openSentence);
        }
        if (!found.cued()) {
            // a headline's "Burnley boss Sean Dyche - “…”", "AMLO: “…”"
            Subject headline = layout.headlineSpeaker(openSentence.start(), quotation.open());
            if (headline.found()) {
                Speaker speaker = resolve(headline, quotation.open());
                found = new Found(speaker == null ? null : speaker.attribution(), true);
            }
        }
        if (found.attribution() == null && nextCharAfter(quotation.close()) == ':') {
            // a headline's "“Me rompe el alma dar esta noticia”: Karol G canceló sus conciertos": the
            // subject of the clause after the colon said it
            int colon = text.indexOf(':', quotation.close());
            Subject subject = parser.subject(text, view.tokens(colon + 1, after), capitalised());
            Speaker speaker = subject.kind() == Subject.Kind.NAMED && !subject.organisation() ? resolve(subject, colon) : null;
            if (speaker != null) {
                found = new Found(speaker.attribution(), true);
            }
        }
        int span = spanIndex(quotation.open());
        int closingSpan = spanIndex(quotation.close() - 1);
        if (!found.cued() && kind == QuoteKind.DIRECT && !hasLetter(quotation.close(), spans.get(closingSpan).end())) {
            // "“En medio de la dificultad, reside la oportunidad.”" and then a line "Albert Einstein."
            Speaker author = layout.authorLine(closingSpan + 1);
            if (author != null) {
                referents.spoke(author);
                mention(author, author.at().start());
                return new Attributed(quotation, kind, author.attribution(), true);
            }
        }
        if (!found.cued() && kind == QuoteKind.DIRECT && !quotation.dialogue()
                && !QuotationFinder.singleMarked(text, quotation)) {
            // a quotation that goes on after its speaker was named: "“…,” she said. “…”" (even one the
            // text does not name: "said a White House official. “…”"), or "Lopez Obrador explained
            // that …" and then a paragraph of his words
            boolean previousIsLatest = previousDone != null && previousDone.cued()
                    && previousDone.quotation().close() >= lastSpeakerAt
                    && span - spanIndex(previousDone.quotation().close() - 1) <= 1;
            if (previousIsLatest) {
                return new Attributed(quotation, kind, previousDone.attribution(), true);
            }
            if (lastSpeaker != null && span - lastSpeakerSpan <= 1) {
                found = new Found(lastSpeaker.attribution(), true);
            }
        }
        if (found.attribution() != null) {
            mention(speakerOf(found.attribution()), quotation.close() - 1);
        }
        return new Attributed(quotation, kind, found.attribution(), found.cued());
    }

    /**
     * Whether a new clause with its own named subject and reporting verb stands between two quotations:
     * "“not that smart,” Mayor de Blasio called her remarks a “mistake.”" (not "“…”, dice el tuit …").
     */
    private boolean subjectThenVerbBetween(int from, int to) {
        List<Cue> between = cues.find(view.tokens(from, to));
        if (between.isEmpty() || between.get(0).phrase()) {
            return false;
        }
        for (Token token : view.tokens(from, between.get(0).start())) {
            if (token.word() && token.capitalised(text) && !cues.isFunctionWord(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the narrator's words between two quotations are only a short reporting clause: "“…,” dijo
     * el presidente Andrés Manuel López Obrador, “…”".
     */
    private boolean interruption(int from, int to) {
        return wordCount(new TextRange(from, to)) <= 8;
    }

    /**
     * "“…,” NAME said", "“…”, dijo NAME", "“…”, añadió.", "“…,” according to NAME", "«…» que escribió
     * NAME".
     */
    private Found speakerAfter(Quotation quotation, int to, Quotation following) {
        for (Cue cue : cues.find(view.tokens(quotation.close(), to))) {
            if (startsAnotherClause(quotation.close(), cue.start())) {
                // "El «se queda» que escribió Piqué": the quotation is what the relative clause's verb said
                Subject object = onlyRelative(quotation.close(), cue.start()) && !cue.phrase()
                        ? parser.after(view, cue.end(), to, false) : Subject.NONE;
                if (object.kind() == Subject.Kind.NAMED) {
                    return found(cue, resolve(object, cue.start()));
                }
                // "“help the people in Cuba,” which he described as …": the verb is another clause's
                break;
            }
            if (!cue.phrase() && introducesClause(cue, to)) {
                // "«…», ha matizado también que …": the verb introduces what follows, not the quotation before
                continue;
            }
            Subject subject;
            if (cue.phrase()) {
                subject = parser.after(view, cue.end(), to, false);
            } else if (!onlyAdverbs(quotation.close(), cue.start())) {
                subject = parser.before(view, quotation.close(), cue.start());
                if (subject.kind() != Subject.Kind.NAMED && qualifiesNoun(quotation, cue.start())) {
                    // "The “Cold Heart” singer announced": the quoted title describes the subject, which
                    // announced something else
                    return Found.NOTHING;
                }
            } else {
                subject = parser.after(view, cue.end(), to, false);
                if (!subject.found() && following != null && following.open() == to && onlyAdverbs(cue.end(), to)
                        && layout.isQuotedName(following)) {
                    // "“…”, expresó “El Jefe Diego” en su cuenta de Twitter"
                    Speaker nickname = Speaker.at(text, following.pieces().get(0), Set.of());
                    referents.spoke(nickname);
                    return found(cue, nickname);
                }
                if (!subject.found() && cue.dropsSubject() && !objectFollows(cue, to)) {
                    return found(cue, lastSpeaker);
                }
            }
            if (subject.found()) {
                return found(cue, resolve(subject, cue.start()));
            }
        }
        return Found.NOTHING;
    }

    /** No punctuation ends the quotation or follows it before the verb: the quoted words are part of a noun phrase. */
    private boolean qualifiesNoun(Quotation quotation, int verbStart) {
        if (".,;:!?…".indexOf(text.charAt(quotation.end() - 1)) >= 0) {
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
        for (Token token : view.tokens(cue.end(), Math.min(to, cue.end() + 40))) {
            if (!cues.isAdverb(token)) {
                return cues.isArticle(token);
            }
        }
        return false;
    }

    /** Whether the verb's next word, adverbs aside, opens a clause of its own: "ha matizado también que". */
    private boolean introducesClause(Cue cue, int to) {
        for (Token token : view.tokens(cue.end(), Math.min(to, cue.end() + 40))) {
            if (!cues.isAdverb(token)) {
                return cues.isRelative(token);
            }
        }
        return false;
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
    private Found speakerBefore(int from, int open) {
        boolean colon = lastCharBefore(open) == ':';
        Found found = Found.NOTHING;
        for (Cue cue : cues.find(view.tokens(from, open))) {
            Subject subject = subjectOf(cue, from, open);
            Speaker speaker = subject == null ? lastSpeaker : resolve(subject, cue.start());
            if (subject == null || subject.found()) {
                if (speaker != null && !colon) {
                    return found(cue, speaker);
                }
                // "According to an excerpt …, Trump said, “…”": a source that names nobody gives way
                if (speaker != null || !found.cued()) {
                    found = found(cue, speaker);
                }
            }
        }
        return found;
    }

    /**
     * The subject of a cue in narrator's text [from, to): before the verb, else right after it ("said
     * Smith:"); null for a verb whose subject is left out, as Spanish does ("Añadió que …").
     */
    private Subject subjectOf(Cue cue, int from, int to) {
        if (cue.phrase()) {
            return parser.after(view, cue.end(), to, true);
        }
        boolean objectClause = objectRelativeBefore(from, cue.start());
        Subject subject = objectClause ? Subject.NONE : parser.before(view, from, cue.start());
        if (!subject.found() && !objectClause) {
            subject = parser.after(view, cue.end(), to, true);
        }
        if (!subject.found()) {
            // "un reciente mensaje de Donald Trump en el que afirmó que …": the relative clause's verb
            // is said by the person its antecedent names
            Subject antecedent = relativeAntecedent(from, cue.start());
            if (antecedent.isPerson()) {
                return antecedent;
            }
        }
        if (!subject.found()) {
            // "McDonnell appealed to Spencer for mercy, saying: “…”", "López Obrador se refirió a … y
            // reiteró que “…”": the verb's subject is the sentence's
            int sentenceStart = sentenceAt(cue.start()).start();
            if (sentenceStart < cue.start()) {
                Subject opening = parser.subject(text, view.tokens(sentenceStart, cue.start()), capitalised());
                if (opening.kind() == Subject.Kind.NAMED || opening.kind() == Subject.Kind.PRONOUN
                        || opening.kind() == Subject.Kind.ANAPHORIC) {
                    return opening;
                }
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
     * A quotation that opens its sentence with no cue of its own belongs to the reporting clause of the
     * sentence before it in the paragraph ("He wrote that payment will begin … “Just by the money we
     * save…”"), or of the paragraph before when that ends in a colon ("In a statement, the ministry said:").
     */
    private Found introducedBefore(TextRange sentence) {
        TextRange previous = sentenceBefore(sentence.start());
        if (previous == null) {
            return Found.NOTHING;
        }
        char last = lastCharBefore(previous.end());
        if (spanIndex(previous.start()) != spanIndex(sentence.start()) && last != ':') {
            return Found.NOTHING;
        }
        int from = previous.start();
        int to = previous.end();
        for (Quotation quotation : index.overlapping(from, to)) {
            if (quotation.close() > from && quotation.close() <= to) {
                from = quotation.close();
            }
            if (quotation.open() >= from && quotation.open() < to) {
                to = quotation.open();
            }
        }
        return from < to ? speakerBefore(from, to) : Found.NOTHING;
    }

    /** A sentence without quotations may still name a speaker whom a later "he said" refers to. */
    private void learnSpeakers(int sentenceStart, int to) {
        int from = sentenceStart;
        // the rest of a quotation that runs over paragraphs is not the narrator's
        for (Quotation covering = index.covering(from); covering != null; covering = index.covering(from)) {
            from = covering.close();
        }
        List<Token> tokens = view.tokens(from, to);
        if (CapitalisedWords.titleCased(text, tokens)) {
            // "The Mayor Requests Staff Study of Confederacy Statues": a headline that capitalises every
            // word shows no name by its capitals
            return;
        }
        // "Durant dove into hot water when he responded …": who "he" is comes first
        learnSubject(tokens, from);
        for (Cue cue : cues.find(tokens)) {
            Subject subject = subjectOf(cue, from, to);
            Speaker speaker = subject == null ? lastSpeaker : resolve(subject, cue.start());
            if (speaker != null) {
                mention(speaker.withCue(text.substring(cue.start(), cue.end())), cue.start());
                return;
            }
        }
    }

    /**
     * The person a sentence is about becomes the one a later "he said", "dijo el mandatario" or "añadió"
     * refers to: "Durant has since apologized. …, he said", "La secretaria General de Morena, Citlalli
     * Hernández, felicitó a … la líder del partido guinda aseguró".
     */
    private void learnSubject(List<Token> tokens, int from) {
        Subject subject = parser.subject(text, tokens, capitalised());
        if (subject.kind() == Subject.Kind.PRONOUN && referents.lastPerson(from) != null) {
            // "On Friday, he chose not to comment further": still the one the text is about
            Speaker person = referents.lastPerson(from);
            referents.isAbout(person, from);
            mention(person, from);
        } else if (subject.kind() == Subject.Kind.ANAPHORIC) {
            // resolved where its role stands: a name earlier in the sentence may be whom it describes
            Speaker referred = resolve(subject, firstRoleAt(tokens, from));
            if (referred != null) {
                mention(referred, from);
            }
        } else if (subject.isPerson() && referents.personal(subject)) {
            Speaker speaker = Speaker.at(text, subject.name(), subject.roles());
            referents.isAbout(speaker, subject.name().start());
            mention(speaker, subject.name().start());
        }
    }

    private CapitalisedWords capitalised() {
        if (capitalised == null) {
            capitalised = new CapitalisedWords(text);
        }
        return capitalised;
    }

    private Found found(Cue cue, Speaker speaker) {
        lastCue = cue;
        if (speaker == null) {
            return new Found(null, true);
        }
        return new Found(speaker.withCue(text.substring(cue.start(), cue.end())).attribution(), true);
    }

    /** The speaker a subject standing before {@code at} names or refers to, or null. */
    private Speaker resolve(Subject subject, int at) {
        return switch (subject.kind()) {
            case NAMED -> {
                if (isPlatform(subject)) {
                    yield null;
                }
                Speaker speaker = Speaker.at(text, subject.name(), subject.roles());
                if (!subject.organisation()) {
                    referents.spoke(speaker);
                }
                lastSpeaker = speaker;
                yield speaker;
            }
            case PRONOUN -> referents.pronounSpeaker(at);
            case ANAPHORIC -> {
                Speaker person = referents.withRoles(subject.roles(), at);
                if (person != null) {
                    referents.spoke(person);
                }
                if (person == null && subject.name() != null && !isPlatform(subject)
                        && cues.speaksForOrganisation(subject.roles())) {
                    // "el portavoz de la Presidencia" with nobody named before: the Presidency speaks
                    person = Speaker.at(text, subject.name(), Set.of());
                    lastSpeaker = person;
                }
                yield person;
            }
            default -> null;
        };
    }

    private boolean isPlatform(Subject subject) {
        return cues.isPlatform(text.substring(subject.name().start(), subject.name().end()));
    }

    private void mention(Speaker speaker, int at) {
        lastSpeaker = speaker;
        lastSpeakerAt = at;
        lastSpeakerSpan = spanIndex(at);
    }

    private Speaker speakerOf(Attribution attribution) {
        return new Speaker(attribution.name(), attribution.nameAt(), Set.of(), attribution.cue());
    }

    /**
     * Direct: a sentence or more (it opens the narrator's sentence, follows a colon, runs over paragraphs,
     * is a dialogue turn, is capitalised and ends like a sentence or runs to six words, or goes on a
     * direct quote the attribution interrupted). Partial: a few words inside the narrator's sentence.
     */
    private QuoteKind kind(Quotation quotation, int sentenceStart, Attributed previousInSentence) {
        if (quotation.dialogue() || quotation.overParagraphs()) {
            return QuoteKind.DIRECT;
        }
        if (!hasLetter(sentenceStart, quotation.open())) {
            // "“No pasarán” became the motto": quoted words that are the subject of the narrator's
            // sentence are a slogan or a title, not what someone says
            return namedInSentence(quotation) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
        }
        char before = lastCharBefore(quotation.open());
        if (before == ':') {
            return QuoteKind.DIRECT;
        }
        // a direct quotation the attribution interrupted goes on: "“…,” he said, “and…”", "«… —dijo— y …»"
        boolean resumes = before == ',' || "—–―-".indexOf(text.charAt(quotation.open())) >= 0;
        if (previousInSentence != null && previousInSentence.kind() == QuoteKind.DIRECT && resumes
                && interruption(previousInSentence.quotation().close(), quotation.open())) {
            return QuoteKind.DIRECT;
        }
        TextRange words = quotation.pieces().get(0);
        char first = text.charAt(words.start());
        char last = text.charAt(quotation.end() - 1);
        boolean capitalised = Character.isUpperCase(first) || first == '¿' || first == '¡';
        boolean endsLikeSentence = ".!?…,".indexOf(last) >= 0;
        int count = wordCount(words);
        if (".!?…".indexOf(last) >= 0 && count >= 4 && rightAfterCue(sentenceStart, quotation.open())
                && !hasLetter(quotation.close(), sentenceAt(quotation.open()).end())) {
            // the verb's object is the whole quoted sentence, even when the page writes it in lower case:
            // "Trump says “wiretap covers a lot of different things.”"
            return QuoteKind.DIRECT;
        }
        return capitalised && ((endsLikeSentence && count >= 3) || count >= 6) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** Whether a reporting verb stands right before the opening mark, a comma at most between them. */
    private boolean rightAfterCue(int sentenceStart, int open) {
        List<Cue> found = cues.find(view.tokens(Math.max(sentenceStart, open - 60), open));
        if (found.isEmpty()) {
            return false;
        }
        Cue cue = found.get(found.size() - 1);
        return !cue.phrase() && !hasLetter(cue.end(), open);
    }

    /**
     * Whether the narrator's sentence goes straight on after the quotation with a word that is not a
     * reporting verb, no punctuation inside or after the marks: "“No pasarán” became the motto".
     */
    private boolean namedInSentence(Quotation quotation) {
        if (".,;:!?…".indexOf(text.charAt(quotation.end() - 1)) >= 0) {
            return false;
        }
        int next = quotation.close();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0')) {
            next++;
        }
        if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        List<Cue> cue = cues.find(view.tokens(next, Math.min(text.length(), next + 40)));
        return cue.isEmpty() || !onlyAdverbs(next, cue.get(0).start());
    }

    /**
     * Where the narrator's sentences of a span start. The sentence splitter's breaks are kept except
     * inside a quotation, after a quotation that ends in "?" or "!" ("“…?” Pena Nieto said." is one
     * sentence), and after an initial ("Steven A. Lerman said").
     */
    private int[] narratorSentenceStarts(Span span) {
        List<Integer> starts = new ArrayList<>();
        starts.add(span.start());
        for (Sentence sentence : span.sentences()) {
            int start = sentence.start();
            if (start > span.start() && !insideQuotation(start) && !afterExclamation(start) && !afterInitial(start)) {
                starts.add(start);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean insideQuotation(int position) {
        return index.around(position) != null;
    }

    /** Whether the quotation right before {@code position}, nothing but marks and spaces between, ends in "?", "!" or "…". */
    private boolean afterExclamation(int position) {
        int before = index.lastOpeningBefore(position);
        if (before >= 0 && index.get(before).close() > position) {
            before--;
        }
        if (before < 0 || hasLetter(index.get(before).close(), position)) {
            return false;
        }
        Quotation quotation = index.get(before);
        // the last mark that is not a quotation mark: "…'How do I screw Mexico?'" ends in "?"
        int last = quotation.end() - 1;
        while (last > quotation.start() && "'\"’”»".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return "?!…".indexOf(text.charAt(last)) >= 0;
    }

    private boolean afterInitial(int position) {
        int end = position - 1;
        while (end > 0 && Trim.isBlank(text.charAt(end))) {
            end--;
        }
        return end >= 2 && text.charAt(end) == '.' && Character.isUpperCase(text.charAt(end - 1))
                && !Character.isLetter(text.charAt(end - 2));
    }

    private TextRange sentenceAt(int position) {
        int s = spanIndex(position);
        int[] starts = sentenceStarts.get(s);
        int found = Arrays.binarySearch(starts, position);
        int k = Math.max(0, found >= 0 ? found : -found - 2);
        return new TextRange(starts[k], k + 1 < starts.length ? starts[k + 1] : spans.get(s).end());
    }

    /** The narrator's sentence before the one starting at {@code start}: in its paragraph, or the last of the one before. */
    private TextRange sentenceBefore(int start) {
        int s = spanIndex(start);
        int[] starts = sentenceStarts.get(s);
        for (int k = starts.length - 1; k > 0; k--) {
            if (starts[k] == start) {
                return new TextRange(starts[k - 1], start);
            }
        }
        if (s == 0 || !QuotationFinder.isProse(spans.get(s - 1))) {
            return null;
        }
        int[] previous = sentenceStarts.get(s - 1);
        return new TextRange(previous[previous.length - 1], spans.get(s - 1).end());
    }

    private int spanIndex(int position) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = spans.get(middle);
            if (position < span.start()) {
                high = middle - 1;
            } else if (position >= span.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return Math.max(0, high);
    }

    private boolean hasLetter(int from, int to) {
        return view.hasWord(from, to);
    }

    /** Nothing but punctuation and adverbs between a quotation and its verb: "”, dijo", "—le insistió". */
    private boolean onlyAdverbs(int from, int to) {
        for (Token token : view.tokens(from, to)) {
            if (token.word() && !cues.isAdverb(token)) {
                return false;
            }
        }
        return true;
    }

    /** A connector ("which", "and", "que", "como") between a quotation and a verb puts the verb in a clause of its own. */
    private boolean startsAnotherClause(int from, int to) {
        for (Token token : view.tokens(from, to)) {
            // ("“…,” Falesi Chukuwumba, a Malawian national, told": an article opens no clause)
            if (cues.isFunctionWord(token) && !cues.isAdverb(token) && !cues.isPronoun(token) && !cues.isArticle(token)) {
                return true;
            }
        }
        return false;
    }

    /** The name right before the relative pronoun that opens the verb's clause: "de Donald Trump en el que afirmó". */
    private Subject relativeAntecedent(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        int last = tokens.size() - 1;
        while (last >= 0 && cues.isAdverb(tokens.get(last))) {
            last--;
        }
        if (last < 1 || !cues.isRelative(tokens.get(last))) {
            return Subject.NONE;
        }
        if (objectRelativeBefore(from, verbStart)) {
            return Subject.NONE;
        }
        int name = last - 1;
        while (name >= 0 && last - name <= 3 && (cues.isArticle(tokens.get(name)) || cues.isRoleLink(tokens.get(name))
                || (cues.isFunctionWord(tokens.get(name)) && !tokens.get(name).capitalised(text)))) {
            name--;
        }
        if (name < 0 || !tokens.get(name).capitalised(text)) {
            return Subject.NONE;
        }
        Subject antecedent = parser.endingAt(text, tokens, name);
        // "un post en Instagram en el que decía": a name after "en" is where it was said, not who said it
        int first = antecedent.name() == null ? -1 : indexAt(tokens, antecedent.name().start());
        return first > 0 && cues.isPlacePreposition(tokens.get(first - 1)) ? Subject.NONE : antecedent;
    }

    /**
     * Whether the verb opens a relative clause about its antecedent rather than by it: "repudió al
     * Presidente, al que acusó de …" (the subject of "acusó" is the sentence's, not the President).
     */
    private boolean objectRelativeBefore(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        int last = tokens.size() - 1;
        while (last >= 0 && cues.isAdverb(tokens.get(last))) {
            last--;
        }
        if (last < 1 || !cues.isRelative(tokens.get(last))) {
            return false;
        }
        int marker = last - 1;
        while (marker > 0 && cues.isArticle(tokens.get(marker))) {
            marker--;
        }
        return cues.isObjectRelative(tokens.get(marker));
    }

    /** Where the first role among the tokens starts, else {@code otherwise}. */
    private int firstRoleAt(List<Token> tokens, int otherwise) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word() && cues.roleAt(tokens, i) > 0) {
                return tokens.get(i).start();
            }
        }
        return otherwise;
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
     * nobody: "En el caso puntual de ayer expresó que …", "En cuanto a los detenidos sostuvo que …".
     */
    private boolean adverbialOnly(int sentenceStart, int verbStart) {
        List<Token> tokens = view.tokens(sentenceStart, verbStart);
        if (tokens.isEmpty() || !cues.isPlacePreposition(tokens.get(0))) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).word() || tokens.get(i).capitalised(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the verb at {@code verbStart} opens its clause: only adverbs stand between it and a
     * punctuation mark or a small word ("—, añadió", "y sostuvo que", "cuando se refirió").
     */
    private boolean opensClause(int from, int verbStart) {
        List<Token> tokens = view.tokens(from, verbStart);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (!cues.isAdverb(token)) {
                return !token.word() || cues.isFunctionWord(token);
            }
        }
        return true;
    }

    private char nextCharAfter(int position) {
        int at = position;
        while (at < text.length() && Trim.isBlank(text.charAt(at))) {
            at++;
        }
        return at < text.length() ? text.charAt(at) : ' ';
    }

    private char lastCharBefore(int position) {
        int at = position - 1;
        while (at > 0 && Trim.isBlank(text.charAt(at))) {
            at--;
        }
        return at >= 0 ? text.charAt(at) : ' ';
    }

    private int wordCount(TextRange range) {
        int words = 0;
        boolean inWord = false;
        for (int i = range.start(); i < range.end(); i++) {
            boolean blank = Trim.isBlank(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }

    /** What a search for the speaker found: the attribution (or null), and whether any cue went with it. */
    private record Found(Attribution attribution, boolean cued) {
        static final Found NOTHING = new Found(null, false);
    }
}
