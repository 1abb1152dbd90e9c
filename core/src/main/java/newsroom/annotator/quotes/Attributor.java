package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * Reads an article's prose once, in order, and gives each quotation its kind and its speaker. Every
 * narrator's sentence without a quotation teaches the {@link Discourse} who is speaking or spoken of
 * ("Durant has since apologized", "López Obrador explicó que …"); every quotation goes down the
 * {@link Sieves} in their order until one decides who said it. One instance per article.
 */
final class Attributor {

    /** What stands between the words of a quotation when two are compared: spaces, punctuation, quotation marks. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{Punct}“”„«»‘’]+");

    /** The rules the attributor names when it gives a quotation a speaker after the sieves, the article read. */
    private static final String LEAD_SPEAKER = "lead-speaker";
    private static final String CROSSHEAD = "crosshead";
    /** How many paragraphs below a headline its lead's speakers count. */
    private static final int LEAD_SPANS = 4;
    /** How far below a crosshead the passage it heads names its speaker: the next paragraph or two. */
    private static final int CROSSHEAD_SPANS = 3;
    /** A crosshead is a few words. */
    private static final int CROSSHEAD_MAX_WORDS = 10;
    /** The most words between a cleft's relative pronoun and its copula: "Quien le salió al cruce fue …". */
    private static final int CLEFT_MAX_WORDS = 12;
    /** How far before a name a conjunction and the name before it are read: a name and a word or two. */
    private static final int COORDINATION_REACH = 40;

    private final Reading reading;
    private final Sieves sieves;
    private final String text;
    private final List<Quotation> quotations;
    private final QuotationKinds kinds;
    private final FullNames fullNames;
    private final Questions questions;
    private final SentenceTopics topics;
    /** Whom the narrator names as speaking without quotation marks ("…, dijo Pérez Cuéllar."), in text order. */
    private final List<NarratedSpeaker> narrated = new ArrayList<>();

    /** A person the narrator's own sentence names as the subject of a reporting verb, and where. */
    private record NarratedSpeaker(int at, Attribution attribution) {
    }

    Attributor(TokenView view, ReportingCues cues, SpeakerParser parser, Sieves sieves, List<Span> spans,
               List<Quotation> quotations, List<Quote> posts) {
        QuotationIndex index = new QuotationIndex(quotations);
        NarratorSentences sentences = new NarratorSentences(view, cues, spans, index);
        this.fullNames = new FullNames(view, cues, parser, index);
        Discourse discourse = new Discourse(view, cues, parser, sentences, index, fullNames);
        LayoutSpeakers layout = new LayoutSpeakers(view, cues, parser, sentences);
        ReportingClauses clauses = new ReportingClauses(view, cues, parser, sentences, discourse, layout);
        this.reading = new Reading(view, cues, parser, index, sentences, discourse, clauses, layout,
                PostEchoSieve.EchoedPost.of(posts));
        this.sieves = sieves;
        this.text = view.text();
        this.quotations = quotations;
        this.kinds = new QuotationKinds(view, cues, sentences, clauses);
        this.questions = new Questions(view, cues, parser);
        this.topics = new SentenceTopics(reading);
    }

