package newsroom.annotator.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "it", "de");
    /** Every list the annotator reads as a {@link PhraseList}. */
    private static final List<String> LISTS = List.of("boilerplate", "boilerplate-within", "page-controls", "sections",
            "more-stories", "byline", "agencies", "caption-credits", "bio-roles", "bio-contact", "bio-headings");
    private static final Dictionaries DICTIONARIES = Dictionaries.load(Optional.empty());

    @Test
    void anOpenerOpensWholeWordsOnly() {
        PhraseList list = new PhraseList(DICTIONARIES, List.of("es"), "boilerplate");
        String opener = openers(List.of("es"), "boilerplate").keySet().iterator().next();
        assertEquals(opener.length(), list.opener(opener + " algo"));
        assertEquals(opener.length(), list.opener(opener));
        if (Character.isLetterOrDigit(opener.charAt(opener.length() - 1))) {
            assertEquals(-1, list.opener(opener + "x"), "an opener does not open a longer word");
        }
        assertNull(list.openerMatch("zzzz qqqq"));
    }

    /**
     * The look-up by first word finds what reading every opener longest first finds, on the packaged lists of
     * every language: on the openers themselves, cut short or run on, and on the lines of the gold articles.
     */
    @Test
    void theIndexFindsWhatAScanOfEveryOpenerFinds() throws IOException {
        List<String> keys = keys();
        int found = 0;
        for (String name : LISTS) {
            for (List<String> languages : List.of(LANGUAGES, List.of("es"), List.of("de"), List.of("en", "es"))) {
                PhraseList list = new PhraseList(DICTIONARIES, languages, name);
                Map<String, Set<String>> openers = openers(languages, name);
                for (String key : keys) {
                    PhraseList.Match expected = scan(openers, key);
                    assertEquals(expected, list.openerMatch(key), () -> name + " " + languages + ": \"" + key + "\"");
                    found += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(found > 1000, "the keys exercise the openers: " + found);
    }

    /** The longest opener the key starts with as whole words, read from every opener: the reference. */
    private static PhraseList.Match scan(Map<String, Set<String>> openers, String key) {
        String best = null;
        for (String opener : openers.keySet()) {
            if (!key.startsWith(opener)) {
                continue;
            }
            boolean wholeWords = key.length() == opener.length() || !Character.isLetterOrDigit(key.charAt(opener.length()))
                    || !Character.isLetterOrDigit(opener.charAt(opener.length() - 1));
            if (wholeWords && (best == null || opener.length() > best.length())) {
                best = opener;
            }
        }
        return best == null ? null : new PhraseList.Match(best.length(), openers.get(best));
    }

    /** The openers of a list ("Lee también…"), as keys, with the languages whose lists hold each. */
    private static Map<String, Set<String>> openers(List<String> languages, String name) {
        Map<String, Set<String>> openers = new LinkedHashMap<>();
        for (String language : languages) {
            for (String entry : DICTIONARIES.list(language, name)) {
                String trimmed = entry.strip();
                int cut = trimmed.endsWith("…") ? 1 : trimmed.endsWith("...") ? 3 : -1;
                String opener = cut < 0 ? "" : TextKey.of(trimmed.substring(0, trimmed.length() - cut));
                if (!opener.isEmpty()) {
                    openers.computeIfAbsent(opener, k -> new LinkedHashSet<>()).add(language);
                }
            }
        }
        return openers;
    }

    private static List<String> keys() throws IOException {
        Set<String> keys = new LinkedHashSet<>(List.of("", " ", ":", "»", "a"));
        for (String name : LISTS) {
            for (String language : LANGUAGES) {
                for (String entry : DICTIONARIES.list(language, name)) {
                    String key = TextKey.of(entry.strip().replaceAll("(…|\\.\\.\\.)$", ""));
                    for (String suffix : List.of("", " ", "x", " x", ":", ": x", "s", "1", "…")) {
                        keys.add(key + suffix);
                    }
                    for (int end = 1; end < key.length(); end++) {
                        keys.add(key.substring(0, end));
                    }
                }
            }
        }
        Path gold = Path.of("src/test/resources/gold");
        if (Files.isDirectory(gold)) {
            try (Stream<Path> files = Files.list(gold)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String key = TextKey.withoutLeadingSymbols(TextKey.of(line));
                        keys.add(key.substring(0, Math.min(key.length(), 80)));
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }
}
