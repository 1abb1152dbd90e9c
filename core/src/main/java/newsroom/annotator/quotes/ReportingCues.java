package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.TextKey;

/**
 * The words that tell who speaks, read once from the dictionaries of a set of languages (those an article
 * is written in): reporting verbs ("said", "afirmó"), cue phrases ("according to", "según"), roles and
 * titles to strip from names ("spokesman", "presidente"), articles, pronouns, and the small words that are
 * never names. Every list of the set applies to every sentence: an English article with Spanish paragraphs
 * quotes "dijo" as often as a Spanish one writes "the AP". Immutable and thread-safe.
 */
final class ReportingCues {

    /** A separable verb and its particle hold a few adverbs between them at most ("teilte am Ende noch mit" is no cue). */
    private static final int MAX_ADVERBS_IN_VERB = 2;
    /** The longest word that is never read as a verb's imperfect by its ending alone. */
    private static final int IMPERFECT_MIN_LENGTH = 6;
    /** The most tokens of a phrase that refers back to the person named last: "quest" "'" "ultimo". */
    static final int MAX_LATTER_TOKENS = 3;

    private final Map<String, List<String[]>> verbs;
    private final Map<String, List<String[]>> subjectlessVerbs;
    private final Map<String, List<String[]>> phrases;
    private final Set<String> auxiliaries;
    private final Map<String, List<String[]>> rolesByFirstWord;
    private final Map<String, Boolean> definiteByArticle;
    private final Set<String> pronouns;
    private final Set<String> functionWords;
    private final Set<String> adverbs;
    /** Endings that make a word an adverb, from the adverbs' lines that start with "-". */
    private final List<String> adverbEndings;
    /** The endings of gerunds ("-ing", "-ando"), from each language's grammar.txt. */
    private final List<String> gerundEndings;
    /** The endings of a verb's imperfect ("-aba", "-ava"), from each language's grammar.txt. */
    private final List<String> imperfectEndings;
    /** The endings of past participles ("-ed", "-ado"), from each language's grammar.txt. */
    private final List<String> participleEndings;
    private final Set<String> roleLinks;
    /** For each role ("mayor", "secretario"), the links of its own language: "Mayor de Blasio" has none. */
    private final Map<String, Set<String>> linksByRole;
    /** Prepositions that make a relative clause's antecedent its object: "al que acusó". */
    private final Set<String> objectRelatives;
    /** Roles whose holder speaks for an organisation ("portavoz", "spokesman"). */
    private final Set<String> spokespersonRoles;
    private final Set<String> definiteLinks;
    private final Set<String> particles;
    /** The abbreviations and elided words of the languages, for reading their words. */
    private final Spelling spelling;
    /**
     * Endings that hold a pronoun written after its verb ("-t-il": "ajoute-t-il", "a-t-il dit"), from the
     * pronouns' lines that start with "-": the verb or auxiliary is read without them.
     */
    private final List<String> invertedPronouns;
    /** Endings that make a role of a longer word ("-minister": "Bundesinnenminister"), from the roles' lines that start with "-". */
    private final List<String> roleEndings;
    /** A role's word by the key of the role it names, where a role has several names ("dt" → "entrenador"). */
    private final Map<String, String> roleKeys;
    /** The roles of several words that a line of one role under several names holds ("director técnico"). */
    private final Set<String> multiWordSynonyms;
    /** What a role of one word may be written after, joined to it: "ex" in "exfutbolista". */
    private final List<String> rolePrefixes;
    /** Roles that are everyday words too ("then", "top"): a role only right before another ("then President"). */
    private final Set<String> roleModifiers;
    /** Each general role's key to the keys of the roles it covers ("legisladora" → "diputada", "senadora"). */
    private final Map<String, Set<String>> narrowerRoles;
    /** Endings of one role, each to the ending its key is written with ("vorsitzender" → "vorsitzende"). */
    private final Map<String, String> roleEndingKeys;
    private final Set<String> timeWords;
    private final Set<String> timeJoins;
    private final Set<String> relatives;
    private final Set<String> placePrepositions;
    /** The one-letter place prepositions without their accent ("a" for French "à"), which only a capital writes so. */
    private final Set<String> placePrepositionsUnaccented;
    private final Set<String> firstPartPrepositions;
    private final Set<String> verbParticles;
    /** Subject pronouns no object shares the form of ("er"), of the languages that put the finite verb second. */
    private final Set<String> nominativePronouns;
    /** Pronouns a preposition governs that refer back to a person ("him", "lui"), from grammar.txt. */
    private final Set<String> prepositionalPronouns;
    /** Words that link a text to its author after it ("the tweet from Cornyn"), from grammar.txt. */
    private final Set<String> authorLinks;
    /** Words that open a clause with its own subject and verb ("because", "porque"), from grammar.txt. */
    private final Set<String> clauseOpeners;
    /** The phrases that refer back to the person named last, in lower case, apostrophes straight: "ce dernier". */
    private final Set<String> latter;
    /** Their last words, after a space or an apostrophe ("dernier", "ultimo"): a phrase ending otherwise is read no further. */
    private final Set<String> latterEnds;
    /** The nouns of family relations in lower case: "mother", "cuñado". */
    private final Set<String> kin;
    /** The nouns of a country's people in lower case, "roumain", "congolais", which a language capitalises as nouns. */
    private final Set<String> demonyms;
    /** The role keys the nouns of family relations are read under, to tell a subject that is only someone's relative. */
    private final Set<String> kinRoles;
    private final Set<String> viewpointOpeners;
    /** Forms of "to be" that say what a quotation is ("fue el mensaje"), and possessive determiners, from grammar.txt. */
    private final Set<String> copulas;
    private final Set<String> possessives;
    private final Set<String> conjunctions;
    private final Set<String> platforms;
    /** Abbreviations of a club's legal form that open its name ("AS Monaco"), from club-prefixes.txt. */
    private final Set<String> clubPrefixes;
    /** The titles of a saint that open a place's name ("San Felice", "São Paulo"), from saint-titles.txt. */
    private final Set<String> saintTitles;
    /** Reporting verbs whose next name is the one spoken to ("told CP24:"). */
    private final Set<String> addresseeVerbs;
    /** Texts that carry words ("statement", "tuit"). */
    private final Set<String> documents;
    private final Set<String> indirectSpeech;
    /** Organisations and groups ("company", "banda"). */
    private final Set<String> groups;
    /** Newspapers' name words as their mastheads print them, case kept: "Bulletin", "Zeitung", "Folha". */
    private final Set<String> publicationWords;
    /** People met in the story whom it does not name ("el niño"). */
    private final Set<String> passersBy;
    private final Set<String> firstNames;
    private final Genders genders;
    /** Endings that make a group of a longer word ("-polizei": "Bundespolizei"), from the groups' lines that start with "-". */
    private final List<String> groupEndings;
    /** The languages of the set that write every noun with a capital. */
    private final Set<String> nounCapitalisingLanguages;
    /** The languages of the set that put the finite verb second, the subject after it when the clause opens otherwise. */
    private final Set<String> verbSecondLanguages;
    private final boolean partyInitialsAfterRole;
    /** The one-letter party marks of an affiliation after a name ("r" of "R-Texas"), in lower case. */
    private final Set<String> partyLetters;
    /** What follows the number in a noun naming a person by their age ("-jährige" of "46-Jährige"), in lower case. */
    private final Set<String> ageNounEndings;
    /** The words of a person's age after a number, in lower case: "años", "ans". */
    private final Set<String> ageUnits;
    /** By language, the endings of a verb's third person plural ("aron" of "denunciaron"), in lower case. */
    private final Map<String, Set<String>> pluralVerbEndings;
    /** Each language's auxiliaries of a compound tense in the third person plural: "hanno", "han". */
    private final Map<String, Set<String>> pluralAuxiliaries;
    /** Words that make the quoted words after them a mention of words ("el término “…”", "known as"), by their last word. */
    private final Map<String, List<String[]>> termLeadIns;
    /** The term lead-ins that are words someone may say (marked "spoken" in term-lead-ins.txt). */
    private final Set<String> spokenTermLeadIns;
    /** The words that bring in a passive's agent ("by", "por"). */
    private final Set<String> agentMarkers;
    /** Forms that make a participle after them passive ("was", "fue", "été"), from grammar.txt. */
    private final Set<String> passiveAuxiliaries;
    /** Pronouns that make a verb right after them passive or impersonal ("se informó"), from grammar.txt. */
    private final Set<String> passiveClitics;
    private final Set<String> objectClitics;
    private final Set<String> capacityWords;
    /** The nouns of a sentence that presents someone as an instance: "cas", "caso". */
    private final Set<String> caseNouns;
    /** Verbs of asking and answering, and markers of the one asked: word → "question", "answer" or "marker". */
    private final Map<String, String> questionWords;
    /** Every configured language's reporting constructions, in their files' order. */
    private final List<Construction> constructions;
    private final Set<String> dialogueLanguages;
    private final Set<String> asideLanguages;
    private final Set<String> subjectDroppingLanguages;
    private final Set<String> tellingAfterQuotationLanguages;
    private final int longestCue;