    /** The quotations with their kinds and speakers, in text order. */
    List<Attributed> attribute() {
        List<Attributed> done = new ArrayList<>(quotations.size());
        List<Span> spans = reading.sentences().spans();
        Deadline deadline = Deadline.current();
        int next = 0;
        // an embedded post's author is someone the article names, where the post stands
        List<Quote> posts = reading.posts().stream().map(PostEchoSieve.EchoedPost::post)
                .sorted(Comparator.comparingInt(Quote::start)).toList();
        int nextPost = 0;
        for (int s = 0; s < spans.size(); s++) {
            while (nextPost < posts.size() && posts.get(nextPost).start() < spans.get(s).end()) {
                learnAuthor(posts.get(nextPost++));
            }
            if (!QuotationFinder.isProse(spans.get(s))) {
                continue;
            }
            int[] starts = reading.sentences().startsIn(s);
            for (int k = 0; k < starts.length; k++) {
                deadline.check();
                int sentenceEnd = k + 1 < starts.length ? starts[k + 1] : spans.get(s).end();
                if (next < quotations.size() && quotations.get(next).open() < sentenceEnd) {
                    int firstOpen = quotations.get(next).open();
                    if (firstOpen > starts[k] && reading.view().hasWord(starts[k], firstOpen)) {
                        List<Token> opening = reading.view().tokens(starts[k], firstOpen);
                        // "El presidente … amagó con hacer de su mañanera una “especie” de noticiero"
                        learnSubject(opening, starts[k], true);
                        // "Entonces lo consultaron a Ignacio Laquintana …: «…», respondió": the one asked answers
                        learnAsked(opening, starts[k], firstOpen);
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
        return nearbySpeakers(crossheadsFromBelow(headlinesFromLead(done)));
    }

    /**
     * A crosshead that quotes a few words ("»Das hat mit der Fitness nichts zu tun«" on a line of its own between
     * paragraphs, no end stop inside the marks) heads the passage below it: the words are whoever's that passage
     * quotes next, not the last speaker's above it. Read after the article, as for a headline.
     */
    private List<Attributed> crossheadsFromBelow(List<Attributed> done) {
        List<Span> spans = reading.sentences().spans();
        int firstParagraph = NarratorSentences.firstParagraph(spans);
        TreeMap<Integer, Attribution> speakers = null;
        List<Attributed> result = new ArrayList<>(done);
        for (int i = 0; i < result.size(); i++) {
            Attributed quote = result.get(i);
            int span = reading.sentences().spanIndex(quote.quotation().open());
            boolean goesOn = quote.attribution() != null && ContinuationSieve.NAME.equals(quote.attribution().rule());
            if (span <= firstParagraph || (quote.cued() && !goesOn) || !crosshead(quote.quotation(), spans.get(span))) {
                continue;
            }
            if (speakers == null) {
                speakers = speakersByPosition(done);
            }
            Map.Entry<Integer, Attribution> next = speakers.higherEntry(spans.get(span).end());
            if (next != null && reading.sentences().spanIndex(next.getKey()) - span <= CROSSHEAD_SPANS) {
                result.set(i, new Attributed(quote.quotation(), quote.kind(), next.getValue().withCue(null).withRule(CROSSHEAD), false, false));
            }
        }
        return result;
    }

    /** Whether the quotation is the whole of its short line, no stop inside its marks: a crosshead, not a statement. */
    private boolean crosshead(Quotation quotation, Span line) {
        if (!reading.fills(line, quotation) || quotation.overParagraphs() || ".!?…".indexOf(quotation.lastMark(text)) >= 0) {
            return false;
        }
        long words = reading.view().tokens(quotation.start(), quotation.end()).stream().filter(Token::word).count();
        return words <= CROSSHEAD_MAX_WORDS;
    }

    /**
     * A headline's quotation that nothing above attributed belongs to whom the lead quotes: "“Hay opositores
     * que gobiernan…”" over a story whose first paragraphs quote Alberto Fernández. Read after the article,
     * as a reader of the headline reads on: the first speaker named after it, for a quotation or in the
     * narrator's own words.
     */
    private List<Attributed> headlinesFromLead(List<Attributed> done) {
        List<Span> spans = reading.sentences().spans();
        List<Attributed> result = new ArrayList<>(done);
        int firstParagraph = NarratorSentences.firstParagraph(spans);
        // the speakers named, for a quotation or in the narrator's own words
        TreeMap<Integer, Attribution> speakers = speakersByPosition(done);
        for (int i = 0; i < result.size(); i++) {
            Attributed quote = result.get(i);
            if (quote.attribution() != null) {
                continue;
            }
            int span = reading.sentences().spanIndex(quote.quotation().open());
            // the first one named after it: later in its own paragraph ("“…”. Così è intervenuto … l’assessore
            // Pasquale Lasorsa che aggiunge: “…”"), else in the next paragraphs
            Map.Entry<Integer, Attribution> next = speakers.higherEntry(quote.quotation().close());
            Attribution nextSpeaker = next == null ? null : next.getValue();
            int nextSpeakerSpan = next == null ? -1 : reading.sentences().spanIndex(next.getKey());
            // a headline's quotation that no cue goes with, or a whole quoted sentence of the first paragraph
            // whose cue ("confesó la cantante") points to someone the article has not named yet; never quoted
            // words that are a name, scare quotes in single marks or kept at a distance
            boolean inHeadline = headline(spans, span, firstParagraph);
            boolean headlineQuote = inHeadline && !quote.cued()
                    && !QuotationFinder.singleMarked(text, quote.quotation()) && !reading.clauses().keepsDistance(quote.quotation());
            // ("“…”, ha detto ai cronisti" in the teaser above the lead, its subject left out, counts too)
            boolean leadQuote = quote.cued() && quote.kind() == QuoteKind.DIRECT
                    && (inHeadline || (span == firstParagraph && !saidBySomeoneUnnamed(quote)));
            // a few quoted words of the first paragraph whose cue names nobody yet, when the very next paragraph
            // names its speaker: "O presidente da Câmara Municipal de Lisboa recusou hoje «…»" over "«…»,
            // declarou Carlos Moedas"
            boolean leadWords = quote.cued() && quote.kind() == QuoteKind.PARTIAL && span == firstParagraph
                    && nextSpeakerSpan == span + 1 && opensWithDefiniteRole(quote.quotation().open());
            // a whole quoted sentence that opens the article's prose, no cue with it: "“Se questi sono i numeri
            // dormiamo sonni tranquilli…”. È un commento netto … quello del vicesindaco Gianni Santilli"
            boolean opening = !quote.cued() && quote.kind() == QuoteKind.DIRECT && span == firstParagraph
                    && (!reading.view().hasWord(spans.get(span).start(), quote.quotation().open())
                    || reading.layout().datelineBefore(spans.get(span).start(), quote.quotation().open()));
            // the same unnamed speaker going on in the lead's paragraph: "“…”, aseguraba el técnico rojiblanco, que
            // analizaba el resultado diciendo que “…”" after the first was given to the one named next
            boolean goesOn = quote.cued() && i > 0 && span == firstParagraph && result.get(i - 1).attribution() != null
                    && LEAD_SPEAKER.equals(result.get(i - 1).attribution().rule())
                    && reading.sentences().spanIndex(result.get(i - 1).quotation().open()) == span;
            // ("«…», dicono i colleghi della vittima": a cue in the plural has a group for its subject, no one named next)
            boolean lead = !quote.name() && (headlineQuote || leadQuote || opening || leadWords || goesOn) && !pluralCue(done.get(i));
            Attributed again = inHeadline && (headlineQuote || leadQuote) ? quotedAgainBelow(done, i) : null;
            if (again != null) {
                // a heading quotes words the text quotes again below: they are whoever's they are there, someone
                // named or not ("„Energiewende mit der Brechstange“" over "Bürgermeister … sprechen von „…“")
                if (again.attribution() != null) {
                    result.set(i, new Attributed(quote.quotation(), quote.kind(), again.attribution().withRule("quoted-again"), true, false));
                }
                continue;
            }
            if (lead && nextSpeaker != null && nextSpeakerSpan - span <= LEAD_SPANS) {
                result.set(i, new Attributed(quote.quotation(), quote.kind(), nextSpeaker.withRule(LEAD_SPEAKER), true, false));
            }
        }
        return result;
    }

    /** Whether only a comma or a conjunction stands between the quotation before and this one: one list of both. */
    private boolean listedAfter(Quotation previous, Quotation quotation) {
        if (previous == null || previous.close() > quotation.open()) {
            return false;
        }
        List<Token> between = reading.view().tokens(previous.close(), quotation.open());
        return !between.isEmpty() && reading.cues().onlyListSeparators(between);
    }

    /**
     * Whether the quotation's own cue gives it to someone the text does not name ("“…”, segnala un residente", "urla un
     * cittadino"): no one the article names later says it (a headline's bare role, "diz autarca de Mação", is read so
     * too, and is left to the lead).
     */
    private boolean saidBySomeoneUnnamed(Attributed quote) {
        Cue cue = quote.cue();
        if (cue == null) {
            return false;
        }
        TextRange sentence = reading.sentences().at(cue.start());
        return unnamedSubject(cue, quote.quotation(), sentence.start(), sentence.end());
    }

    /**
     * Whether the cue's subject is someone the text does not name, read in its clause on the quotation's side where the
     * cue stands: from {@code clauseFrom} to the quotation, or from the quotation to {@code clauseTo}.
     */
    private boolean unnamedSubject(Cue cue, Quotation quotation, int clauseFrom, int clauseTo) {
        boolean before = cue.start() < quotation.open();
        int from = before ? clauseFrom : quotation.close();
        int to = before ? quotation.open() : clauseTo;
        if (cue.start() < from || cue.end() > to) {
            return false;
        }
        Subject subject = reading.clauses().subjectOf(cue, from, to);
        return subject != null && subject.kind() == Subject.Kind.UNNAMED;
    }

    /** Whether the quotation's cue is a verb in the third person plural ("dicono", "denunciaron"): its subject is several people. */
    private boolean pluralCue(Attributed quote) {
        Cue cue = quote.cue();
        if (cue == null || cue.phrase()) {
            return false;
        }
        // ("…?, chiedono i giornalisti: “Assolutamente sì”": those who ask are several, the one who answers is not)
        List<Token> words = reading.view().tokens(cue.start(), cue.end());
        return !words.isEmpty() && !reading.cues().isQuestionVerb(words.get(words.size() - 1))
                && reading.cues().endsInPluralVerb(text.substring(cue.start(), cue.end()), reading.sentences().languageAt(cue.start()));
    }

    /**
     * A few quoted words that no cue goes with and no sieve attributed are the words of the speaker quoted
     * nearest them: before them in their paragraph ("Sánchez abordó temas cruciales, … «francamente
     * positiva»" over "La conversación también se centró en «la desigualdad»"), else after them there ("…
     * aparecieron algunas informaciones "contradictorias". "…", explicó"), else last in the paragraph
     * before ("“…”, disse." over "O democrata agradeceu o que chamou de "abertura""). An article quotes
     * a phrase without a verb where the passage reports that speaker; words in single marks or kept at a
     * distance stay scare quotes, and a name or a title in marks is dropped later, attributed or not.
     */
    private List<Attributed> nearbySpeakers(List<Attributed> done) {
        TreeMap<Integer, Attribution> speakers = new TreeMap<>();
        for (Attributed quote : done) {
            if (quote.attribution() != null) {
                speakers.put(quote.quotation().open(), quote.attribution());
            }
        }
        List<Attributed> result = new ArrayList<>(done);
        for (int i = 0; i < result.size(); i++) {
            Attributed quote = result.get(i);
            if (quote.attribution() != null || quote.cued() || quote.name() || quote.term()
                    || quote.kind() != QuoteKind.PARTIAL || QuotationFinder.singleMarked(text, quote.quotation())
                    || reading.clauses().keepsDistance(quote.quotation())) {
                continue;
            }
            Attribution nearest = nearestSpeaker(speakers, quote.quotation());
            if (nearest != null) {
                result.set(i, new Attributed(quote.quotation(), quote.kind(),
                        nearest.withCue(null).withRule("nearby-speaker"), false, false));
            }
        }
        return result;
    }

    /** The speaker quoted nearest the quotation: before it in its paragraph, after it there, last in the paragraph before; or null. */
    private Attribution nearestSpeaker(TreeMap<Integer, Attribution> speakers, Quotation quotation) {
        int span = reading.sentences().spanIndex(quotation.open());
        Map.Entry<Integer, Attribution> before = speakers.lowerEntry(quotation.open());
        int beforeSpan = before == null ? -1 : reading.sentences().spanIndex(before.getKey());
        if (before != null && beforeSpan == span) {
            return before.getValue();
        }
        Map.Entry<Integer, Attribution> after = speakers.higherEntry(quotation.close());
        if (after != null && reading.sentences().spanIndex(after.getKey()) == span) {
            return after.getValue();
        }
        return before != null && beforeSpan == span - 1 ? before.getValue() : null;
    }

    /** The first quotation after the one at {@code index} with the same words, case and spacing aside, or null. */
    private Attributed quotedAgainBelow(List<Attributed> done, int index) {
        String words = sameWords(done.get(index).quotation().text(text));
        for (int k = index + 1; k < done.size(); k++) {
            if (!words.isEmpty() && sameWords(done.get(k).quotation().text(text)).equals(words)) {
                return done.get(k);
            }
        }
        return null;
    }

    private static String sameWords(String quoted) {
        return String.join(" ", BETWEEN_WORDS.split(quoted.toLowerCase(Locale.ROOT))).strip();
    }

    /** Every speaker named, for a quotation or in the narrator's own words, by where it is named. */
    private TreeMap<Integer, Attribution> speakersByPosition(List<Attributed> done) {
        TreeMap<Integer, Attribution> speakers = new TreeMap<>();
        for (Attributed quote : done) {
            if (quote.attribution() != null) {
                speakers.putIfAbsent(quote.quotation().open(), quote.attribution());
            }
        }
        for (NarratedSpeaker speaker : narrated) {
            speakers.putIfAbsent(speaker.at(), speaker.attribution());
        }
        return speakers;
    }

    /** Whether the narrator's sentence around {@code position} opens with a definite article and a role: "O presidente da …". */
    private boolean opensWithDefiniteRole(int position) {
        List<Token> tokens = reading.view().tokens(reading.sentences().at(position).start(), position);
        ReportingCues cues = reading.cues();
        return tokens.size() > 2 && cues.isDefiniteArticle(tokens.get(0)) && cues.roleAt(tokens, 1) > 0;
    }

    /** Whether the span is the headline, or a teaser or caption above the first paragraph of prose. */
    private static boolean headline(List<Span> spans, int index, int firstParagraph) {
        if (spans.get(index).type() == SpanType.TITLE) {
            return true;
        }
        return spans.get(index).type() == SpanType.CAPTION && index <= firstParagraph;
    }

    /**
     * The author an embedded post's signature names ("— Nayib Bukele (@nayibbukele) February 15, 2026") is a
     * person the article has named from there on: whom "el mandatario de El Salvador replicó" below may refer to.
     * A display name without a letter ("❄️") names nobody.
     */
    private void learnAuthor(Quote post) {
        Attribution author = post.attribution();
        if (author != null && author.nameAt() != null && author.name() != null
                && author.name().codePoints().anyMatch(Character::isLetter)) {
            reading.discourse().referents().spoke(Speaker.at(text, author.nameAt(), Set.of()));
        }
    }

    private Attributed attribute(int index, List<Attributed> done) {
        Quotation quotation = quotations.get(index);
        NarratorSentences sentences = reading.sentences();
        TextRange openSentence = sentences.at(quotation.open());
        TextRange closeSentence = sentences.at(Math.max(quotation.open(), quotation.close() - 1));
        Quotation previous = index > 0 ? quotations.get(index - 1) : null;
        Quotation following = index + 1 < quotations.size() ? quotations.get(index + 1) : null;
        int clauseFrom = previous != null && previous.close() > openSentence.start() && previous.close() <= quotation.open()
                ? previous.close() : openSentence.start();
        int clauseTo = following != null && following.open() >= quotation.close() && following.open() < closeSentence.end()
                ? following.open() : closeSentence.end();
        if (isQuotedName(quotation, previous, clauseFrom, closeSentence)) {
            // "“El Jefe Diego” respondió que …", "…”, expresó “El Jefe Diego” en su cuenta": a nickname
            // in quotation marks names the speaker and is not itself a quotation
            Speaker nickname = Speaker.at(text, quotation.pieces().get(0), Set.of());
            reading.discourse().referents().spoke(nickname);
            reading.discourse().mention(nickname, quotation.open());
            return new Attributed(quotation, QuoteKind.PARTIAL, null, false, true);
        }
        Attributed previousDone = done.isEmpty() ? null : done.get(done.size() - 1);
        boolean sharesSentence = clauseFrom > openSentence.start();
        QuoteKind kind = kinds.kind(quotation, openSentence.start(), sharesSentence ? previousDone : null);
        if (QuotationFinder.weak(text, quotation, kind)
                && (reading.clauses().namesTerm(quotation) || (previousDone != null && previousDone.term() && listedAfter(previous, quotation)))) {
            // "condemning the fan-base moniker ‘Kittenz’": a few words mentioned as words, whatever verb is near; and so are
            // the next ones in a list of them ("aux lieux dits " Carrefour le maire " et " Premier carrefour "")
            return new Attributed(quotation, kind, null, false, false, true, null);
        }
        Cue previousCue = previousDone == null ? null : previousDone.cue();
        // the cue that followed the quotation before this one, when it stands between the two: it is
        // that quotation's ("El «se queda» que escribió Piqué … compite con «Despacito»") unless it only
        // interrupts one speaker's words ("“…,” he said, “…”")
        boolean cueTaken = sharesSentence && previousCue != null && previousCue.start() >= previous.close()
                && previousCue.end() <= quotation.open() && !kinds.interruption(previous.close(), quotation.open());
        QuoteContext context = new QuoteContext(reading, quotation, previous, following, openSentence, closeSentence,
                clauseFrom, clauseTo, kind, previousDone, previousCue, cueTaken);
        Sieves.Named named = sieves.decide(context);
        if (named == null) {
            return new Attributed(quotation, kind, null, false, false);
        }
        Decision decision = named.decision();
        Attribution attribution = decision.attribution();
        if (attribution != null && decision.mention()) {
            reading.discourse().mention(Discourse.speakerOf(attribution), quotation.close() - 1);
        }
        if (attribution == null) {
            noteUnnamedSpeaker(decision.cue(), context);
            return Attributed.decided(quotation, kind, null, decision.cue());
        }
        if (pluralCueForOnePerson(attribution, decision.cue())) {
            return Attributed.decided(quotation, kind, null, decision.cue());
        }
        Speaker said = Discourse.speakerOf(attribution);
        Speaker expanded = fullNames.expandNickname(fullNames.expandAcronym(said, quotation.open()), quotation.open());
        if (expanded != said) {
            attribution = attribution.withName(expanded.name(), expanded.at());
        } else if (reading.discourse().isOrganisation(attribution.name())) {
            Speaker full = fullNames.completeOrganisation(said, said.at() != null ? Math.min(said.at().start(), quotation.open()) : quotation.open());
            attribution = attribution.withName(full.name(), full.at());
        } else {
            // "Kreisbrandrat Friedhelm Bechtel", "Resident Tom Ward": the name as a person's, before and after it is
            // completed from a longer mention
            said = writtenApart(said) ? said : asPerson(said);
            // (completed as the article named that person up to the words that name them here: "Tijerina" after
            // "la comisionada Rosaura Tijerina" is still she once "el juez Tano Tijerina" was named)
            Speaker full = fullNames.complete(said, said.at() != null ? Math.min(said.at().start(), quotation.open()) : quotation.open());
            // (a name the article writes apart, "Kristine and David Hudson" for Kristine Hudson, is kept as completed)
            full = full == said || writtenApart(full) ? full : asPerson(full);
            attribution = attribution.withName(full.name(), full.at());
        }
        return Attributed.decided(quotation, kind, attribution.withRule(named.rule()), decision.cue());
    }

    /**
     * A quotation said by someone the text does not name ("Ari's grandmother said … a “be on the lookout” alert"): a
     * "she said" right after refers to that one, not to whoever was named before.
     */
    private void noteUnnamedSpeaker(Cue cue, QuoteContext context) {
        if (cue != null && unnamedSubject(cue, context.quotation(), context.clauseFrom(), context.clauseTo())) {
            reading.discourse().referents().isAboutSomeoneUnnamed(cue.start());
        }
    }

    /** Whether the speaker's name is not the words at its place: a name the article writes apart. */
    private boolean writtenApart(Speaker speaker) {
        return speaker.at() != null && !speaker.name().equals(text.substring(speaker.at().start(), speaker.at().end()));
    }

    /** The speaker with the name read as a person's ({@link Discourse#personName}); as it is when its place is unknown. */
    private Speaker asPerson(Speaker speaker) {
        return speaker.at() == null ? speaker : Speaker.at(text, reading.discourse().personName(speaker.at()), speaker.roles());
    }

    /** A few capitalised words in quotation marks where the speaker of a reporting verb stands. */
    private boolean isQuotedName(Quotation quotation, Quotation previous, int clauseFrom, TextRange closeSentence) {
        LayoutSpeakers layout = reading.layout();
        return layout.isQuotedName(quotation) && (layout.cueRightAfter(quotation.close(), closeSentence.end())
                || (previous != null && clauseFrom == previous.close() && layout.cueRightBefore(clauseFrom, quotation.open())));
    }

    /**
     * Whether the cue's verb is in the third person plural of its language ("denunciaron", "acusan") while the
     * attribution names one person: such a verb's subject is several people or a group, so the one named last is not
     * who spoke ("Regidores de Cuautinchán … Afirmaron que …", "Acusan al actual gobierno de destinar «cero
     * inversiones»"); two people joined by a conjunction, or an organisation, may be. A cue phrase ("según") has no
     * number.
     */
    private boolean pluralCueForOnePerson(Attribution attribution, Cue cue) {
        if (cue == null || cue.phrase() || attribution.cue() == null || attribution.name() == null
                || reading.discourse().isOrganisation(attribution.name())
                || !reading.cues().endsInPluralVerb(attribution.cue(), reading.sentences().languageAt(cue.start()))) {
            return false;
        }
        for (Token word : reading.cues().view(attribution.name()).tokens(0, attribution.name().length())) {
            if (reading.cues().isConjunction(word)) {
                return false;
            }
        }
        return !coordinated(attribution.nameAt());
    }

    /**
     * Whether a conjunction and another capitalised name stand right before or right after the name: it is one of two
     * people named together ("i consiglieri Alessandro Campus e Giuseppe Ibba", "evidenziano Ibba e Campus"), who may
     * speak with one plural verb.
     */
    private boolean coordinated(TextRange name) {
        if (name == null) {
            return false;
        }
        List<Token> before = reading.view().tokens(Math.max(0, name.start() - COORDINATION_REACH), name.start());
        int last = before.size() - 1;
        List<Token> after = reading.view().tokens(name.end(), Math.min(text.length(), name.end() + COORDINATION_REACH));
        return (last >= 1 && reading.cues().isConjunction(before.get(last)) && before.get(last - 1).capitalised(text))
                || (after.size() >= 2 && reading.cues().isConjunction(after.get(0)) && after.get(1).capitalised(text));
    }

    /** A sentence without quotations may still name a speaker whom a later "he said" refers to. */
    private void learnSpeakers(int sentenceStart, int to) {
        int from = sentenceStart;
        // the rest of a quotation that runs over paragraphs is not the narrator's
        for (Quotation covering = reading.quotations().covering(from); covering != null;
             covering = reading.quotations().covering(from)) {
            from = covering.close();
        }
        List<Token> tokens = reading.view().tokens(from, to);
        if ((!reading.cues().capitalisesNouns(reading.sentences().languageAt(from)) && CapitalisedWords.titleCased(text, tokens))
                || CapitalisedWords.opensInCapitals(text, tokens)) {
            // "The Mayor Requests Staff Study of Confederacy Statues", "ESTE ES UN RESUMEN de …": a headline that
            // capitalises every word, or a line that opens in capitals, shows no name by its capitals (German
            // capitalises every noun: there, capitals make no headline)
            return;
        }
        if (learnLabel(tokens, sentenceStart, to)) {
            return;
        }
        // "Durant dove into hot water when he responded …": who "he" is comes first
        learnSubject(tokens, from, false);
        learnAsked(tokens, from, to);
        Discourse discourse = reading.discourse();
        for (Cue cue : reading.cues().find(tokens)) {
            Subject subject = reading.clauses().subjectOf(cue, from, to);
            if (discourse.referents().nounsOnly(subject)) {
                // "eine grosse Herausforderung, der er sich gern stelle, sagte Urs Weibel": where every noun has a
                // capital, a noun the article never writes as a name is no one speaking; the next verb may name one
                continue;
            }
            Speaker speaker = subject == null ? discourse.lastSpeaker() : discourse.resolve(subject, cue.start());
            if (speaker != null) {
                Speaker cued = speaker.withCue(text.substring(cue.start(), cue.end()));
                discourse.mention(cued, cue.start());
                if (subject != null && subject.kind() == Subject.Kind.NAMED && subject.isPerson()) {
                    Speaker full = fullNames.complete(cued, cue.start());
                    narrated.add(new NarratedSpeaker(cue.start(), cued.attribution().withName(full.name(), full.at())));
                }
                return;
            }
            if (subject != null && subject.kind() == Subject.Kind.UNNAMED) {
                // "A spokesman for the council said …": whoever spoke is unnamed, and so is a "he added" after
                discourse.referents().isAboutSomeoneUnnamed(cue.start());
                return;
            }
        }
    }

    /**
     * A line that only names a person ("Eddie Howe", "U.S. head coach Pia Sundhage:") labels who speaks in
     * the paragraphs after it, as round-ups and interviews lay them out: "“…,” the Bournemouth manager said"
     * under it is that person. Returns whether the line was such a label.
     */
    private boolean learnLabel(List<Token> tokens, int from, int to) {
        List<Span> spans = reading.sentences().spans();
        int index = reading.sentences().spanIndex(from);
        Span line = spans.get(index);
        // the line is a paragraph of its own, and the next one opens with the words it labels
        if (line.start() != from || line.end() != to || index + 1 >= spans.size()
                || !SpeakerLabelSieve.opensWithQuotation(reading, spans.get(index + 1))) {
            return false;
        }
        Subject label = SpeakerLabelSieve.label(reading, tokens);
        if (!label.isPerson() || reading.view().tokens(label.name().start(), label.name().end()).size() < 2) {
            return false;
        }
        Speaker person = Speaker.at(text, label.name(), label.roles());
        reading.discourse().referents().spoke(person);
        reading.discourse().mention(person, label.name().start());
        return true;
    }

    /** "Reporters asked Maria Lopez whether …", "A Piqué le preguntaron por …": whom a "she replied" after it refers to. */
    private void learnAsked(List<Token> tokens, int from, int to) {
        Subject asked = questions.asked(tokens, to);
        if (asked == null) {
            return;
        }
        Speaker person = asked.kind() == Subject.Kind.NAMED ? Speaker.at(text, asked.name(), asked.roles())
                : reading.discourse().referents().withRoles(asked.roles(), from);
        if (person != null) {
            reading.discourse().asked(person, from, to);
        }
    }

    /**
     * The person a sentence is about becomes the one a later "he said", "dijo el mandatario" or "añadió"
     * refers to: "Durant has since apologized. …, he said", "La secretaria General de Morena, Citlalli
     * Hernández, felicitó a … la líder del partido guinda aseguró". {@code beforeQuotation}: the words open a
     * sentence that goes on with a quotation, whose speaker they may not be.
     */
    private void learnSubject(List<Token> tokens, int from, boolean beforeQuotation) {
        Discourse discourse = reading.discourse();
        Referents referents = discourse.referents();
        Speaker holder = topics.viewpointHolder(tokens, from);
        if (holder == null) {
            // "C’est le cas notamment de Djamilatou Perkouma.": the sentence presents the one it names
            holder = instanceFocus(tokens);
        }
        if (holder != null) {
            referents.isAbout(holder, holder.at().start());
            discourse.mention(holder, holder.at().start());
            return;
        }
        Subject subject = topics.laterClauseSubject(tokens);
        if (subject == null) {
            subject = reading.parser().subject(text, tokens, discourse.capitalised());
        }
        Speaker person = subject.kind() == Subject.Kind.PRONOUN ? referents.agreeing(referents.lastPerson(from), subject.gender(), from) : null;
        if (person != null) {
            // "On Friday, he chose not to comment further": still the one the text is about
            referents.isAbout(person, from);
            discourse.mention(person, from);
        } else if (subject.kind() == Subject.Kind.ANAPHORIC) {
            // resolved where its role stands: a name earlier in the sentence may be whom it describes
            Speaker referred = discourse.resolve(subject, firstRoleAt(tokens, from));
            if (referred != null) {
                discourse.mention(referred, from);
            } else {
                referents.isAboutSomeoneUnnamed(from);
            }
        } else if (subject.kind() == Subject.Kind.UNNAMED || (subject.kind() == Subject.Kind.NAMED && discourse.isPlatform(subject))) {
            // "a spokesman", "The Twitter user hit back …": someone the text does not name
            referents.isAboutSomeoneUnnamed(from);
        } else if (subject.isPerson() && referents.personal(subject)) {
            Speaker speaker = Speaker.at(text, discourse.personName(subject.name()), subject.roles());
            referents.isAbout(speaker, subject.name().start());
            if (!beforeQuotation || !reading.narratesReportedSpeech(tokens) || !opensWith(tokens, subject)) {
                // ("Winfried Kretschmann habe sich „als Sieger präsentieren“ wollen": the words a sentence of reported
                // speech quotes are about its subject, not its subject's; the last speaker stays the one reported)
                discourse.mention(speaker, subject.name().start());
            }
        } else if (!subject.found()) {
            Speaker possessor = topics.possessorOpening(tokens);
            Speaker presented = possessor != null ? possessor : topics.presented(tokens);
            Speaker focus = presented != null ? presented : cleftFocus(tokens);
            Speaker introduced = focus != null ? focus : introducedAfterVerb(tokens, from);
            if (introduced != null) {
                referents.isAbout(introduced, introduced.at().start());
                discourse.mention(introduced, introduced.at().start());
            }
        }
    }

    /**
     * Whether the subject's name opens the sentence, only articles and roles before it ("Winfried Kretschmann
     * habe …"), not a possessor inside a longer subject ("Die Kritik des Fiskalrats-Vorsitzenden Christoph Badelt,
     * man solle „…“": his words).
     */
    private boolean opensWith(List<Token> tokens, Subject subject) {
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < subject.name().start(); i++) {
            if (!reading.cues().isArticle(tokens.get(i)) && reading.cues().roleAt(tokens, i) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "C’est le cas notamment de Djamilatou Perkouma.", "tal es el caso de Carmelo Algarañaz": a copula among the
     * sentence's first words, the noun of an instance after it ({@code grammar.txt}: {@code case-nouns}), its link, then a
     * person's name: the one the sentence presents; null for any other sentence.
     */
    private Speaker instanceFocus(List<Token> tokens) {
        ReportingCues cues = reading.cues();
        for (int i = 0; i + 3 < tokens.size() && i <= 3; i++) {
            if (!cues.isCopula(tokens.get(i))) {
                continue;
            }
            int k = i + 1 < tokens.size() && cues.isArticle(tokens.get(i + 1)) ? i + 2 : i + 1;
            if (k >= tokens.size() || !cues.isCaseNoun(tokens.get(k))) {
                return null;
            }
            // ("de", "notamment de": the link and an adverb or two in lower case before the name)
            int name = k + 1;
            while (name < tokens.size() && name <= k + 3 && tokens.get(name).word() && !tokens.get(name).capitalised(text)) {
                name++;
            }
            return personNamedFrom(tokens, name);
        }
        return null;
    }

    /** The person whose name, its words capitalised, starts at token {@code name}; null when none does. */
    private Speaker personNamedFrom(List<Token> tokens, int name) {
        int end = name;
        while (end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised(text)) {
            end++;
        }
        Subject named = end > name ? reading.parser().interpret(text, tokens.subList(name, end)) : Subject.NONE;
        return named.isPerson() && named.name() != null
                ? Speaker.at(text, reading.discourse().personName(named.name()), named.roles()) : null;
    }

    /**
     * "Quien le salió al cruce fue el salteño Gustavo Sáenz.": a sentence that opens with a relative pronoun and puts
     * the person after its copula is about that person, whom a later "le escribió" refers to; null when it is no such
     * sentence or names no one there.
     */
    private Speaker cleftFocus(List<Token> tokens) {
        ReportingCues cues = reading.cues();
        if (tokens.size() < 3 || !cues.isRelative(tokens.get(0)) || !tokens.get(0).capitalised(text)) {
            return null;
        }
        for (int i = 1; i + 1 < tokens.size() && i <= CLEFT_MAX_WORDS; i++) {
            if (cues.isCopula(tokens.get(i))) {
                // the article and an adjective or two before the name ("fue el salteño Gustavo Sáenz")
                int name = i + 1;
                while (name < tokens.size() && name <= i + 3 && tokens.get(name).word() && !tokens.get(name).capitalised(text)
                        && (cues.isArticle(tokens.get(name)) || !cues.isFunctionWord(tokens.get(name)))) {
                    name++;
                }
                return personNamedFrom(tokens, name);
            }
        }
        return null;
    }

    /**
     * "Luego le siguió el ministro de Trabajo, Luis Ernesto Carles.", "El primero en cuestionarlo fue el
     * ministro de Vivienda, Mario Etchelecu.": where a language may put the subject after its verb, a person
     * named with a role after a verb, in a sentence that names nobody before, is whom it is about. A role
     * after a preposition ("se reunió con el ministro") or in a relative clause ("las críticas que ha hecho
     * el diputado") is no subject.
     */
    private Speaker introducedAfterVerb(List<Token> tokens, int from) {
        ReportingCues cues = reading.cues();
        if (!reading.clauses().dropsSubjectsAt(from)) {
            return null;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            // a name before is the subject; after a relative pronoun the verb is a subordinate clause's
            if (token.capitalised(text) || cues.isRelative(token)) {
                return null;
            }
            if (!cues.isDefiniteArticle(token) || cues.roleAt(tokens, i + 1) == 0) {
                continue;
            }
            Token verb = tokens.get(i - 1);
            if (!verb.word() || cues.isFunctionWord(verb) || cues.isRoleLink(verb) || cues.isPlacePreposition(verb)) {
                return null;
            }
            Speaker named = reading.discourse().referents().namedWithRoleIn(token.start(), tokens.get(tokens.size() - 1).end());
            return named != null && reading.view().tokens(named.at().start(), named.at().end()).size() >= 2 ? named : null;
        }
        return null;
    }

    /** Where the first role among the tokens starts, else {@code otherwise}. */
    private int firstRoleAt(List<Token> tokens, int otherwise) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word() && reading.cues().roleAt(tokens, i) > 0) {
                return tokens.get(i).start();
            }
        }
        return otherwise;
    }
}
