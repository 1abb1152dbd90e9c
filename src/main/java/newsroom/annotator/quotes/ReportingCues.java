package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * The words that tell who speaks, read once from the dictionaries of every configured language:
 * reporting verbs ("said", "afirmó"), cue phrases ("according to", "según"), roles and titles to strip
 * from names ("spokesman", "presidente"), articles, pronouns, and the small words that are never names.
 * Every language's lists apply to every sentence: an English article quotes "dijo" as often as a Spanish
 * one writes "the AP". Immutable and thread-safe.
 */
final class ReportingCues {

    private static final String WORD_EDGE = "[\\p{L}\\p{M}\\p{Nd}\\-'’]";

    /** Languages whose verbs go without a subject ("—, añadió"): their verbs refer back to the last speaker. */
    private static final Set<String> PRO_DROP = Set.of("es", "pt", "it", "ca", "gl", "ro");

    private final Pattern verbs;
    private final Pattern subjectlessVerbs;
    private final Pattern phrases;
    private final Map<String, List<String[]>> rolesByFirstWord;
    private final Map<String, Boolean> definiteByArticle;
    private final Set<String> pronouns;
    private final Set<String> functionWords;
    private final Set<String> adverbs;
    private final Set<String> roleLinks;
    private final Set<String> particles;
    private final Set<String> abbreviations;

    private ReportingCues(List<String> verbs, List<String> subjectlessVerbs, List<String> auxiliaries,
                          List<String> phrases, List<String> roles,
                          List<String> articles, List<String> pronouns, List<String> functionWords,
                          List<String> adverbs, List<String> roleLinks, List<String> particles, List<String> abbreviations) {
        this.verbs = verbPattern(auxiliaries, verbs);
        this.subjectlessVerbs = verbPattern(auxiliaries, subjectlessVerbs);
        this.phrases = Pattern.compile("(?<!" + WORD_EDGE + ")(?:" + alternatives(phrases) + ")(?!" + WORD_EDGE + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.rolesByFirstWord = new HashMap<>();
        for (String role : roles) {
            String[] words = lower(role).split("\\s+");
            rolesByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        rolesByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        this.definiteByArticle = new HashMap<>();
        for (String line : articles) {
            String[] fields = line.split("\\s+");
            definiteByArticle.put(lower(fields[0]), fields.length < 2 || !fields[1].equalsIgnoreCase("indefinite"));
        }
        this.pronouns = lowerSet(pronouns);
        this.functionWords = lowerSet(functionWords);
        this.adverbs = lowerSet(adverbs);
        this.roleLinks = lowerSet(roleLinks);
        this.particles = lowerSet(particles);
        this.abbreviations = lowerSet(abbreviations);
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
                dictionaries.list(languages, "abbreviations"));
    }

    /** The reporting verbs ("said", "ha señalado") and cue phrases ("according to") in text[from, to), in order. */
    List<Cue> find(String text, int from, int to) {
        List<Cue> cues = new ArrayList<>();
        collect(verbs, text, from, to, false, false, cues);
        collect(subjectlessVerbs, text, from, to, false, true, cues);
        collect(phrases, text, from, to, true, false, cues);
        cues.sort(Comparator.comparingInt(Cue::start).thenComparing(Comparator.comparingInt(Cue::end).reversed()));
        // a word in two languages' lists is one cue
        List<Cue> distinct = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).end() <= cue.start()) {
                distinct.add(cue);
            }
        }
        return distinct;
    }

    /** Whether the text holds a reporting verb or cue phrase. */
    boolean anyIn(CharSequence text) {
        return verbs.matcher(text).find() || subjectlessVerbs.matcher(text).find() || phrases.matcher(text).find();
    }

    private static Pattern verbPattern(List<String> auxiliaries, List<String> verbs) {
        return Pattern.compile("(?<!" + WORD_EDGE + ")(?:(?:" + alternatives(auxiliaries) + ")\\s+)?(?:"
                + alternatives(verbs) + ")(?!" + WORD_EDGE + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void collect(Pattern pattern, String text, int from, int to, boolean phrase, boolean dropsSubject,
                                List<Cue> cues) {
        if (from >= to) {
            return;
        }
        Matcher matcher = pattern.matcher(text).region(from, to).useTransparentBounds(true);
        while (matcher.find()) {
            cues.add(new Cue(matcher.start(), matcher.end(), phrase, dropsSubject));
        }
    }

    List<Token> tokens(String text, int from, int to) {
        return Token.of(text, from, to, abbreviations);
    }

    /** How many tokens the longest role starting at {@code tokens[at]} takes ("secretary of state"), or 0. */
    int roleAt(List<Token> tokens, int at) {
        List<String[]> candidates = rolesByFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return 0;
        }
        for (String[] role : candidates) {
            if (matches(tokens, at, role)) {
                return role.length;
            }
        }
        return 0;
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
        return token.word() && adverbs.contains(token.lower());
    }

    boolean isRoleLink(Token token) {
        return token.word() && roleLinks.contains(token.lower());
    }

    boolean isParticle(Token token) {
        return token.word() && particles.contains(token.lower());
    }

    private static String alternatives(List<String> entries) {
        if (entries.isEmpty()) {
            return "(?!)";
        }
        // longest first, so that "told reporters" wins over "told"
        return entries.stream()
                .map(ReportingCues::lower)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
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