    private ReportingCues(List<Lexicon> lexicons, List<String> particles, List<String> platforms, List<String> clubPrefixes,
            List<String> saintTitles, Genders genders) {
        this.genders = genders;
        this.spelling = new Spelling(lowerSet(all(lexicons, Lexicon::abbreviations)), lowerSet(all(lexicons, Lexicon::elisions)));
        this.spokespersonRoles = lowerSet(all(lexicons, Lexicon::spokespersonRoles));
        this.linksByRole = linksByRole(lexicons, spelling);
        this.objectRelatives = lowerSet(all(lexicons, Lexicon::objectRelatives));
        this.verbs = byFirstWord(all(lexicons.stream().filter(l -> !l.dropsSubjects()).toList(), Lexicon::reportingVerbs));
        this.subjectlessVerbs = byFirstWord(all(lexicons.stream().filter(Lexicon::dropsSubjects).toList(), Lexicon::reportingVerbs));
        this.addresseeVerbs = lowerSet(all(lexicons, Lexicon::addresseeVerbs));
        this.phrases = byFirstWord(all(lexicons, Lexicon::cuePhrases));
        this.auxiliaries = lowerSet(all(lexicons, Lexicon::auxiliaries));
        List<String> roles = new ArrayList<>();
        Map<String, String> sameRoles = new HashMap<>();
        Set<String> namedAsSynonym = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        Map<String, String> sameEndings = new HashMap<>();
        List<String[]> broader = new ArrayList<>();
        for (String line : all(lexicons, Lexicon::roles)) {
            if (line.contains(">")) {
                // "legislador > diputado, senador, congresista": a general role that refers back to one named
                // with any of the narrower ones; each is a role
                String[] sides = line.split(">", 2);
                roles.add(sides[0].strip());
                for (String narrower : sides[1].split(",")) {
                    roles.add(narrower.strip());
                    broader.add(new String[] {sides[0].strip(), narrower.strip()});
                }
                continue;
            }
            if (isModifier(line)) {
                String word = line.substring(0, line.length() - 1).strip();
                roles.add(word);
                modifiers.add(lower(word));
                continue;
            }
            if (!line.contains("=")) {
                roles.add(line);
                continue;
            }
            String[] names = line.split("=");
            if (Arrays.stream(names).allMatch(name -> isEnding(name.strip()))) {
                // "-vorsitzende = -vorsitzender": one role's endings, the first the key ("Betriebsratsvorsitzender
                // Willi Sattler" is "der Betriebsratsvorsitzende")
                String key = lower(names[0].strip().substring(1));
                for (String name : names) {
                    roles.add(name.strip());
                    sameEndings.put(lower(name.strip().substring(1)), key);
                }
                continue;
            }
            // "entrenador = técnico = dt": one role under several names, each a role; the first is its key, unless
            // a name has one already from another language's line ("técnico" is the Spanish and the Portuguese coach)
            Set<String> earlierKeys = new LinkedHashSet<>();
            for (String name : names) {
                if (sameRoles.containsKey(lastWord(name))) {
                    earlierKeys.add(sameRoles.get(lastWord(name)));
                }
            }
            String key = earlierKeys.isEmpty() ? lastWord(names[0]) : earlierKeys.iterator().next();
            sameRoles.replaceAll((name, old) -> earlierKeys.contains(old) ? key : old);
            for (String name : names) {
                roles.add(name.strip());
                sameRoles.put(lastWord(name), key);
                if (name.strip().contains(" ")) {
                    namedAsSynonym.add(Spelling.key(String.join(" ", name.strip().split("\\s+"))));
                }
            }
        }
        this.roleKeys = Map.copyOf(sameRoles);
        this.roleModifiers = Set.copyOf(modifiers);
        this.roleEndingKeys = Map.copyOf(sameEndings);
        Map<String, Set<String>> narrower = new HashMap<>();
        for (String[] pair : broader) {
            narrower.computeIfAbsent(roleKey(lastWord(pair[0])), k -> new HashSet<>()).add(roleKey(lastWord(pair[1])));
        }
        narrower.replaceAll((general, keys) -> Set.copyOf(keys));
        this.narrowerRoles = Map.copyOf(narrower);
        this.multiWordSynonyms = Set.copyOf(namedAsSynonym);
        this.rolesByFirstWord = byFirstWord(roles.stream().filter(r -> !isEnding(r) && !isPrefix(r)).toList());
        this.roleEndings = endings(roles);
        this.rolePrefixes = roles.stream().filter(ReportingCues::isPrefix).map(line -> lower(line.substring(0, line.length() - 1))).toList();
        Map<String, Boolean> definite = new HashMap<>();
        for (String line : all(lexicons, Lexicon::articles)) {
            String[] fields = line.split("\\s+");
            definite.put(lower(fields[0]), fields.length < 2 || !fields[1].equalsIgnoreCase("indefinite"));
        }
        this.definiteByArticle = Map.copyOf(definite);
        List<String> pronouns = all(lexicons, Lexicon::pronouns);
        this.pronouns = lowerSet(pronouns.stream().filter(p -> !isEnding(p)).toList());
        // a pronoun after its verb keeps its hyphen: "-il" ends "dit-il", not "Brésil"
        this.invertedPronouns = pronouns.stream().filter(ReportingCues::isEnding).map(ReportingCues::lower).toList();
        this.functionWords = lowerSet(all(lexicons, Lexicon::functionWords));
        List<String> adverbs = all(lexicons, Lexicon::adverbs);
        this.adverbs = lowerSet(adverbs.stream().filter(a -> !isEnding(a)).toList());
        this.adverbEndings = endings(adverbs);
        this.gerundEndings = all(lexicons, Lexicon::gerundEndings).stream().map(ReportingCues::lower).toList();
        this.imperfectEndings = all(lexicons, Lexicon::imperfectEndings).stream().map(ReportingCues::lower).toList();
        this.participleEndings = all(lexicons, Lexicon::participleEndings).stream().map(ReportingCues::lower).toList();
        Set<String> links = new HashSet<>();
        Set<String> definiteLinks = new HashSet<>();
        for (String line : all(lexicons, Lexicon::roleLinks)) {
            String[] fields = line.split("\\s+");
            links.add(lower(fields[0]));
            if (fields.length > 1 && fields[1].equalsIgnoreCase("definite")) {
                definiteLinks.add(lower(fields[0]));
            }
        }
        this.roleLinks = Set.copyOf(links);
        this.definiteLinks = Set.copyOf(definiteLinks);
        // ("Emanuele di Lentiai": where Italian is read, "di" says where someone is from; "Luciano di Nápoli" keeps it elsewhere)
        Set<String> origins = lowerSet(all(lexicons, Lexicon::originLinks));
        this.particles = lowerSet(particles).stream().filter(particle -> !origins.contains(particle)).collect(Collectors.toUnmodifiableSet());
        Set<String> times = new HashSet<>();
        Set<String> joins = new HashSet<>();
        for (String line : all(lexicons, Lexicon::timeWords)) {
            String[] fields = line.split("\\s+");
            (fields.length > 1 && fields[1].equalsIgnoreCase("joins") ? joins : times).add(lower(fields[0]));
        }
        this.timeWords = Set.copyOf(times);
        this.timeJoins = Set.copyOf(joins);
        this.relatives = lowerSet(all(lexicons, Lexicon::relatives));
        this.placePrepositions = lowerSet(all(lexicons, Lexicon::placePrepositions));
        // one-letter prepositions with an accent, as a capital writes them without it: French "à" as "A"
        this.placePrepositionsUnaccented = placePrepositions.stream().filter(word -> word.length() == 1)
                .map(TextKey::of).filter(key -> !placePrepositions.contains(key)).collect(Collectors.toUnmodifiableSet());
        this.firstPartPrepositions = lowerSet(all(lexicons, Lexicon::firstPartPrepositions));
        this.verbParticles = lowerSet(all(lexicons, Lexicon::verbParticles));
        this.nominativePronouns = lowerSet(all(lexicons, Lexicon::nominativePronouns));
        this.prepositionalPronouns = lowerSet(all(lexicons, Lexicon::prepositionalPronouns));
        this.authorLinks = lowerSet(all(lexicons, Lexicon::authorLinks));
        this.clauseOpeners = lowerSet(all(lexicons, Lexicon::clauseOpeners));
        this.viewpointOpeners = lowerSet(all(lexicons, Lexicon::viewpointOpeners));
        this.copulas = lowerSet(all(lexicons, Lexicon::copulas));
        this.possessives = lowerSet(all(lexicons, Lexicon::possessives));
        this.conjunctions = lowerSet(all(lexicons, Lexicon::conjunctions));
        this.platforms = lowerSet(platforms);
        this.clubPrefixes = lowerSet(clubPrefixes);
        this.saintTitles = lowerSet(saintTitles);
        this.documents = lowerSet(all(lexicons, Lexicon::documents));
        this.indirectSpeech = lowerSet(all(lexicons, Lexicon::indirectSpeech));
        List<String> groups = all(lexicons, Lexicon::groups);
        this.groups = lowerSet(groups.stream().filter(g -> !isEnding(g)).toList());
        this.publicationWords = all(lexicons, Lexicon::publicationWords).stream().map(String::strip)
                .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.groupEndings = endings(groups);
        this.passersBy = lowerSet(all(lexicons, Lexicon::passersBy));
        this.firstNames = all(lexicons, Lexicon::firstNames).stream().map(TextKey::of).collect(Collectors.toUnmodifiableSet());
        this.nounCapitalisingLanguages = lexicons.stream().filter(Lexicon::capitalisesNouns).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.verbSecondLanguages = lexicons.stream().filter(Lexicon::verbSecond).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.partyInitialsAfterRole = lexicons.stream().anyMatch(Lexicon::partyInitialsAfterRole);
        this.partyLetters = Set.copyOf(all(lexicons, Lexicon::partyLetters));
        this.ageNounEndings = Set.copyOf(all(lexicons, Lexicon::ageNounEndings));
        this.ageUnits = lowerSet(all(lexicons, Lexicon::ageUnits));
        // by language: "written" ends as a Spanish plural does, and is no plural in English
        this.pluralVerbEndings = lexicons.stream().collect(Collectors.toUnmodifiableMap(Lexicon::language,
                lexicon -> Set.copyOf(lexicon.pluralVerbEndings()), (a, b) -> a));
        this.pluralAuxiliaries = lexicons.stream().collect(Collectors.toUnmodifiableMap(Lexicon::language,
                lexicon -> Set.copyOf(lexicon.pluralAuxiliaries()), (a, b) -> a));
        Map<String, List<String[]>> terms = new HashMap<>();
        List<String> spokenTerms = new ArrayList<>();
        for (String line : all(lexicons, Lexicon::termLeadIns)) {
            // "word", "words spoken", "known as": the words, then the mark of spoken words if any
            List<String> fields = new ArrayList<>(List.of(lower(line.strip()).split("\\s+")));
            if (fields.size() > 1 && fields.get(fields.size() - 1).equals("spoken")) {
                fields.remove(fields.size() - 1);
                spokenTerms.add(String.join(" ", fields));
            }
            terms.computeIfAbsent(fields.get(fields.size() - 1), k -> new ArrayList<>()).add(fields.toArray(String[]::new));
        }
        this.termLeadIns = Map.copyOf(terms);
        this.spokenTermLeadIns = lowerSet(spokenTerms);
        this.passiveAuxiliaries = lowerSet(all(lexicons, Lexicon::passiveAuxiliaries));
        this.passiveClitics = lowerSet(all(lexicons, Lexicon::passiveClitics));
        this.objectClitics = lowerSet(all(lexicons, Lexicon::objectClitics));
        this.capacityWords = lowerSet(all(lexicons, Lexicon::capacityWords));
        this.caseNouns = lowerSet(all(lexicons, Lexicon::caseNouns));
        this.agentMarkers = lexicons.stream().map(Lexicon::agentMarker).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, String> questionWords = new HashMap<>();
        for (String line : all(lexicons, Lexicon::questions)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 2) {
                questionWords.put(lower(fields[0]), lower(fields[1]));
            }
        }
        this.questionWords = Map.copyOf(questionWords);
        this.latter = lowerSet(all(lexicons, Lexicon::latter));
        this.latterEnds = latter.stream().map(ReportingCues::afterLastBreak).collect(Collectors.toUnmodifiableSet());
        this.kin = lowerSet(all(lexicons, Lexicon::kin));
        this.demonyms = lowerSet(all(lexicons, Lexicon::demonyms));
        this.kinRoles = kin.stream().map(this::roleKey).collect(Collectors.toUnmodifiableSet());
        this.constructions = lexicons.stream().flatMap(lexicon -> lexicon.constructions().stream()).toList();
        this.subjectDroppingLanguages = lexicons.stream().filter(Lexicon::dropsSubjects).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.tellingAfterQuotationLanguages = lexicons.stream().filter(Lexicon::tellsAfterQuotation).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.dialogueLanguages = lexicons.stream().filter(Lexicon::dialogueDashes).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.asideLanguages = lexicons.stream().filter(Lexicon::quotedAsides).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.longestCue = 1 + Stream.of(verbs, subjectlessVerbs, phrases).flatMap(map -> map.values().stream())
                .flatMap(List::stream).mapToInt(words -> words.length).max().orElse(0);
    }

    /** A line that is an ending ("-mente", "-t-il", "-minister") rather than a word. */
    private static boolean isEnding(String line) {
        return line.startsWith("-") && line.length() > 1;
    }

    private static String lastWord(String words) {
        String[] split = words.strip().split("\\s+");
        return Spelling.key(split[split.length - 1]);
    }

    /**
     * The key a role's last word (lower case) is looked up by: the same for every name of one role ("el DT"
     * refers back to whom the article introduced as "el entrenador"), else the word itself.
     */
    String roleKey(String lowerWord) {
        String key = roleKeys.get(lowerWord);
        if (key != null) {
            return key;
        }
        int hyphen = lowerWord.lastIndexOf('-');
        if (hyphen > 0 && isOneWordRole(lowerWord.substring(hyphen + 1))) {
            // "Kickers-Präsident" and "der OFC-Präsident", "ex-minister": the role after the hyphen, what qualifies it aside
            return roleKey(lowerWord.substring(hyphen + 1));
        }
        for (Map.Entry<String, String> ending : roleEndingKeys.entrySet()) {
            if (lowerWord.endsWith(ending.getKey())) {
                return lowerWord.substring(0, lowerWord.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        return lowerWord;
    }

    /** The keys of the roles the general ones among {@code keys} cover ("el funcionario" is a minister named before). */
    Set<String> narrowerRoles(Set<String> keys) {
        Set<String> found = new HashSet<>();
        for (String key : keys) {
            found.addAll(narrowerRoles.getOrDefault(key, Set.of()));
        }
        return found;
    }

    /**
     * The key of the role of {@code length} words at {@code tokens[at]}: a role of several words is one of its
     * own ("prime minister", "vice president", "primer ministro": "the minister" is someone else), unless a
     * line of the same role under several names holds it ("director técnico = dt").
     */
    String roleKey(List<Token> tokens, int at, int length) {
        String last = tokens.get(at + length - 1).lower();
        if (length == 1) {
            return roleKey(last);
        }
        StringBuilder words = new StringBuilder();
        for (int k = at; k < at + length; k++) {
            if (tokens.get(k).word()) {
                words.append(words.length() > 0 ? " " : "").append(tokens.get(k).lower());
            }
        }
        String phrase = Spelling.key(words.toString());
        return multiWordSynonyms.contains(phrase) ? roleKey(last) : phrase;
    }

    /** A line that is a modifier of a role ("then+"), a role only before another. */
    private static boolean isModifier(String line) {
        return line.endsWith("+") && line.length() > 1;
    }

    private static boolean isPrefix(String line) {
        return line.endsWith("-") && line.length() > 1;
    }

    /** The endings among a list's lines, without the "-" that marks them ("-mente" → "mente"). */
    private static List<String> endings(List<String> lines) {
        return lines.stream().filter(ReportingCues::isEnding).map(line -> lower(line.substring(1))).toList();
    }

    /** Whether the languages have reporting verbs or cue phrases at all: a language without word lists has none. */
    boolean knowsReportingWords() {
        return !verbs.isEmpty() || !subjectlessVerbs.isEmpty() || !phrases.isEmpty();
    }

    /** The most words a reporting verb or cue phrase has, with its auxiliary ("ha dicho a la prensa"). */
    int longestCue() {
        return longestCue;
    }

    /** Whether the language leaves out a subject the reader knows ("Además, elogió …"). */
    boolean dropsSubjects(String language) {
        return language != null && subjectDroppingLanguages.contains(language);
    }

    /**
     * Whether, in the language, a verb of telling right after a quotation may name the one told ("“…,” told CP24");
     * where not, the name after it is its subject ("« … », a assuré le procureur").
     */
    boolean tellsAfterQuotation(String language) {
        return language != null && tellingAfterQuotationLanguages.contains(language);
    }

    /** The languages whose writers open a paragraph of speech with a dash. */
    Set<String> dialogueLanguages() {
        return dialogueLanguages;
    }

    /** The languages whose quotations keep the narrator's words between dashes inside them ("“…– ha aggiunto – …”"). */
    Set<String> asideLanguages() {
        return asideLanguages;
    }

    /** The cues of the given languages, from their lexicons, with the tables every language shares. */
    static ReportingCues load(Dictionaries dictionaries, List<String> languages) {
        List<Lexicon> lexicons = languages.stream().map(language -> Lexicon.load(dictionaries, language)).toList();
        return new ReportingCues(lexicons, dictionaries.table("name-particles.txt"), dictionaries.table("platform-names.txt"),
                dictionaries.table("club-prefixes.txt"), dictionaries.table("saint-titles.txt"), Genders.load(dictionaries, languages));
    }

    private static List<String> all(List<Lexicon> lexicons, Function<Lexicon, List<String>> list) {
        List<String> entries = new ArrayList<>();
        lexicons.forEach(lexicon -> entries.addAll(list.apply(lexicon)));
        return entries;
    }

    /** Each role of each language with the role links of that language: "Mayor de Blasio" has none. */
    private static Map<String, Set<String>> linksByRole(List<Lexicon> lexicons, Spelling spelling) {
        Map<String, Set<String>> links = new HashMap<>();
        for (Lexicon lexicon : lexicons) {
            List<String> own = lexicon.roleLinks().stream().map(line -> lower(line.split("\\s+")[0])).toList();
            for (String role : lexicon.roles()) {
                String words = isModifier(role) ? role.substring(0, role.length() - 1) : role;
                links.computeIfAbsent(String.join(" ", spelling.words(words)), r -> new HashSet<>()).addAll(own);
            }
        }
        links.replaceAll((role, set) -> Set.copyOf(set));
        return Map.copyOf(links);
    }

    /** The cues among the tokens of a stretch of text, in order. */
    List<Cue> find(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            int phrase = longest(phrases, tokens, i);
            int withSubject = Math.max(longest(verbs, tokens, i), separated(verbs, tokens, i));
            int withoutSubject = longest(subjectlessVerbs, tokens, i);
            int length = Math.max(phrase, Math.max(withSubject, withoutSubject));
            if (length == 0 || (phrase < length && (nounAfterArticle(tokens, i) || nounAfterPreposition(tokens, i)))) {
                continue;
            }
            // "ha señalado", "has said", "a également déclaré": the auxiliary belongs to the cue as written
            int first = phrase < length ? auxiliaryBefore(tokens, i) : i;
            if (phrase < length && first < i && first > 0 && elidedOnto(tokens.get(first - 1), tokens.get(first))) {
                // "s’est presque réjoui", "l’a dit": a pronoun elided onto the auxiliary is part of the verb as written
                first--;
            }
            boolean inverted = phrase < length && (invertedPronoun(tokens.get(i)) || (first < i && invertedPronoun(tokens.get(first))));
            cues.add(new Cue(tokens.get(first).start(), tokens.get(i + length - 1).end(), phrase == length,
                    withoutSubject == length && phrase < length, phrase < length && addresseeVerbs.contains(words(tokens, i, length)),
                    inverted, phrase < length && length == 1 && first == i && isGerund(tokens.get(i))));
            i += length - 1;
        }
        return cues;
    }

    /**
     * Where the verb at {@code tokens[verb]} starts with its auxiliary: at the auxiliary right before it,
     * or before a few adverbs ("a également déclaré", "ha poi aggiunto"); else at the verb.
     */
    private int auxiliaryBefore(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0 && verb - k <= 3 && tokens.get(k).word(); k--) {
            if (auxiliaries.contains(bare(tokens.get(k)))) {
                return k;
            }
            if (!isAdverb(tokens.get(k))) {
                break;
            }
        }
        return verb;
    }

    /** Whether a word ends with an apostrophe and the next is written right after it: "s’" + "est". */
    private static boolean elidedOnto(Token word, Token next) {
        String lower = word.lower();
        return word.word() && word.end() == next.start() && (lower.endsWith("'") || lower.endsWith("’"));
    }

    /** Whether the word ends with a pronoun written after it: "dit-il", "a-t-elle". */
    boolean invertedPronoun(Token token) {
        return !bare(token).equals(token.lower());
    }

    /** The word without the pronoun written after it ("ajoute-t-il" → "ajoute"), or the word. */
    private String bare(Token token) {
        String word = token.lower();
        for (String ending : invertedPronouns) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /**
     * Whether the word at {@code at} follows a preposition of place, so is a noun ("Sotto accusa i problemi", "sulla
     * denuncia", "in reply"); a gerund there is still a verb ("in saying so").
     */
    private boolean nounAfterPreposition(List<Token> tokens, int at) {
        return at > 0 && isPlacePreposition(tokens.get(at - 1)) && !isGerund(tokens.get(at));
    }

    /** Whether the text holds a reporting verb or cue phrase. */
    boolean anyIn(CharSequence text) {
        String string = text.toString();
        return !find(Token.of(string, 0, string.length(), spelling)).isEmpty();
    }

    /** The words of tokens[at, at + length), lower case, one space between. */
    private static String words(List<Token> tokens, int at, int length) {
        StringBuilder words = new StringBuilder(tokens.get(at).lower());
        for (int k = at + 1; k < at + length; k++) {
            words.append(' ').append(tokens.get(k).lower());
        }
        return words.toString();
    }

    /** A word of a time expression: "viernes", "Monday", "pasado". */
    boolean isTimeWord(Token token) {
        return token.word() && (timeWords.contains(token.lower()) || timeJoins.contains(token.lower()));
    }

    /** A text that carries someone's words: "statement", "tuit". */
    boolean isDocument(Token token) {
        return token.word() && documents.contains(token.lower());
    }

    /** A verb form of the mood a language reports speech in: German "sei", "müsse". */
    boolean reportsIndirectly(Token token) {
        return token.word() && indirectSpeech.contains(token.lower());
    }

    /** The reporting constructions of every configured language, in order. */
    List<Construction> constructions() {
        return constructions;
    }

    /**
     * How many tokens ending at {@code tokens[last]} are words after which quoted words are a mention of
     * words, not speech ("term", "término", "known as"); 0 when they are none.
     */
    int termLeadInEndingAt(List<Token> tokens, int last) {
        if (last < 0 || !tokens.get(last).word()) {
            return 0;
        }
        if (last > 0 && isArticle(tokens.get(last))) {
            // "caminho conhecido como a “estrada das roseirinhas”", "known as the “…”": an article between a phrase of
            // naming and the name ("la liste des « points noirs »" is a list of them, not its name)
            int before = termLeadInEndingAt(tokens, last - 1);
            if (before > 1) {
                return before + 1;
            }
        }
        for (String[] words : termLeadIns.getOrDefault(tokens.get(last).lower(), List.of())) {
            int first = last - words.length + 1;
            if (first >= 0 && matches(tokens, first, words, tokens.get(first).lower())) {
                return words.length;
            }
        }
        return 0;
    }

    /** Whether the term lead-in of one word is a word for words that someone may say, as a reporting verb's object ("repetiu a frase “…”"): "phrase", "frase". */
    boolean isSpokenTermLeadIn(Token token) {
        return token.word() && spokenTermLeadIns.contains(token.lower());
    }

    /** A noun for someone the story meets without naming: "niño", "muchacho", "boy". */
    boolean isPasserBy(Token token) {
        return token.word() && passersBy.contains(token.lower());
    }

    /** An organisation or group: "company", "banda". */
    boolean isGroup(Token token) {
        return token.word() && (groups.contains(token.lower()) || endsWith(token, groupEndings));
    }

    /**
     * Whether the word is a first name the lists of a noun-capitalising language hold, its accents aside; of a
     * double name the first part ("Jörg-Uwe").
     */
    /** Whether pronouns and people are men or women, by the languages' pronouns and titles and by first names. */
    Genders genders() {
        return genders;
    }

    boolean isFirstName(Token token) {
        if (!token.word() || firstNames.isEmpty()) {
            return false;
        }
        String key = TextKey.of(token.lower());
        int hyphen = key.indexOf('-');
        return firstNames.contains(key) || (hyphen > 0 && firstNames.contains(key.substring(0, hyphen)));
    }

    /**
     * Whether the word is a first name of any table the annotator loads: a language's first names or the table of
     * first names with their gender.
     */
    boolean isKnownFirstName(Token token) {
        return isFirstName(token) || token.word() && genders.isFirstName(token.lower());
    }

    /** "voraus", "hinzu": the separable part of a verb of saying where the verb stands second. */
    boolean isVerbParticle(Token token) {
        return token.word() && verbParticles.contains(token.lower());
    }

    /** Whether a language of the set writes every noun with a capital ("die Kritik"): one capitalised word is no name by its capital alone. */
    boolean capitalisesNouns() {
        return !nounCapitalisingLanguages.isEmpty();
    }

    /** Whether the language writes every noun with a capital: its sentences look title-cased ("Der Minister hat am Montag in Berlin gewarnt."). */
    boolean capitalisesNouns(String language) {
        return language != null && nounCapitalisingLanguages.contains(language);
    }

    /** Whether the language puts the finite verb second ("Für Oral ist klar: …"). */
    boolean verbSecond(String language) {
        return language != null && verbSecondLanguages.contains(language);
    }

    /** Whether a language of the set puts the finite verb second ("Bei seiner Ansprache zeigte sich Ueli Maurer …"). */
    boolean verbSecond() {
        return !verbSecondLanguages.isEmpty();
    }

    /** Whether a party's initials right after a role are what the role is a role of ("le ministre MCG"). */
    boolean partyInitialsAfterRole() {
        return partyInitialsAfterRole;
    }

    /**
     * Whether the cue's last word ends as a verb's third person plural does in the language ("le pidieron", "denuncian"),
     * or its first word is a plural auxiliary ("hanno ribadito").
     */
    boolean endsInPluralVerb(String cue, String language) {
        if (language == null) {
            return false;
        }
        String[] words = cue.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && pluralAuxiliaries.getOrDefault(language, Set.of()).contains(words[0])) {
            // "hanno ribadito", "han dicho": the auxiliary of the compound tense says the number
            return true;
        }
        for (String ending : pluralVerbEndings.getOrDefault(language, Set.of())) {
            if (last.length() > ending.length() + 1 && last.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word names a person by their age, a number and its ending: "46-Jährige", "46-year-old", "46enne". */
    boolean isAgeNoun(Token token) {
        String word = token.lower();
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        return token.word() && digits > 0 && ageNounEndings.contains(word.substring(digits));
    }

    /**
     * Whether the word is a party's letter joined by a hyphen to a place in capitals, the affiliation US papers
     * write after a lawmaker's name ("Sen. Ted Cruz, R-Texas, said", "Rep. Joe Sam Queen, D-Haywood"): no name.
     */
    boolean isPartyAffiliation(String text, Token token) {
        int hyphen = token.start();
        while (hyphen < token.end() && text.charAt(hyphen) != '-') {
            hyphen++;
        }
        return token.word() && hyphen > token.start() && hyphen + 1 < token.end() && Character.isUpperCase(text.charAt(token.start()))
                && Character.isUpperCase(text.charAt(hyphen + 1)) && partyLetters.contains(text.substring(token.start(), hyphen).toLowerCase(Locale.ROOT));
    }

    /** How many tokens the longest entry starting at {@code tokens[at]} takes, or 0; its first word may carry an inverted pronoun. */
    private int longest(Map<String, List<String[]>> entries, List<Token> tokens, int at) {
        String first = bare(tokens.get(at));
        List<String[]> candidates = entries.get(first);
        if (candidates != null) {
            for (String[] entry : candidates) {
                if (matches(tokens, at, entry, first)) {
                    return entry.length;
                }
            }
        }
        return 0;
    }

    /**
     * How many tokens a verb of two words spans with adverbs between its words, as German writes a separable verb and
     * its particle ("teilte vorab mit", "fügte noch hinzu"), or 0: the particle closes its clause (punctuation after it).
     */
    private int separated(Map<String, List<String[]>> entries, List<Token> tokens, int at) {
        List<String[]> candidates = entries.get(bare(tokens.get(at)));
        if (candidates == null || at + 2 >= tokens.size() || !isAdverb(tokens.get(at + 1))) {
            return 0;
        }
        int particle = at + 1;
        while (particle < tokens.size() && particle - at <= MAX_ADVERBS_IN_VERB && isAdverb(tokens.get(particle))) {
            particle++;
        }
        if (particle + 1 >= tokens.size() || tokens.get(particle + 1).word()) {
            return 0;
        }
        for (String[] entry : candidates) {
            if (entry.length == 2 && tokens.get(particle).word() && tokens.get(particle).lower().equals(entry[1])) {
                return particle - at + 1;
            }
        }
        return 0;
    }

    /** The article's tokens, read once, as the languages spell them. */
    TokenView view(String text) {
        return TokenView.of(text, spelling);
    }

    /** The key of a role of one word ("striker" in "the striker's account"), or null when the word is none. */
    String oneWordRole(String lowerWord) {
        return isOneWordRole(lowerWord) ? roleKey(lowerWord) : null;
    }

    /**
     * How many tokens the longest role starting at {@code tokens[at]} takes ("secretary of state"), or 0; a
     * word with a role's ending is a role of one word ("Bundesinnenminister").
     */
    int roleAt(List<Token> tokens, int at) {
        List<String[]> candidates = rolesByFirstWord.get(tokens.get(at).lower());
        if (candidates != null) {
            for (String[] role : candidates) {
                if (matches(tokens, at, role, tokens.get(at).lower())
                        && !(role.length == 1 && roleModifiers.contains(role[0]) && !roleFollows(tokens, at + 1))) {
                    return role.length;
                }
            }
        }
        return hasRoleEnding(tokens.get(at)) || hasRolePrefix(tokens.get(at)) || hyphenedRole(tokens.get(at))
                || officeBeforeFirstName(tokens, at) ? 1 : 0;
    }

    /**
     * A body's noun right before a first name is the person's seat in it: "der zuständige Stadtrat Heinrich Vettiger",
     * "Gemeinderat Günter Salchner" (alone, "der Stadtrat" is the council).
     */
    private boolean officeBeforeFirstName(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && isGroup(tokens.get(at)) && isFirstName(tokens.get(at + 1)) && tokens.get(at + 2).word();
    }

    /** Whether a role starts at {@code at}, a hyphen before it aside: "then-President", "former acting". */
    private boolean roleFollows(List<Token> tokens, int at) {
        int next = at < tokens.size() && tokens.get(at).is('-') ? at + 1 : at;
        return next < tokens.size() && roleAt(tokens, next) > 0;
    }

    /**
     * A role joined by a hyphen to a word that qualifies it: "delegado-geral", "secrétaire-général", "co-host",
     * "ex-minister".
     */
    private boolean hyphenedRole(Token token) {
        String word = token.lower();
        int first = token.word() ? word.indexOf('-') : -1;
        if (first < 2 || word.lastIndexOf('-') > word.length() - 3) {
            return false;
        }
        return isOneWordRole(word.substring(0, first)) || isOneWordRole(word.substring(word.lastIndexOf('-') + 1));
    }

    private boolean isOneWordRole(String lowerWord) {
        return rolesByFirstWord.getOrDefault(lowerWord, List.of()).stream().anyMatch(role -> role.length == 1);
    }

    /** A role of one word written after a prefix: "exfutbolista", "excampeón". */
    private boolean hasRolePrefix(Token token) {
        if (!token.word()) {
            return false;
        }
        for (String prefix : rolePrefixes) {
            if (token.lower().length() >= prefix.length() + 4 && token.lower().startsWith(prefix)
                    && isOneWordRole(token.lower().substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasRoleEnding(Token token) {
        return token.word() && endsWith(token, roleEndings);
    }

    /** Whether the word is longer than one of the endings by a few letters and ends with it. */
    private static boolean endsWith(Token token, List<String> endings) {
        for (String ending : endings) {
            if (token.lower().length() >= ending.length() + 3 && token.lower().endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens the longest role ending at {@code tokens[last]} takes, or 0. */
    int roleEndingAt(List<Token> tokens, int last) {
        int best = 0;
        for (int at = Math.max(0, last - 5); at <= last; at++) {
            if (!tokens.get(at).word()) {
                continue;
            }
            List<String[]> candidates = rolesByFirstWord.get(tokens.get(at).lower());
            if (candidates == null) {
                continue;
            }
            for (String[] role : candidates) {
                // (a modifier ends no role: "then" in "Elton John then" is an adverb)
                if (at + role.length - 1 == last && matches(tokens, at, role, tokens.get(at).lower())
                        && !(role.length == 1 && roleModifiers.contains(role[0]))) {
                    best = Math.max(best, role.length);
                }
            }
        }
        if (best > 0 || last < 0) {
            return best;
        }
        Token token = tokens.get(last);
        return hasRoleEnding(token) || hasRolePrefix(token) || hyphenedRole(token) ? 1 : 0;
    }

    /** Whether the entry's words stand at {@code tokens[at]}, its first word read as {@code first}. */
    private static boolean matches(List<Token> tokens, int at, String[] entry, String first) {
        if (at + entry.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < entry.length; k++) {
            Token token = tokens.get(at + k);
            if (!token.word() || !(k == 0 ? first : token.lower()).equals(entry[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is an auxiliary verb of a configured language ("has", "ha", "a"). */
    boolean isAuxiliary(Token token) {
        return auxiliaries.contains(token.lower());
    }

    boolean isArticle(Token token) {
        return token.word() && definiteByArticle.containsKey(token.lower());
    }

    boolean isDefinite(Token token) {
        return Boolean.TRUE.equals(definiteByArticle.get(token.lower()));
    }

    /** "the", "el", "der": an article, and a definite one. */
    boolean isDefiniteArticle(Token token) {
        return isArticle(token) && isDefinite(token);
    }

    /** "a", "un", "ein": an article, and an indefinite one. */
    boolean isIndefiniteArticle(Token token) {
        return isArticle(token) && !isDefinite(token);
    }

    boolean isPronoun(Token token) {
        if (!token.word()) {
            return false;
        }
        String lower = token.lower();
        // a pronoun with an auxiliary contracted onto it is that pronoun: "she'd" ("She’d said, …"), "he's"
        int apostrophe = lower.indexOf('\'');
        return pronouns.contains(lower) || (apostrophe > 0 && lower.length() - apostrophe <= 3
                && pronouns.contains(lower.substring(0, apostrophe)));
    }

    /** The index of the last token that is no adverb, or -1: where a clause ends before its verb's adverbs. */
    int lastBeforeAdverbs(List<Token> tokens) {
        int last = tokens.size() - 1;
        while (last >= 0) {
            // "quien en la víspera manifestó", "who on Tuesday said": a time phrase stands between as an adverb does
            int time = timePhraseEndingAt(tokens, last);
            if (isAdverb(tokens.get(last))) {
                last--;
            } else if (time <= last) {
                last = time - 1;
            } else {
                break;
            }
        }
        return last;
    }

    /** "was", "fue", "été": a form that makes the participle after it passive. */
    boolean isPassiveAuxiliary(Token token) {
        return token.word() && passiveAuxiliaries.contains(token.lower());
    }

    /** "se": a pronoun that makes the verb right after it passive or impersonal ("se informó que"). */
    boolean isPassiveClitic(Token token) {
        return token.word() && passiveClitics.contains(token.lower());
    }

    /** Whether a preposition, its article aside, stands before tokens[at]: "en la que", "in cui", "in which". */
    boolean prepositionBefore(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && isArticle(tokens.get(k))) {
            k--;
        }
        return k >= 0 && (isPlacePreposition(tokens.get(k)) || isRoleLink(tokens.get(k)) || isObjectRelative(tokens.get(k)));
    }

    /** "les", "gli", "lhe": an object pronoun before its verb ("quien les llamó"). */
    boolean isObjectClitic(Token token) {
        return token.word() && objectClitics.contains(token.lower());
    }

    /** "como", "as": a word that gives a person's role after their name ("Mariana de Lachica Huerta como vocera"). */
    boolean isCapacityWord(Token token) {
        return token.word() && capacityWords.contains(token.lower());
    }

    /** Whether only commas and conjunctions stand among the tokens: what joins the items of one list ("«…», «…» et «…»"). */
    boolean onlyListSeparators(List<Token> tokens) {
        return tokens.stream().allMatch(token -> token.word() ? isConjunction(token) : token.is(','));
    }

    /** Whether the token is the noun of a sentence that presents someone as an instance: "le cas de", "el caso de". */
    boolean isCaseNoun(Token token) {
        return token.word() && caseNouns.contains(token.lower());
    }

    /** "fue", "is": a form of "to be". */
    boolean isCopula(Token token) {
        return token.word() && copulas.contains(token.lower());
    }

    /**
     * Whether the word is a verb's imperfect by its ending ("realizaba", "dedicava"), as grammar.txt lists them; words
     * of six letters or fewer are left out, as short names end so too ("Saba", "Nava").
     */
    boolean isImperfect(Token token) {
        return token.word() && token.lower().length() > IMPERFECT_MIN_LENGTH && endsWith(token, imperfectEndings);
    }

    /** Whether the word is a gerund by its ending ("saying", "diciendo", "ajoutant"), as grammar.txt lists them. */
    boolean isGerund(Token token) {
        return token.word() && endsWith(token, gerundEndings);
    }

    /** Whether the word is a past participle by its ending ("criticised", "criticado"), as grammar.txt lists them. */
    boolean isParticiple(Token token) {
        return token.word() && endsWith(token, participleEndings);
    }

    /** "sus", "his": a possessive determiner. */
    boolean isPossessive(Token token) {
        return token.word() && possessives.contains(token.lower());
    }

    /**
     * Whether the word at {@code at} follows an indefinite article, so is a noun and no verb ("a fait une annonce",
     * "posted a tweet"); a definite one may be a pronoun before a verb ("la interrogó").
     */
    boolean nounAfterArticle(List<Token> tokens, int at) {
        return at > 0 && isIndefiniteArticle(tokens.get(at - 1));
    }

    /** Whether the words hold a verb of asking ("was asked", "se le preguntó", "asked"). */
    boolean asks(List<Token> words) {
        return words.stream().anyMatch(this::isQuestionVerb);
    }

    /** "because", "porque": a word that opens a clause with its own subject and verb. */
    boolean isClauseOpener(Token token) {
        return token.word() && clauseOpeners.contains(token.lower());
    }

    /** Whether the token is a noun of family relation: "mother", "cuñado" ({@code kin.txt}). */
    boolean isKin(Token token) {
        return token.word() && kin.contains(token.lower());
    }

    /**
     * Whether the token, capitalised, is the noun of a country's people: "temporise le Roumain" ({@code demonyms.txt});
     * the caller checks the capital, which tells the noun from the adjective ("le ministre roumain").
     */
    boolean isDemonym(Token token) {
        return token.word() && demonyms.contains(token.lower());
    }

    /** Whether a subject's roles are all family relations, what they are relations of aside: "the mother", "su cuñado". */
    boolean onlyKin(Set<String> roles) {
        return ownRolesAllIn(roles, kinRoles);
    }

    /**
     * Whether a subject's roles are all nouns for people the story meets ("la vecina", "el comerciante"), what they are
     * of aside: with a definite article they refer back only to someone the article named in that role.
     */
    boolean onlyPassersBy(Set<String> roles) {
        return ownRolesAllIn(roles, passersBy);
    }

    /** Whether a subject has roles of its own (what they are roles of aside) and {@code words} holds every one. */
    private static boolean ownRolesAllIn(Set<String> roles, Set<String> words) {
        List<String> own = roles.stream().filter(role -> !Subject.isComplementKey(role)).toList();
        return !own.isEmpty() && words.containsAll(own);
    }

    /** Whether the token is the word of a person's age after a number: "años" in "una vecina de 55 años". */
    boolean isAgeUnit(Token token) {
        return token.word() && ageUnits.contains(token.lower());
    }

    /**
     * Whether the words are a phrase that refers back to the person named last, whoever spoke last: "the latter",
     * "cette dernière", "quest’ultimo" ({@code latter.txt}).
     */
    boolean isLatter(String text, List<Token> phrase) {
        // (read on every phrase a speaker is parsed from: its last word first, which ends almost none of them)
        if (phrase.isEmpty() || phrase.size() > MAX_LATTER_TOKENS
                || !latterEnds.contains(afterLastBreak(phrase.get(phrase.size() - 1).lower().replace('\u2019', '\'')))) {
            return false;
        }
        String words = text.substring(phrase.get(0).start(), phrase.get(phrase.size() - 1).end());
        return latter.contains(lower(words.replace('\u2019', '\'')));
    }

    /** The words after a phrase's last space or apostrophe: "dernier" of "ce dernier", "ultimo" of "quest'ultimo". */
    private static String afterLastBreak(String phrase) {
        return phrase.substring(Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('\'')) + 1);
    }

    /**
     * Whether a name of several words is a newspaper's: a word of a masthead opens or closes it ("Manila
     * Bulletin", "Bote der Urschweiz", "Folha de S.Paulo"), as it never does a person's.
     */
    boolean namesAPublication(List<Token> name, String text) {
        return name.size() > 1 && (publicationWords.contains(text.substring(name.get(0).start(), name.get(0).end()))
                || publicationWords.contains(text.substring(name.get(name.size() - 1).start(), name.get(name.size() - 1).end())));
    }

    /**
     * Whether capitalised words are a newspaper's name: a name of several words a masthead's word opens or closes
     * ({@link #namesAPublication}), or one word that is a masthead's word, or ends in one after a hyphen ("Journal",
     * "Tages-Anzeiger").
     */
    boolean namesAPublicationAlone(List<Token> words, String text) {
        if (words.size() != 1) {
            return namesAPublication(words, text);
        }
        String word = text.substring(words.get(0).start(), words.get(0).end());
        return publicationWords.contains(word) || publicationWords.contains(word.substring(word.lastIndexOf('-') + 1));
    }

    /** "para", "pour", "for": a preposition that opens a sentence with whose view it gives ("Para Tite, …"). */
    boolean isViewpointOpener(Token token) {
        return token.word() && viewpointOpeners.contains(token.lower());
    }

    /** "de", "from", "by": a word that links a text to its author after it. */
    boolean isAuthorLink(Token token) {
        return token.word() && authorLinks.contains(token.lower());
    }

    /** The word that brings in a passive's agent: "by", "por". */
    boolean isAgentMarker(Token token) {
        return token.word() && agentMarkers.contains(token.lower());
    }

    /** A verb of asking, whose object is the one asked: "asked", "preguntaron". */
    boolean isQuestionVerb(Token token) {
        return "question".equals(questionWords.get(token.lower()));
    }

    /** A verb of answering, whose subject left out or a pronoun is the one asked: "replied", "respondió". */
    boolean isAnswerVerb(Token token) {
        return "answer".equals(questionWords.get(token.lower()));
    }

    /** The preposition that marks the one asked when that person comes before the verb: "A Piqué le preguntaron". */
    boolean isQuestionMarker(Token token) {
        return "marker".equals(questionWords.get(token.lower()));
    }

    /** Whether the word alone is a reporting verb ("Wrote", "Dice"): capitalised, it opens a sentence or a headline's word, not a name. */
    boolean isReportingVerb(Token token) {
        List<Token> alone = List.of(token);
        return token.word() && (longest(verbs, alone, 0) == 1 || longest(subjectlessVerbs, alone, 0) == 1);
    }

    boolean isFunctionWord(Token token) {
        return token.word() && functionWords.contains(token.lower());
    }

    /** Nothing but punctuation and adverbs among the tokens: "”, dijo", "—le insistió". */
    boolean onlyAdverbs(List<Token> tokens) {
        for (Token token : tokens) {
            if (token.word() && !isAdverb(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many tokens an adverb at {@code tokens[at]} takes: one, two for an elided word and the adverb written onto it
     * ("d'emblée", "d'ailleurs"), or 0 for none.
     */
    int adverbAt(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (isAdverb(token)) {
            return 1;
        }
        return at + 1 < tokens.size() && elidedOnto(token, tokens.get(at + 1)) && isAdverb(tokens.get(at + 1)) ? 2 : 0;
    }

    /** A word that may stand between a speaker and the verb: "Smith also said", "López ya dijo". */
    boolean isAdverb(Token token) {
        if (!token.word()) {
            return false;
        }
        String word = token.lower();
        if (adverbs.contains(word)) {
            return true;
        }
        // an ending that makes adverbs ("-mente": "dijo puntualmente el mandatario"), on a word longer than it
        for (String ending : adverbEndings) {
            if (word.length() >= ending.length() + 4 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean isRoleLink(Token token) {
        return token.word() && roleLinks.contains(token.lower());
    }

    /** "del": a role link with the definite article in it ("el líder del Ministerio Público"). */
    boolean isDefiniteLink(Token token) {
        return token.word() && definiteLinks.contains(token.lower());
    }

    /**
     * Whether {@code link} joins the role of {@code length} tokens at {@code at} to a complement in the
     * role's own language: "alcalde de Madrid", but not the English "Mayor de Blasio", whose "de" is the
     * name's.
     */
    boolean linksRole(List<Token> tokens, int at, int length, Token link) {
        StringBuilder role = new StringBuilder();
        for (int k = at; k < at + length; k++) {
            role.append(k > at ? " " : "").append(tokens.get(k).lower());
        }
        Set<String> links = linksByRole.get(role.toString());
        return isRoleLink(link) && (links == null || links.contains(link.lower()));
    }

    /** Whether any of a subject's roles (their last words, as {@link Subject#roles()} holds them) speaks for an organisation. */
    boolean speaksForOrganisation(Set<String> roles) {
        for (String role : roles) {
            if (spokespersonRoles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A preposition of an object: before a relative pronoun it makes the antecedent the clause's object ("al que");
     * before a name, that name ("contra la Xunta").
     */
    boolean isObjectRelative(Token token) {
        return token.word() && objectRelatives.contains(token.lower());
    }

    /**
     * Whether {@code tokens[at]} is a particle inside a name, before its next capitalised word ("López de la
     * Fuente", "von der Leyen"). A particle that is also an article ("der", "la") joins only right after
     * another particle: in "sagte Merkel der Zeitung" it is the article of the next noun.
     */
    boolean joinsName(List<Token> tokens, int at, String text) {
        Token token = tokens.get(at);
        if (at > 0 && at + 1 < tokens.size() && isRoleLink(token) && !isParticle(token) && !isPlacePreposition(token) && tokens.get(at - 1).capitalised(text)
                && isGroup(tokens.get(at - 1)) && tokens.get(at + 1).capitalised(text)) {
            // "the Ministry of Agriculture": a body's name goes on after its link ("Marco Rubio of Florida" does not)
            return true;
        }
        if (!isParticle(token) || (isArticle(token) && (at == 0 || !isParticle(tokens.get(at - 1))))) {
            return false;
        }
        // the particles after it up to the capitalised word: "von der Leyen", "de los Santos"
        int next = at + 1;
        while (next < tokens.size() && next < at + 3 && isParticle(tokens.get(next)) && !tokens.get(next).capitalised(text)) {
            next++;
        }
        // ("Tim Creighton de la Oficina del Sheriff", "Juan Pérez del Ayuntamiento de Olpe": what comes after a
        // person's particles is no institution's name, nor, after several, a role of several words; one word that is
        // also a role is a surname there: "Miguel de la Fuente"; a body's name goes on: "Congreso del Estado")
        boolean body = at > 0 && isGroup(tokens.get(at - 1));
        return next < tokens.size() && tokens.get(next).capitalised(text) && (body || !isGroup(tokens.get(next)))
                && (next == at + 1 || roleAt(tokens, next) <= 1);
    }

    boolean isParticle(Token token) {
        return token.word() && particles.contains(token.lower());
    }

    /**
     * Where the verb stands second, whether the clause's first part opens with a preposition and so is no
     * subject ("Mit …", and after adverbs: "Ebenfalls mit Ironie reagierte er").
     */
    boolean opensFirstPart(List<Token> clause) {
        int at = 0;
        while (at < clause.size() && isAdverb(clause.get(at))) {
            at++;
        }
        return at < clause.size() && clause.get(at).word() && firstPartPrepositions.contains(clause.get(at).lower());
    }

    /** Whether the token is a pronoun whose form only a subject takes ("er"; not "sie", also an object). */
    boolean isNominativePronoun(Token token) {
        return token.word() && nominativePronouns.contains(token.lower());
    }

    /** A pronoun a preposition governs that refers back to a person: "him" in "According to him", "lui" in "selon lui". */
    boolean isPrepositionalPronoun(Token token) {
        return token.word() && prepositionalPronouns.contains(token.lower());
    }

    /** "en", "desde", "in", "from": the name after it says where, it is nobody's subject ("en Bogotá, … dijo"). */
    boolean isPlacePreposition(Token token) {
        return token.word() && placePrepositions.contains(token.lower());
    }

    /**
     * As {@link #isPlacePreposition(Token)}, where a capital may also have lost its accent: "A Sakomi où sont établies
     * des revendeuses", "A Ensival" are French "À"; a lower-case "a" stays the verb.
     */
    boolean isPlacePreposition(Token token, String text) {
        return isPlacePreposition(token) || (token.word() && token.end() - token.start() == 1 && token.capitalised(text)
                && placePrepositionsUnaccented.contains(token.lower()));
    }

    /**
     * Whether tokens[at] is a place preposition between two capitalised words: "Free Souls Church in Round Rock",
     * "Scheuerer aus Hagelstadt", where it says where the named one stands, inside the phrase that names it.
     */
    boolean placeBetweenNames(List<Token> tokens, int at, String text) {
        return at > 0 && at + 1 < tokens.size() && isPlacePreposition(tokens.get(at))
                && tokens.get(at - 1).capitalised(text) && tokens.get(at + 1).capitalised(text);
    }

    /** "San", "São", "Saint": a saint's title, which opens a place's name, never a person's. */
    boolean isSaintTitle(Token token) {
        return saintTitles.contains(token.lower());
    }

    /** "AS", "FC": the abbreviation of a club's legal form, which the word after it completes ("AS Monaco"). */
    boolean isClubPrefix(Token token) {
        return clubPrefixes.contains(token.lower());
    }

    /** "Twitter", "Instagram": a platform carries what people say and never speaks itself. */
    boolean isPlatform(String name) {
        return platforms.contains(lower(name));
    }

    /** "y", "and": the words before it and after it are one list ("de Justicia, Seguridad, y Derechos Humanos"). */
    boolean isConjunction(Token token) {
        return token.word() && conjunctions.contains(token.lower());
    }

    /** "who", "quien": a relative clause about the word before its comma. */
    boolean isRelative(Token token) {
        return token.word() && relatives.contains(token.lower());
    }

    /**
     * Where a time expression starting at {@code tokens[at]} ends ("este lunes", "el pasado 19 de julio",
     * "Monday"): the index after its last time word, or {@code at} when none starts there.
     */
    int afterTimePhrase(List<Token> tokens, int at) {
        int end = at;
        for (int i = at; i < tokens.size() && i < at + 6; i++) {
            Token token = tokens.get(i);
            if (!token.word()) {
                break;
            }
            if (timeWords.contains(token.lower()) || (end > at && isNumber(token))) {
                end = i + 1;
            } else if (!timeJoins.contains(token.lower()) && !isNumber(token)) {
                break;
            }
        }
        return end;
    }

    /** Where a time expression ending at {@code tokens[last]} starts ("Rubio on Tuesday said"), or {@code last + 1}. */
    int timePhraseEndingAt(List<Token> tokens, int last) {
        if (last < 0 || !tokens.get(last).word() || !timeWords.contains(tokens.get(last).lower())) {
            return last + 1;
        }
        int first = last;
        if (last >= 2 && tokens.get(last - 1).word() && !timeWords.contains(tokens.get(last - 1).lower())
                && timeJoins.contains(tokens.get(last - 2).lower())) {
            // "on Independence Day", "on election day": the day's own name between the link and the time word
            first = last - 1;
        }
        while (first > 0 && first > last - 6 && tokens.get(first - 1).word()
                && (timeWords.contains(tokens.get(first - 1).lower()) || timeJoins.contains(tokens.get(first - 1).lower())
                || isNumber(tokens.get(first - 1)))) {
            first--;
        }
        return first;
    }

    private static boolean isNumber(Token token) {
        return token.word() && Character.isDigit(token.lower().charAt(0));
    }

    /** Entries of one or more words, by their first word, longest first: "told reporters" before "told". */
    private Map<String, List<String[]>> byFirstWord(List<String> entries) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String entry : entries) {
            String[] words = spelling.words(entry);
            map.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        map.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        return Map.copyOf(map);
    }

    private static Set<String> lowerSet(List<String> entries) {
        Set<String> set = new HashSet<>();
        entries.forEach(e -> set.add(lower(e)));
        return Set.copyOf(set);
    }

    private static String lower(String s) {
        return Spelling.key(s.strip());
    }

    /**
     * A reporting verb or cue phrase as it stands in the text.
     *
     * @param phrase       a name follows it: "según NAME", "according to NAME"
     * @param dropsSubject a verb of a language that leaves out a known subject ("—, añadió")
     * @param addressee    a verb whose next name is the one spoken to ("told CP24:"), not the speaker
     * @param inverted     a verb that carries its subject pronoun after it ("dit-il", "a-t-elle ajouté")
     * @param gerund       a gerund ("saying", "diciendo"): it opens a participle clause whose subject is the
     *                     sentence's, never a name after it
     */
    record Cue(int start, int end, boolean phrase, boolean dropsSubject, boolean addressee, boolean inverted, boolean gerund) {
    }
}
