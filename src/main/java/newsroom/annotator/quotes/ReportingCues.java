package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * The words that tell who speaks, read once from the dictionaries of a set of languages (those an article
 * is written in): reporting verbs ("said", "afirmó"), cue phrases ("according to", "según"), roles and
 * titles to strip from names ("spokesman", "presidente"), articles, pronouns, and the small words that are
 * never names. Every list of the set applies to every sentence: an English article with Spanish paragraphs
 * quotes "dijo" as often as a Spanish one writes "the AP". Immutable and thread-safe.
 */
final class ReportingCues {

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
    private final Set<String> roleLinks;
    /** For each role ("mayor", "secretario"), the links of its own language: "Mayor de Blasio" has none. */
    private final Map<String, Set<String>> linksByRole;
    /** Prepositions that make a relative clause's antecedent its object: "al que acusó". */
    private final Set<String> objectRelatives;
    /** Roles whose holder speaks for an organisation ("portavoz", "spokesman"). */
    private final Set<String> spokespersonRoles;
    private final Set<String> definiteLinks;
    private final Set<String> particles;
    private final Set<String> abbreviations;
    private final Set<String> timeWords;
    private final Set<String> timeJoins;
    private final Set<String> relatives;
    private final Set<String> placePrepositions;
    private final Set<String> conjunctions;
    private final Set<String> platforms;
    /** Reporting verbs whose next name is the one spoken to ("told CP24:"). */
    private final Set<String> addresseeVerbs;
    /** Texts that carry words ("statement", "tuit"). */
    private final Set<String> documents;
    /** Organisations and groups ("company", "banda"). */
    private final Set<String> groups;
    /** Words that make the quoted words after them a mention of words ("el término “…”"). */
    private final Set<String> termLeadIns;
    /** Every configured language's reporting constructions, in their files' order. */
    private final List<Construction> constructions;
    private final Set<String> dialogueLanguages;
    private final Set<String> subjectDroppingLanguages;
    private final int longestCue;

    private ReportingCues(List<Lexicon> lexicons, List<String> particles, List<String> platforms) {
        this.spokespersonRoles = lowerSet(all(lexicons, Lexicon::spokespersonRoles));
        this.linksByRole = linksByRole(lexicons);
        this.objectRelatives = lowerSet(all(lexicons, Lexicon::objectRelatives));
        this.verbs = byFirstWord(all(lexicons.stream().filter(l -> !l.dropsSubjects()).toList(), Lexicon::reportingVerbs));
        this.subjectlessVerbs = byFirstWord(all(lexicons.stream().filter(Lexicon::dropsSubjects).toList(), Lexicon::reportingVerbs));
        this.addresseeVerbs = lowerSet(all(lexicons, Lexicon::addresseeVerbs));
        this.phrases = byFirstWord(all(lexicons, Lexicon::cuePhrases));
        this.auxiliaries = lowerSet(all(lexicons, Lexicon::auxiliaries));
        this.rolesByFirstWord = byFirstWord(all(lexicons, Lexicon::roles));
        Map<String, Boolean> definite = new HashMap<>();
        for (String line : all(lexicons, Lexicon::articles)) {
            String[] fields = line.split("\\s+");
            definite.put(lower(fields[0]), fields.length < 2 || !fields[1].equalsIgnoreCase("indefinite"));
        }
        this.definiteByArticle = Map.copyOf(definite);
        this.pronouns = lowerSet(all(lexicons, Lexicon::pronouns));
        this.functionWords = lowerSet(all(lexicons, Lexicon::functionWords));
        List<String> adverbs = all(lexicons, Lexicon::adverbs);
        this.adverbs = lowerSet(adverbs.stream().filter(a -> !a.startsWith("-")).toList());
        this.adverbEndings = adverbs.stream().filter(a -> a.startsWith("-") && a.length() > 1)
                .map(a -> lower(a.substring(1))).toList();
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
        this.particles = lowerSet(particles);
        this.abbreviations = lowerSet(all(lexicons, Lexicon::abbreviations));
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
        this.conjunctions = lowerSet(all(lexicons, Lexicon::conjunctions));
        this.platforms = lowerSet(platforms);
        this.documents = lowerSet(all(lexicons, Lexicon::documents));
        this.groups = lowerSet(all(lexicons, Lexicon::groups));
        this.termLeadIns = lowerSet(all(lexicons, Lexicon::termLeadIns));
        this.constructions = lexicons.stream().flatMap(lexicon -> lexicon.constructions().stream()).toList();
        this.subjectDroppingLanguages = lexicons.stream().filter(Lexicon::dropsSubjects).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.dialogueLanguages = lexicons.stream().filter(Lexicon::dialogueDashes).map(Lexicon::language)
                .collect(Collectors.toUnmodifiableSet());
        this.longestCue = 1 + Stream.of(verbs, subjectlessVerbs, phrases).flatMap(map -> map.values().stream())
                .flatMap(List::stream).mapToInt(words -> words.length).max().orElse(0);
    }

    /** The most words a reporting verb or cue phrase has, with its auxiliary ("ha dicho a la prensa"). */
    int longestCue() {
        return longestCue;
    }

    /** Whether the language leaves out a subject the reader knows ("Además, elogió …"). */
    boolean dropsSubjects(String language) {
        return language != null && subjectDroppingLanguages.contains(language);
    }

    /** The languages whose writers open a paragraph of speech with a dash. */
    Set<String> dialogueLanguages() {
        return dialogueLanguages;
    }

