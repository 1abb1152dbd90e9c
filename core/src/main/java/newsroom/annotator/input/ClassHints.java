package newsroom.annotator.input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.Dictionaries;
import org.jsoup.nodes.Element;

/**
 * What the words of an element's {@code class} and {@code id} say of the region it holds
 * ({@code dictionaries/markup-classes.tsv}): the article's content, chrome, a teaser, a caption… The
 * words are generic roles ("related", "share", "standfirst"), never one site's names. Immutable and
 * thread-safe.
 */
final class ClassHints {

    private static final Pattern HEADING = Pattern.compile("h[2-6]");

    /** The role a class word gives its element. */
    enum Role { CONTENT, ASIDE, CHROME, PULLQUOTE, TEASER, CAPTION, BYLINE }

    /** A word this long also matches at the start or end of a longer word… */
    private static final int AFFIX_MIN_LETTERS = 5;
    /** …when this many letters are left ("commentlist", not "commentary"). */
    private static final int AFFIX_MIN_REST = 4;

    /** One-word entries by their word; entries of several words apart. */
    private final Map<String, Set<Role>> words = new HashMap<>();
    private final List<Map.Entry<Role, List<String>>> phrases = new ArrayList<>();
    private final Map<String, Set<Role>> affixes = new HashMap<>();

    ClassHints(List<String> table) {
        for (String line : table) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalArgumentException("markup-classes.tsv: expected 'kind<TAB>word', got '" + line + "'");
            }
            Role role = Role.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
            List<String> entry = words(columns[1]);
            if (entry.size() == 1) {
                String word = entry.get(0);
                words.computeIfAbsent(word, w -> EnumSet.noneOf(Role.class)).add(role);
                if (word.length() >= AFFIX_MIN_LETTERS) {
                    affixes.computeIfAbsent(word, w -> EnumSet.noneOf(Role.class)).add(role);
                }
            } else if (!entry.isEmpty()) {
                phrases.add(Map.entry(role, entry));
            }
        }
    }

    static ClassHints load(Dictionaries dictionaries) {
        return new ClassHints(dictionaries.table("markup-classes.tsv"));
    }

    /** A cache of {@link #of} for the elements of one page; not thread-safe, as a page is read on one thread. */
    PageRoles forPage() {
        return new PageRoles(this);
    }

    /** The roles the element's class and id words give it; empty when they say nothing. */
    Set<Role> of(Element element) {
        String classes = element.className();
        String id = element.id();
        if (classes.isEmpty() && id.isEmpty()) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        add(words(classes), roles);
        add(words(id), roles);
        return roles;
    }

    private void add(List<String> tokens, Set<Role> roles) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Set<Role> whole = words.get(token);
            if (whole != null) {
                roles.addAll(whole);
            } else if (token.length() >= AFFIX_MIN_LETTERS + AFFIX_MIN_REST) {
                for (Map.Entry<String, Set<Role>> affix : affixes.entrySet()) {
                    String word = affix.getKey();
                    if (token.length() - word.length() >= AFFIX_MIN_REST
                            && (token.startsWith(word) || token.endsWith(word))) {
                        roles.addAll(affix.getValue());
                    }
                }
            }
        }
        for (Map.Entry<Role, List<String>> phrase : phrases) {
            if (containsRun(tokens, phrase.getValue())) {
                roles.add(phrase.getKey());
            }
        }
    }

    private static boolean containsRun(List<String> tokens, List<String> run) {
        for (int start = 0; start + run.size() <= tokens.size(); start++) {
            if (tokens.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    /** "article__body relatedPosts" as [article, body, related, posts]. */
    static List<String> words(String attribute) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            boolean capitalAfterSmall = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(attribute.charAt(i - 1));
            if ((!letterOrDigit || capitalAfterSmall) && !word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (letterOrDigit) {
                word.append(Character.toLowerCase(c));
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** The roles of one page's elements, each read once. */
    static final class PageRoles {

        private final ClassHints hints;
        private final Map<Element, Set<Role>> roles = new IdentityHashMap<>();

        private PageRoles(ClassHints hints) {
            this.hints = hints;
        }

        Set<Role> of(Element element) {
            return roles.computeIfAbsent(element, hints::of);
        }

        /**
         * Chrome by its class words, unless they also say content ("main-content has-sidebar"); or a
         * region that opens with a heading whose class words say chrome ("Related posts" over the teasers
         * of other stories).
         */
        boolean chrome(Element element) {
            return chromeByWords(element) || headedAsChrome(element);
        }

        /** A region that opens with a heading whose class words say chrome. */
        boolean headedAsChrome(Element element) {
            Element first = element.firstElementChild();
            return first != null && HEADING.matcher(first.normalName()).matches() && chromeByWords(first);
        }

        boolean chromeByWords(Element element) {
            Set<Role> of = of(element);
            return of.contains(Role.CHROME) && !of.contains(Role.CONTENT);
        }

        boolean has(Element element, Role role) {
            return of(element).contains(role);
        }
    }
}
