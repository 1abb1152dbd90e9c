package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * The words that tell who speaks, read once from the dictionaries of every configured language:
 * reporting verbs ("said", "afirmó"), cue phrases ("according to", "según"), roles and titles to strip
 * from names ("spokesman", "presidente"), articles, pronouns, and the small words that are never names.
 * Every language's lists apply to every sentence: an English article quotes "dijo" as often as a Spanish
 * one writes "the AP". Immutable and thread-safe.
 */
final class ReportingCues {

    /** Languages whose verbs go without a subject ("—, añadió"): their verbs refer back to the last speaker. */
    private static final Set<String> PRO_DROP = Set.of("es", "pt", "it", "ca", "gl", "ro");

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

    private ReportingCues(List<String> verbs, List<String> subjectlessVerbs, List<String> auxiliaries,
                          List<String> phrases, List<String> roles,
                          List<String> articles, List<String> pronouns, List<String> functionWords,
                          List<String> adverbs, List<String> roleLinks, List<String> particles, List<String> abbreviations,
                          List<String> timeWords, List<String> relatives, List<String> placePrepositions,
                          List<String> conjunctions, List<String> platforms, Map<String, Set<String>> linksByRole,
                          List<String> objectRelatives, List<String> spokespersonRoles) {
        this.spokespersonRoles = lowerSet(spokespersonRoles);
        this.linksByRole = Map.copyOf(linksByRole);
        this.objectRelatives = lowerSet(objectRelatives);
        this.verbs = byFirstWord(verbs);
        this.subjectlessVerbs = byFirstWord(subjectlessVerbs);
        this.phrases = byFirstWord(phrases);
        this.auxiliaries = lowerSet(auxiliaries);
        this.rolesByFirstWord = byFirstWord(roles);
        Map<String, Boolean> definite = new HashMap<>();
        for (String line : articles) {
            String[] fields = line.split("\\s+");
            definite.put(lower(fields[0]), fields.length < 2 || !fields[1].equalsIgnoreCase("indefinite"));
        }
        this.definiteByArticle = Map.copyOf(definite);
        this.pronouns = lowerSet(pronouns);
        this.functionWords = lowerSet(functionWords);
        this.adverbs = lowerSet(adverbs.stream().filter(a -> !a.startsWith("-")).toList());
        this.adverbEndings = adverbs.stream().filter(a -> a.startsWith("-") && a.length() > 1)
                .map(a -> lower(a.substring(1))).toList();
        Set<String> links = new HashSet<>();
        Set<String> definiteLinks = new HashSet<>();
        for (String line : roleLinks) {
            String[] fields = line.split("\\s+");
            links.add(lower(fields[0]));
            if (fields.length > 1 && fields[1].equalsIgnoreCase("definite")) {
                definiteLinks.add(lower(fields[0]));
            }
        }
        this.roleLinks = Set.copyOf(links);
        this.definiteLinks = Set.copyOf(definiteLinks);
        this.particles = lowerSet(particles);
        this.abbreviations = lowerSet(abbreviations);
        Set<String> times = new HashSet<>();
        Set<String> joins = new HashSet<>();
        for (String line : timeWords) {
            String[] fields = line.split("\\s+");
            (fields.length > 1 && fields[1].equalsIgnoreCase("joins") ? joins : times).add(lower(fields[0]));
        }
        this.timeWords = Set.copyOf(times);
        this.timeJoins = Set.copyOf(joins);
        this.relatives = lowerSet(relatives);
        this.placePrepositions = lowerSet(placePrepositions);
        this.conjunctions = lowerSet(conjunctions);
        this.platforms = lowerSet(platforms);
    }

    /** The cues of the given languages, from their dictionaries. */
    static ReportingCues load(Dictionaries dictionaries, List<String> languages) {
        List<String> withSubject = languages.stream().filter(l -> !PRO_DROP.contains(l)).toList();
        List<String> withoutSubject = languages.stream().filter(PRO_DROP::contains).toList();
        return new ReportingCues(
                dictionaries.list(withSubject, "reporting-verbs"),
                dictionaries.list(withoutSubject, "reporting-verbs"),
                dictionaries.list(languages, "auxiliaries"),
                dictionaries.list(languages, "cue-phrases"),
                dictionaries.list(languages, "roles"),
                dictionaries.list(languages, "articles"),
                dictionaries.list(languages, "pronouns"),
                dictionaries.list(languages, "function-words"),
                dictionaries.list(languages, "adverbs"),
                dictionaries.list(languages, "role-links"),
                dictionaries.table("name-particles.txt"),
                dictionaries.list(languages, "abbreviations"),
                dictionaries.list(languages, "time-words"),
                dictionaries.list(languages, "relatives"),
                dictionaries.list(languages, "place-prepositions"),
                dictionaries.list(languages, "conjunctions"),
                dictionaries.table("platform-names.txt"),
                linksByRole(dictionaries, languages),
                dictionaries.list(languages, "object-relatives"),
                dictionaries.list(languages, "spokesperson-roles"));
    }

    /** Each role of each language with the role links of that language. */
    private static Map<String, Set<String>> linksByRole(Dictionaries dictionaries, List<String> languages) {
        Map<String, Set<String>> links = new HashMap<>();
        for (String language : languages) {
            List<String> own = dictionaries.list(language, "role-links").stream()
                    .map(line -> lower(line.split("\\s+")[0])).toList();
            for (String role : dictionaries.list(language, "roles")) {
                links.computeIfAbsent(String.join(" ", lower(role).split("\\s+")), r -> new HashSet<>()).addAll(own);
            }
        }
        links.replaceAll((role, set) -> Set.copyOf(set));
        return links;
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
                    withoutSubject == length && phrase < length));
            i += length - 1;
        }
        return cues;
    }

    /** Whether the text holds a reporting verb or cue phrase. */
    boolean anyIn(CharSequence text) {
        String string = text.toString();
        return !find(Token.of(string, 0, string.length(), abbreviations)).isEmpty();
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
     */
    record Cue(int start, int end, boolean phrase, boolean dropsSubject) {
    }
}