    /** The cues of the given languages, from their lexicons, with the tables every language shares. */
    static ReportingCues load(Dictionaries dictionaries, List<String> languages) {
        List<Lexicon> lexicons = languages.stream().map(language -> Lexicon.load(dictionaries, language)).toList();
        return new ReportingCues(lexicons, dictionaries.table("name-particles.txt"), dictionaries.table("platform-names.txt"));
    }

    private static List<String> all(List<Lexicon> lexicons, Function<Lexicon, List<String>> list) {
        List<String> entries = new ArrayList<>();
        lexicons.forEach(lexicon -> entries.addAll(list.apply(lexicon)));
        return entries;
    }

    /** Each role of each language with the role links of that language: "Mayor de Blasio" has none. */
    private static Map<String, Set<String>> linksByRole(List<Lexicon> lexicons) {
        Map<String, Set<String>> links = new HashMap<>();
        for (Lexicon lexicon : lexicons) {
            List<String> own = lexicon.roleLinks().stream().map(line -> lower(line.split("\\s+")[0])).toList();
            for (String role : lexicon.roles()) {
                links.computeIfAbsent(String.join(" ", lower(role).split("\\s+")), r -> new HashSet<>()).addAll(own);
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
            int withSubject = longest(verbs, tokens, i);
            int withoutSubject = longest(subjectlessVerbs, tokens, i);
            int length = Math.max(phrase, Math.max(withSubject, withoutSubject));
            if (length == 0) {
                continue;
            }
            // "ha señalado", "has said": the auxiliary belongs to the cue as written
            int first = i > 0 && phrase < length && auxiliaries.contains(tokens.get(i - 1).lower()) ? i - 1 : i;
            cues.add(new Cue(tokens.get(first).start(), tokens.get(i + length - 1).end(), phrase == length,
                    withoutSubject == length && phrase < length, phrase < length && addresseeVerbs.contains(words(tokens, i, length))));
            i += length - 1;
        }
        return cues;
    }

    /** Whether the text holds a reporting verb or cue phrase. */
    boolean anyIn(CharSequence text) {
        String string = text.toString();
        return !find(Token.of(string, 0, string.length(), abbreviations)).isEmpty();
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

    /** The reporting constructions of every configured language, in order. */
    List<Construction> constructions() {
        return constructions;
    }

    /** A word after which quoted words are a mention of words, not speech: "term", "término". */
    boolean isTermLeadIn(Token token) {
        return token.word() && termLeadIns.contains(token.lower());
    }

    /** An organisation or group: "company", "banda". */
    boolean isGroup(Token token) {
        return token.word() && groups.contains(token.lower());
    }

    /** How many tokens the longest entry starting at {@code tokens[at]} takes, or 0. */
    private static int longest(Map<String, List<String[]>> entries, List<Token> tokens, int at) {
        List<String[]> candidates = entries.get(tokens.get(at).lower());
        if (candidates != null) {
            for (String[] entry : candidates) {
                if (matches(tokens, at, entry)) {
                    return entry.length;
                }
            }
        }
        return 0;
    }

    /** The article's tokens, read once, with the abbreviations of every configured language. */
    TokenView view(String text) {
        return TokenView.of(text, abbreviations);
    }

    /** How many tokens the longest role starting at {@code tokens[at]} takes ("secretary of state"), or 0. */
    int roleAt(List<Token> tokens, int at) {
        return longest(rolesByFirstWord, tokens, at);
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
                if (at + role.length - 1 == last && matches(tokens, at, role)) {
                    best = Math.max(best, role.length);
                }
            }
        }
        return best;
    }

    private static boolean matches(List<Token> tokens, int at, String[] role) {
        if (at + role.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < role.length; k++) {
            Token token = tokens.get(at + k);
            if (!token.word() || !token.lower().equals(role[k])) {
                return false;
            }
        }
        return true;
    }

    boolean isArticle(Token token) {
        return token.word() && definiteByArticle.containsKey(token.lower());
    }

    boolean isDefinite(Token token) {
        return Boolean.TRUE.equals(definiteByArticle.get(token.lower()));
    }

    boolean isPronoun(Token token) {
        return token.word() && pronouns.contains(token.lower());
    }

    boolean isFunctionWord(Token token) {
        return token.word() && functionWords.contains(token.lower());
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

    /** A preposition that, before a relative pronoun, makes the antecedent the clause's object ("al que"). */
    boolean isObjectRelative(Token token) {
        return token.word() && objectRelatives.contains(token.lower());
    }

    boolean isParticle(Token token) {
        return token.word() && particles.contains(token.lower());
    }

    /** "en", "desde", "in", "from": the name after it says where, it is nobody's subject ("en Bogotá, … dijo"). */
    boolean isPlacePreposition(Token token) {
        return token.word() && placePrepositions.contains(token.lower());
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
    private static Map<String, List<String[]>> byFirstWord(List<String> entries) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String entry : entries) {
            String[] words = lower(entry).split("\\s+");
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
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A reporting verb or cue phrase as it stands in the text.
     *
     * @param phrase       a name follows it: "según NAME", "according to NAME"
     * @param dropsSubject a verb of a language that leaves out a known subject ("—, añadió")
     * @param addressee    a verb whose next name is the one spoken to ("told CP24:"), not the speaker
     */
    record Cue(int start, int end, boolean phrase, boolean dropsSubject, boolean addressee) {
    }
}
