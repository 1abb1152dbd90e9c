package newsroom.annotator.quotes;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.model.TextRange;

/**
 * The fullest form in which an article names a person, for a speaker it names shortly: "Donald" or
 * "Trump" after "Donald Trump", "Abugattás Majluf" (two surnames) after "Daniel Abugattás". Names are
 * the runs of capitalised words of the narrator's text, roles and titles left out; compared without
 * accents or case. One instance per article, read when first asked.
 */
final class FullNames {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();
    /** A word alone in brackets, the way an article defines an acronym: "(MCSO)". */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()\\s]{2,8})\\)");
    /** A surname shorter than this differs from another by a letter too often to be a slip ("Ruiz", "Ruíz", "Ortiz"). */
    private static final int MIN_MISSPELT = 5;
    /** The most small words and numbers between two words of a body's name ("de los 150"). */
    private static final int BODY_LINK_WORDS = 3;
    /** A full name has two words at least and rarely more than five. */
    private static final int MAX_WORDS = 5;

    private final TokenView view;
    private final ReportingCues cues;
    private final SpeakerParser parser;
    private final QuotationIndex quotations;
    private List<Name> names;
    /** The names of two words or more the article writes as organisations', by their first word, in text order. */
    private Map<String, List<Name>> bodies;
    private Map<String, List<Form>> forms;
    /** Each surname looked up for a slip, and the one word a letter off it ("" when none or several are). */
    private final Map<String, String> nearSurnames = new HashMap<>();
    /** The nicknames the article gives after full names, by the nickname; read when first asked. */
    private Map<String, List<Nickname>> nicknames;
    /** Where each word in brackets opens ("(MCSO)"), in text order; read when first asked. */
    private Map<String, List<Integer>> acronyms;
    /** The index of the first token of each word, lower case; read when a couple's first name is first asked about. */
    private Map<String, Integer> firstTokenOf;

    FullNames(TokenView view, ReportingCues cues, SpeakerParser parser, QuotationIndex quotations) {
        this.view = view;
        this.cues = cues;
        this.parser = parser;
        this.quotations = quotations;
    }

    /**
     * The name an acronym stands for where the article defined it before {@code before}: "MCSO" is
     * "Maricopa County Sheriff's Office" after "Maricopa County Sheriff's Office (MCSO)"; the speaker as it is
     * when the article defines no such acronym.
     */
    Speaker expandAcronym(Speaker speaker, int before) {
        String name = speaker == null ? null : speaker.name();
        if (name == null || name.length() < 2 || name.length() > 8 || name.indexOf(' ') >= 0 || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return speaker;
        }
        String text = view.text();
        int bracket = lastDefinedBefore(name, Math.max(0, before - 1));
        if (bracket < 0) {
            return speaker;
        }
        List<Token> tokens = view.tokens(Math.max(0, bracket - 120), bracket);
        int first = tokens.size();
        // the capitalised words right before the bracket, small words between them ("Secretaría de Salud")
        while (first > 0 && tokens.get(first - 1).word() && !lineBetween(text, tokens, first) && (tokens.get(first - 1).capitalised(text)
                || (first > 1 && (cues.isFunctionWord(tokens.get(first - 1)) || cues.isRoleLink(tokens.get(first - 1)))
                && tokens.get(first - 2).capitalised(text)))) {
            first--;
        }
        // ("The Federation of Zimbabwe Educators (FOZEU)": the article that opens the sentence is no part of the name)
        while (first < tokens.size() - 2 && cues.isArticle(tokens.get(first))) {
            first++;
        }
        if (tokens.size() - first < 2 || Character.toUpperCase(text.charAt(tokens.get(first).start())) != name.charAt(0)) {
            return speaker;
        }
        TextRange at = new TextRange(tokens.get(first).start(), tokens.get(tokens.size() - 1).end());
        return new Speaker(text.substring(at.start(), at.end()), at, speaker.roles(), speaker.cue());
    }

    /** Whether a line ends between the token before {@code at} and the one at it (the end of the phrase when none is at it). */
    private static boolean lineBetween(String text, List<Token> tokens, int at) {
        int end = at < tokens.size() ? tokens.get(at).start() : tokens.get(at - 1).end();
        return Token.lineBreakIn(text, tokens.get(at - 1).end(), end);
    }

    /**
     * The full name a one-word speaker is the nickname of, where the article gave the nickname right after that name
     * before {@code before}: in quotation marks ("Moisés Bageston “Cavalinho” apontou") or with an article between commas
     * ("Epaminondas Neto, o Papy, destacou"); the speaker as it is otherwise.
     */
    Speaker expandNickname(Speaker speaker, int before) {
        String name = speaker == null ? null : speaker.name();
        if (name == null || name.indexOf(' ') >= 0) {
            return speaker;
        }
        TextRange full = null;
        for (Nickname given : nicknames().getOrDefault(name, List.of())) {
            if (given.at() < before) {
                full = given.fullName();
            }
        }
        return full == null ? speaker : Speaker.at(view.text(), full, speaker.roles());
    }

    /** Every nickname the article gives right after a person's full name, by the nickname, in text order; read once. */
    private Map<String, List<Nickname>> nicknames() {
        if (nicknames == null) {
            nicknames = new HashMap<>();
            String text = view.text();
            List<Token> tokens = view.tokens(0, text.length());
            for (int i = 2; i < tokens.size(); i++) {
                Token nickname = tokens.get(i);
                if (!nickname.word() || !nickname.capitalised(text)) {
                    continue;
                }
                TextRange around = nameAroundNickname(text, tokens, i);
                if (around != null) {
                    // "Fiona (Fi) Roberts", "Charles "Bob" Craver": the nickname between the first name and the surname
                    nicknames.computeIfAbsent(text.substring(nickname.start(), nickname.end()), k -> new ArrayList<>())
                            .add(new Nickname(nickname.start(), around));
                    continue;
                }
                int end;
                if (!tokens.get(i - 1).word() && tokens.get(i - 1).end() == nickname.start()
                        && QuotationFinder.isMark(text.charAt(nickname.start() - 1))) {
                    // "Moisés Bageston “Cavalinho”": the opening mark right before the nickname
                    end = i - 1;
                } else if (i >= 3 && cues.isDefiniteArticle(tokens.get(i - 1)) && tokens.get(i - 2).is(',')) {
                    // "Epaminondas Neto, o Papy,"
                    end = i - 2;
                } else {
                    continue;
                }
                int first = end;
                while (first > 0 && end - first < MAX_WORDS && tokens.get(first - 1).word() && tokens.get(first - 1).capitalised(text)
                        && !cues.isFunctionWord(tokens.get(first - 1))) {
                    first--;
                }
                // (a person's name: a first name opens it, or a role stands before it, "vereador Epaminondas Neto, o Papy")
                if (end - first >= 2 && (cues.isKnownFirstName(tokens.get(first)) || (first > 0 && cues.roleEndingAt(tokens, first - 1) > 0))) {
                    nicknames.computeIfAbsent(text.substring(nickname.start(), nickname.end()), k -> new ArrayList<>())
                            .add(new Nickname(nickname.start(), new TextRange(tokens.get(first).start(), tokens.get(end - 1).end())));
                }
            }
        }
        return nicknames;
    }

    /**
     * The whole name around a nickname at {@code at} that stands in brackets or quotation marks between a first name and
     * the surname ("Fiona (Fi) Roberts", "Leonor “Leni” Robredo"), from the first name to the surname's end; null when
     * the word is no such nickname.
     */
    private TextRange nameAroundNickname(String text, List<Token> tokens, int at) {
        if (at < 2 || at + 2 >= tokens.size()) {
            return null;
        }
        Token open = tokens.get(at - 1);
        Token close = tokens.get(at + 1);
        Token nickname = tokens.get(at);
        boolean bracketed = open.is('(') && close.is(')');
        boolean marked = !open.word() && !close.word() && QuotationFinder.isMark(text.charAt(open.start()))
                && QuotationFinder.isMark(text.charAt(close.start()));
        if (!(bracketed || marked) || open.end() != nickname.start() || close.start() != nickname.end()) {
            return null;
        }
        Token first = tokens.get(at - 2);
        if (!first.word() || !first.capitalised(text) || !cues.isKnownFirstName(first)) {
            return null;
        }
        int end = at + 2;
        while (end < tokens.size() && end - at - 2 < MAX_WORDS - 1 && tokens.get(end).word() && tokens.get(end).capitalised(text)
                && !cues.isFunctionWord(tokens.get(end)) && !lineBetween(text, tokens, end)) {
            end++;
        }
        return end > at + 2 ? new TextRange(first.start(), tokens.get(end - 1).end()) : null;
    }

    /** Where the last "(ACRONYM)" of the article at or before {@code at} opens, or -1; the article read once for all of them. */
    private int lastDefinedBefore(String acronym, int at) {
        if (acronyms == null) {
            acronyms = new HashMap<>();
            Matcher bracketed = BRACKETED.matcher(view.text());
            while (bracketed.find()) {
                acronyms.computeIfAbsent(bracketed.group(1), k -> new ArrayList<>()).add(bracketed.start());
            }
        }
        List<Integer> opens = acronyms.getOrDefault(acronym, List.of());
        for (int k = opens.size() - 1; k >= 0; k--) {
            if (opens.get(k) <= at) {
                return opens.get(k);
            }
        }
        return -1;
    }

    /**
     * The speaker's fullest name written before {@code before}: the latest name of more words that holds all
     * the speaker's words, or whose surname the speaker's two words begin with; the speaker as it is when
     * there is none. A name given only later completes a first name, never a surname.
     */
    Speaker complete(Speaker speaker, int before) {
        if (speaker == null || speaker.name() == null) {
            return speaker;
        }
        String[] words = keys(speaker.name());
        if (words.length == 0 || words.length >= MAX_WORDS) {
            return speaker;
        }
        Name best = null;
        Name bestPersonal = null;
        Name bestByPart = null;
        Name firstNameLater = null;
        // only the forms that hold the speaker's first word can hold all of them or begin with them
        for (Form form : forms().getOrDefault(words[0], List.of())) {
            if (form.words().length < words.length || Arrays.equals(form.words(), words)) {
                continue;
            }
            if (fits(words, form.words())) {
                Name latest = form.lastBefore(before);
                // a word of the name itself is a surer fit than a part of a hyphenated one: "Jean" is Yanick Jean
                // before it is Jean-Philippe Sylvain
                boolean whole = Arrays.asList(form.words()).containsAll(Arrays.asList(words));
                if (latest != null && whole && (best == null || latest.at.start() > best.at.start())) {
                    best = latest;
                }
                if (latest != null && whole && latest.personal()
                        && (bestPersonal == null || latest.at.start() > bestPersonal.at.start())) {
                    bestPersonal = latest;
                }
                if (latest != null && !whole && (bestByPart == null || latest.at.start() > bestByPart.at.start())) {
                    bestByPart = latest;
                }
            }
            if (startsWith(form.words(), words)) {
                Name first = form.firstFrom(before);
                if (first != null && (firstNameLater == null || first.at.start() < firstNameLater.at.start())) {
                    firstNameLater = first;
                }
            }
        }
        // a name written as a person's is surer than one after a definite article: "Youngkin" is Gov. Glenn
        // Youngkin, though "the Team Youngkin account" comes later
        if (best != null && !best.personal() && bestPersonal != null) {
            best = bestPersonal;
        }
        // a headline's first name alone ("Donald celebró") is the full name the article gives later; a
        // surname alone may be a relative's ("Petro" before "su hijo Nicolás Petro"), so it is not
        best = best != null ? best : bestByPart != null ? bestByPart : firstNameLater;
        if (best == null && words.length == 1) {
            best = misspeltSurname(words[0], before);
        }
        if (best == null && words.length == 2) {
            // "Mc Kenzie said" after "Tammika McKenzie": a surname split at a space is the one written whole before
            best = latestPersonEndingWith(words[0] + words[1], before);
        }
        if (best == null) {
            return speaker;
        }
        return new Speaker(best.in(view.text()), best.at, speaker.roles(), speaker.cue());
    }

    /**
     * "Roarke said" after "Ethan Roark": a surname alone that the article wrote before, in full name, with one letter
     * more, less or other, is that person's, a typing slip; null when no full name, or more than one surname, is so near.
     */
    private Name misspeltSurname(String surname, int before) {
        if (surname.length() < MIN_MISSPELT) {
            return null;
        }
        // the article's words are read once per surname: the near word does not depend on where the surname stands
        String near = nearSurnames.computeIfAbsent(surname, this::nearSurname);
        if (near.isEmpty()) {
            return null;
        }
        return latestPersonEndingWith(near, before);
    }

    /** The latest person's full name before {@code before} whose last word is {@code surname}, or null. */
    private Name latestPersonEndingWith(String surname, int before) {
        Name latest = null;
        for (Form form : forms().getOrDefault(surname, List.of())) {
            Name name = form.words()[form.words().length - 1].equals(surname) ? form.lastBefore(before) : null;
            if (name != null && name.personal() && (latest == null || name.at().start() > latest.at().start())) {
                latest = name;
            }
        }
        return latest;
    }

    /** The one word of the article's full names a letter off the surname, or "" when none or more than one is. */
    private String nearSurname(String surname) {
        String near = "";
        for (String word : forms().keySet()) {
            if (word.length() >= MIN_MISSPELT && oneEditApart(surname, word)) {
                if (!near.isEmpty()) {
                    return "";
                }
                near = word;
            }
        }
        return near;
    }

    /** Whether two words differ by one letter added, dropped or changed. */
    static boolean oneEditApart(String one, String other) {
        if (one.equals(other) || Math.abs(one.length() - other.length()) > 1) {
            return false;
        }
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // past the first difference the rest agrees, with the letter changed or one more in the longer word
        return shorter.length() == longer.length()
                ? shorter.substring(i + 1).equals(longer.substring(i + 1))
                : shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * An organisation the article names by the first word of its name ("la Asociación advierte", "el Concejo advirtió"):
     * the latest name of an organisation that opens with that word, written before {@code before} ("Asociación de
     * Alcaldes de Puerto Rico"); the speaker as it is when there is none.
     */
    Speaker completeOrganisation(Speaker speaker, int before) {
        if (speaker == null || speaker.name() == null) {
            return speaker;
        }
        String[] words = keys(speaker.name());
        if (words.length != 1) {
            return speaker;
        }
        names();
        Name latest = null;
        for (Name name : bodies.getOrDefault(words[0], List.of())) {
            if (name.at().start() < before) {
                latest = name;
            }
        }
        return latest == null ? speaker
                : new Speaker(view.text().substring(latest.at().start(), latest.at().end()), latest.at(), speaker.roles(), speaker.cue());
    }

    /**
     * The person the article last names in full within {@code reach} characters before {@code before}, whom "the
     * latter" and "ce dernier" refer to; null when there is none.
     */
    TextRange lastPersonBefore(int before, int reach) {
        TextRange latest = null;
        for (Name name : names()) {
            if (name.at().end() > before) {
                break;
            }
            // ("Kristine and David Hudson": the latter is David Hudson, whose name the article writes whole)
            if (name.personal() && name.apart() == null && name.at().start() >= before - reach) {
                latest = name.at();
            }
        }
        return latest;
    }

    /**
     * The body the article last names in full within {@code reach} characters before {@code before}, its name opened by
     * a group's capitalised noun ("Ayuntamiento de Roales del Pan"); null when there is none.
     */
    TextRange lastBodyBefore(int before, int reach) {
        names();
        TextRange latest = null;
        for (List<Name> named : bodies.values()) {
            for (Name name : named) {
                TextRange at = name.at();
                if (at.end() <= before && at.start() >= before - reach && (latest == null || at.start() > latest.start())
                        && groupNounOpens(at)) {
                    latest = at;
                }
            }
        }
        return latest;
    }

    /** Whether a capitalised group's noun and a link open the name at {@code at}. */
    private boolean groupNounOpens(TextRange at) {
        List<Token> words = view.tokens(at.start(), at.end());
        return words.size() >= 3 && words.get(0).capitalised(view.text()) && cues.isGroup(words.get(0)) && cues.isRoleLink(words.get(1));
    }

    private static boolean startsWith(String[] longer, String[] shorter) {
        return Arrays.equals(Arrays.copyOf(longer, shorter.length), shorter);
    }

    /** Whether the shorter name is the longer one's: all its words in it, or surname and second surname ("Abugattás Majluf"). */
    private static boolean fits(String[] shorter, String[] longer) {
        if (withParts(longer).containsAll(Arrays.asList(shorter))) {
            return true;
        }
        return shorter.length == 2 && longer.length == 2 && shorter[0].equals(longer[1]);
    }

    /**
     * Each word of a name → the distinct forms of names holding it, each with where the article writes
     * it: an article that names one person a thousand times is looked up as fast as one that names them once.
     */
    private Map<String, List<Form>> forms() {
        if (forms == null) {
            Map<List<String>, Form> byWords = new LinkedHashMap<>();
            for (Name name : names()) {
                byWords.computeIfAbsent(List.of(name.words), w -> new Form(name.words, new ArrayList<>())).at().add(name);
            }
            forms = new HashMap<>();
            for (Form form : byWords.values()) {
                for (String word : withParts(form.words())) {
                    forms.computeIfAbsent(word, w -> new ArrayList<>()).add(form);
                }
            }
        }
        return forms;
    }

    private List<Name> names() {
        if (names == null) {
            names = new ArrayList<>();
            bodies = new HashMap<>();
            String text = view.text();
            List<Token> tokens = view.tokens(0, text.length());
            List<Name> partners = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                int end = i;
                while (end < tokens.size() && end - i < 2 * MAX_WORDS && namePart(text, tokens, end, i)) {
                    end++;
                }
                if (end - i >= 2 && !quoted(tokens.get(i), tokens.get(end - 1))) {
                    // "à agência Lusa José Fernando Martins": the first word names the group before it
                    boolean afterGroup = i > 0 && parser.groupThenName(text, tokens, i - 1);
                    int first = i + Math.max(complementWords(tokens, i, end), afterGroup ? 1 : 0);
                    Subject subject = parser.interpret(text, tokens.subList(first, end));
                    // ("Mancomunidad de los 150 Pueblos": a run a group's noun opens is the body's whole name, numbers and all)
                    int noun = groupNounAt(tokens, i);
                    TextRange body = noun >= 0 ? new TextRange(tokens.get(noun).start(), tokens.get(end - 1).end())
                            : subject.kind() == Subject.Kind.NAMED && subject.organisation() ? subject.name() : null;
                    if (body != null) {
                        // "Asociación de Alcaldes de Puerto Rico": a group's noun opens an organisation's name
                        String[] words = keys(text.substring(body.start(), body.end()));
                        bodies.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Name(body, words, false));
                    }
                    if (subject.isPerson()) {
                        String[] words = keys(text.substring(subject.name().start(), subject.name().end()));
                        if (words.length >= 2 && words.length <= MAX_WORDS) {
                            // ("the Team Youngkin account": capitals right after a definite article name a thing more
                            // often than a person)
                            boolean afterArticle = first > 0 && tokens.get(first).start() == subject.name().start()
                                    && cues.isDefiniteArticle(tokens.get(first - 1));
                            names.add(new Name(subject.name(), words, !afterArticle));
                            Name partner = partnerSharingSurname(tokens, first, end, subject.name());
                            if (partner != null) {
                                partners.add(partner);
                            }
                        }
                    }
                }
                i = Math.max(end, i + 1);
            }
            // ("Talbot and Jeff Falk", after "Peter Talbot": a surname the article gives someone is no first name)
            Set<String> surnames = new HashSet<>();
            names.forEach(name -> surnames.add(name.words()[name.words().length - 1]));
            partners.stream().filter(partner -> !surnames.contains(partner.words()[0])).forEach(names::add);
        }
        return names;
    }

    /**
     * The first name joined to a full name by a conjunction, which shares its surname: "Kristine" in "owners Kristine and
     * David Hudson say" is Kristine Hudson; null when the words before the full name are no lone first name and conjunction,
     * or the article named that first name before.
     */
    private Name partnerSharingSurname(List<Token> tokens, int runStart, int runEnd, TextRange fullName) {
        int first = runStart;
        while (first < runEnd && tokens.get(first).start() < fullName.start()) {
            first++;
        }
        if (first < 2 || first + 1 >= runEnd || !cues.isConjunction(tokens.get(first - 1)) || !cues.isKnownFirstName(tokens.get(first))) {
            return null;
        }
        String text = view.text();
        Token partner = tokens.get(first - 2);
        boolean lone = first < 3 || !tokens.get(first - 3).word() || !tokens.get(first - 3).capitalised(text)
                || cues.isFunctionWord(tokens.get(first - 3));
        if (!partner.word() || !partner.capitalised(text) || !cues.isKnownFirstName(partner) || !lone) {
            return null;
        }
        if (firstTokenOf(tokens).get(partner.lower()) < first - 2) {
            // ("British singer Anne-Marie …, Anne-Marie and Daniel Caesar": one the article named alone before is
            // someone else than the full name's partner)
            return null;
        }
        String written = text.substring(partner.start(), partner.end()) + " " + text.substring(tokens.get(first + 1).start(), fullName.end());
        return new Name(new TextRange(partner.start(), fullName.end()), keys(written), true, written);
    }

    /** Where each word first stands among the article's tokens, read once: a couple's first name asks it in one look-up. */
    private Map<String, Integer> firstTokenOf(List<Token> tokens) {
        if (firstTokenOf == null) {
            firstTokenOf = new HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                firstTokenOf.putIfAbsent(tokens.get(k).lower(), k);
            }
        }
        return firstTokenOf;
    }

    /**
     * How many of the run's first words name something else than the person: a club's legal form and its name
     * ("VfB Stuttgart Sebastian Hoeneß"; "AS Monaco Philippe Clement", where the shouted "AS" stands before the
     * run), or the complement of the role before it ("la segretaria del Pd Elly Schlein", "il sindaco di Napoli
     * Luigi de Magistris", "la ministre chargée du Commerce Olivia Grégoire": a role, a participle perhaps, then
     * a link), also after an "and" inside that complement.
     */
    private int complementWords(List<Token> tokens, int start, int end) {
        int club = cues.isClubPrefix(tokens.get(start)) ? 2 : start > 0 && cues.isClubPrefix(tokens.get(start - 1)) ? 1 : 0;
        if (club > 0 && end - start > club + 1) {
            return club;
        }
        if (end - start >= 3 && start > 0 && cues.isConjunction(tokens.get(start - 1)) && parser.inRoleComplement(view.text(), tokens, start - 1)) {
            // "Minister of Tourism and Lands Harin Fernando": the complement goes on after "and" up to a first name
            // and a surname
            return end - start - 2;
        }
        return end - start >= 3 && complementAfterRole(tokens, start - 1) ? 1 : 0;
    }

    /** Whether the token at {@code link} links a role before it (or a role and a participle) to its complement. */
    private boolean complementAfterRole(List<Token> tokens, int link) {
        if (link >= 2 && cues.isArticle(tokens.get(link)) && cues.isRoleLink(tokens.get(link - 1))) {
            // "le procureur de la République Éric Vaillant": the link's article stands between it and the complement
            link--;
        }
        if (link < 1 || !cues.isRoleLink(tokens.get(link))) {
            return false;
        }
        Token before = tokens.get(link - 1);
        boolean participle = link >= 2 && before.word() && Character.isLowerCase(before.lower().charAt(0))
                && !cues.isFunctionWord(before) && cues.roleEndingAt(tokens, link - 2) > 0;
        return cues.roleEndingAt(tokens, link - 1) > 0 || participle;
    }

    /** A capitalised word of a name, or a particle between two ("María del Mar Romero"). */
    private boolean namePart(String text, List<Token> tokens, int at, int start) {
        Token token = tokens.get(at);
        if (at > start && lineBetween(text, tokens, at)) {
            // a name stays on its line: "CONFIDENCIALES\nGustavo Petro" is a heading and a name
            return false;
        }
        if (at == start && cues.isPlatform(text.substring(token.start(), token.end()))) {
            // "la cuenta de Twitter del Congreso del Estado": a platform opens no name
            return false;
        }
        if (at == start && cues.isReportingVerb(token) && opensSentence(text, token)) {
            // "Said Madhuku: “…”": a verb of saying that opens the sentence before its subject opens no name
            // ("…, Said Djinnit told" inside a sentence still does)
            return false;
        }
        if (token.capitalised(text) && !cues.isFunctionWord(token) && !token.possessive() && !CapitalisedWords.shouted(text, token)) {
            return true;
        }
        return at > start && (cues.joinsName(tokens, at, text) || (groupNounAt(tokens, start) >= 0 && bodyNameGoesOn(text, tokens, at)));
    }

    /** Where the group's noun that opens the run at {@code start} stands, its article perhaps before it ("La Mancomunidad"); -1 when none. */
    private int groupNounAt(List<Token> tokens, int start) {
        int noun = start + 1 < tokens.size() && cues.isArticle(tokens.get(start)) ? start + 1 : start;
        return cues.isGroup(tokens.get(noun)) ? noun : -1;
    }

    /**
     * Whether a body's name goes on over the small words and the number at {@code at} to a capitalised word: "Mancomunidad
     * de los 150 Pueblos", "Asociación de Municipios de la Región 4".
     */
    private boolean bodyNameGoesOn(String text, List<Token> tokens, int at) {
        int next = at;
        while (next < tokens.size() && next - at <= BODY_LINK_WORDS && tokens.get(next).word() && !tokens.get(next).capitalised(text)
                && (cues.isRoleLink(tokens.get(next)) || cues.isParticle(tokens.get(next)) || cues.isArticle(tokens.get(next))
                || Character.isDigit(tokens.get(next).lower().charAt(0)))) {
            next++;
        }
        return next > at && next < tokens.size() && next - at <= BODY_LINK_WORDS && tokens.get(next).capitalised(text)
                && !lineBetween(text, tokens, next);
    }

    /** Whether the token is the first word of its sentence or line. */
    private static boolean opensSentence(String text, Token token) {
        int before = token.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
            before--;
        }
        return before < 0 || ".!?\n”\"»".indexOf(text.charAt(before)) >= 0;
    }

    /** Whether the words are a whole quotation: "at least one “Puel Out” sign" names a slogan, not a person. */
    private boolean quoted(Token first, Token last) {
        Quotation around = quotations.around(first.start());
        return around != null && around.start() == first.start() && around.end() == last.end();
    }

    /** A name's words and the parts of its double-barrelled ones: "Martínez-Almeida" is written "Almeida" too. */
    private static Set<String> withParts(String[] words) {
        Set<String> all = new LinkedHashSet<>(Arrays.asList(words));
        for (String word : words) {
            if (word.indexOf('-') > 0) {
                all.addAll(Arrays.asList(word.split("-")));
            }
        }
        return all;
    }

    /** A name's words without accents, case and periods: "Jesús R. Cuevas" → [jesus, r, cuevas]. */
    private static String[] keys(String name) {
        // ("O'Brien" is "O’Brien": a scrape writes one name's apostrophe both ways)
        String plain = DECOMPOSE.normalize(Spelling.key(name)).replaceAll("\\p{M}", "").replace(".", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split("\\s+");
    }

    /** A nickname given at {@code at} to the person named by {@code fullName} right before it. */
    private record Nickname(int at, TextRange fullName) {
    }

    /**
     * Where the article writes a name, its words, whether it is written as a person's (no definite article before), and
     * the name as written when the article writes its words apart ("Kristine and David Hudson" writes Kristine Hudson).
     */
    private record Name(TextRange at, String[] words, boolean personal, String apart) {

        Name(TextRange at, String[] words, boolean personal) {
            this(at, words, personal, null);
        }

        /** The name as the article writes it. */
        String in(String text) {
            return apart != null ? apart : text.substring(at.start(), at.end());
        }
    }

    /** One way of writing a name, and every place the article writes it, in text order. */
    private record Form(String[] words, List<Name> at) {

        /** The last place before {@code position}, or null. */
        Name lastBefore(int position) {
            int index = firstIndexFrom(position) - 1;
            return index >= 0 ? at.get(index) : null;
        }

        /** The first place at or after {@code position}, or null. */
        Name firstFrom(int position) {
            int index = firstIndexFrom(position);
            return index < at.size() ? at.get(index) : null;
        }

        private int firstIndexFrom(int position) {
            int low = 0;
            int high = at.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (at.get(middle).at().start() < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
