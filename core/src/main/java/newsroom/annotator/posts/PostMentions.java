package newsroom.annotator.posts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an article's own prose speaks of a post it embeds: by introducing it ("Trump wrote:", "El
 * periodista Álvaro Morales se burló…") or by reporting, quoting or naming its author. Such a
 * paragraph is the article's, never the post's words. Words compare without case or accents.
 * Immutable and thread-safe.
 */
final class PostMentions {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** Quotation marks: prose quotes, a post's words seldom do. Apostrophes (’ ') are left out: "doesn’t". */
    private static final String QUOTATION_MARKS = "\"“”„«»";
    /** A quotation between a pair of marks: "…", “…”, «…». */
    private static final Pattern QUOTATION = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|«([^»]+)»");
    /** So many characters of a quotation found in a post show that the prose quotes that post. */
    private static final int ECHO = 24;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** Shorter words turn up inside handles by chance ("the" in "@thehill"). */
    private static final int MIN_HANDLE_WORD = 4;

    private final Set<String> leadIns;
    private final Set<String> reportingWords;
    private final KnownNames knownNames;

    /**
     * @param leadIns        words with which prose reports a post ("tweeted", "publicó")
     * @param reportingVerbs the verbs that introduce quotations; entries of several words are left out
     * @param knownNames     other names of accounts' owners
     */
    PostMentions(Collection<String> leadIns, Collection<String> reportingVerbs, KnownNames knownNames) {
        this.leadIns = folded(leadIns);
        Set<String> reporting = new HashSet<>(this.leadIns);
        reporting.addAll(folded(reportingVerbs.stream().filter(v -> !v.strip().contains(" ")).toList()));
        this.reportingWords = Set.copyOf(reporting);
        this.knownNames = knownNames;
    }

    /**
     * Whether the paragraph introduces the post that {@code signature} closes: it ends with a colon,
     * names the author in full ("El sacerdote dominico Nelson Medina…"), or names the author and reports
     * the post ("Last night, Trump posted a video…"). A one-word name ("Tesla") needs the report: a
     * brand's post names the brand.
     */
    boolean introduces(String paragraph, Mark signature) {
        if (paragraph.endsWith(":")) {
            return true;
        }
        Set<String> words = words(paragraph);
        List<String> name = nameWords(signature.name());
        if (name.size() >= 2 && words.containsAll(name)) {
            return true;
        }
        return namesAuthor(paragraph, words, name, signature) && words.stream().anyMatch(leadIns::contains);
    }

    /**
     * Whether the paragraph announces the post {@code post} (the words between it and the signature): it
     * ends with a colon, introduces the post without quoting anything, or quotes the post's own words. A
     * paragraph that names the author and quotes something else ("“…,” the department said") reports a
     * statement, and what follows it need not be the post.
     */
    boolean announces(String paragraph, Mark signature, String post) {
        return paragraph.endsWith(":") || (!quotes(paragraph) && introduces(paragraph, signature))
                || quotesFrom(paragraph, post);
    }

    /**
     * Whether the paragraph quotes words that the post holds: prose that quotes a post before showing it
     * ("“Nueve ministros pasaron por encima…”, tuiteó el lunes el secretario"). Line breaks and runs of
     * blanks do not count: the page may break the post where the prose does not.
     */
    private static boolean quotesFrom(String paragraph, String post) {
        if (!quotes(paragraph)) {
            return false;
        }
        String words = BLANKS.matcher(post).replaceAll(" ");
        Matcher quotation = QUOTATION.matcher(paragraph);
        while (quotation.find()) {
            String quoted = quotation.group(1) != null ? quotation.group(1)
                    : quotation.group(2) != null ? quotation.group(2) : quotation.group(3);
            String opening = BLANKS.matcher(quoted.strip()).replaceAll(" ");
            if (opening.length() >= ECHO && words.contains(opening.substring(0, ECHO))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the paragraph speaks of the post rather than in it: it introduces something (ends with a
     * colon), quotes, reports ("agregó", "said"), or names the post's author by the display name, the
     * handle or another name the author goes by.
     */
    boolean speaksOf(String paragraph, Mark signature) {
        if (paragraph.endsWith(":") || quotes(paragraph)) {
            return true;
        }
        Set<String> words = words(paragraph);
        return words.stream().anyMatch(reportingWords::contains)
                || namesAuthor(paragraph, words, nameWords(signature.name()), signature);
    }

    /**
     * Whether the paragraph names the account that {@code signature} signs: by a word of the display name,
     * the handle, another name its owner goes by, or a word of four letters or more that the handle holds
     * ("Diggs" in @qdiggs6).
     */
    boolean namesAccount(String paragraph, Mark signature) {
        Set<String> words = words(paragraph);
        if (namesAuthor(paragraph, words, nameWords(signature.name()), signature)) {
            return true;
        }
        String handle = signature.handle() == null ? "" : fold(signature.handle());
        return words.stream().anyMatch(w -> w.length() >= MIN_HANDLE_WORD && handle.contains(w));
    }

    private static boolean quotes(String paragraph) {
        return paragraph.chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0);
    }

    private boolean namesAuthor(String paragraph, Set<String> words, List<String> name, Mark signature) {
        if (name.stream().anyMatch(words::contains)) {
            return true;
        }
        String handle = signature.handle();
        if (handle != null && paragraph.toLowerCase(Locale.ROOT).contains(handle.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String known : knownNames.of(handle)) {
            List<String> knownWords = List.copyOf(words(known));
            if (!knownWords.isEmpty() && words.containsAll(knownWords)) {
                return true;
            }
        }
        return false;
    }

    /** A display name's words of three letters or more: "J." and "de" name nobody. */
    private static List<String> nameWords(String name) {
        return name == null ? List.of() : words(name).stream().filter(w -> w.length() >= 3).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NON_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<String> folded(Collection<String> entries) {
        List<String> words = new ArrayList<>();
        for (String entry : entries) {
            words.add(fold(entry.strip()));
        }
        return Set.copyOf(words);
    }

    /** Lower case without accents: "Publicó" and "publico", "Ramírez" and "Ramirez" are the same word here. */
    private static String fold(String text) {
        String decomposed = NFD.normalize(text.toLowerCase(Locale.ROOT));
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            if (UCharacter.getIntPropertyValue(c, UProperty.GENERAL_CATEGORY) != UCharacter.NON_SPACING_MARK) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }
}
