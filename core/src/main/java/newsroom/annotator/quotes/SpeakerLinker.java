package newsroom.annotator.quotes;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;

/**
 * Gives a speaker the handle of a post by the same person in the article, and a speaker the article names by a post's
 * handle the name that post gives its author ("@AareAgo" is "Ààre Àgò"). Names are the same without
 * regard to accents and case (an ICU collator at primary strength: "Jesús Ramírez Cuevas" = "Jesus
 * Ramirez Cuevas"), and a shorter form matches when all its words are in the longer one and include a
 * surname ("López Obrador" = "Andrés Manuel López Obrador", but "Jesús" alone is no one). A post's
 * author also goes by the names {@code handles.tsv} gives its handle. Immutable and thread-safe.
 */
final class SpeakerLinker {

    private final Collator collator;
    private final Map<String, List<String>> namesByHandle;

    /** @param handleTable lines of {@code handles.tsv}: a handle, a tab, and one or more names separated by tabs */
    SpeakerLinker(List<String> handleTable) {
        Collator primary = Collator.getInstance(ULocale.ROOT);
        primary.setStrength(Collator.PRIMARY);
        this.collator = primary.freeze();
        Map<String, List<String>> names = new HashMap<>();
        for (String line : handleTable) {
            String[] fields = line.split("\t");
            String handle = handleKey(fields[0]);
            for (int i = 1; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    names.computeIfAbsent(handle, h -> new ArrayList<>()).add(fields[i].strip());
                }
            }
        }
        this.namesByHandle = Map.copyOf(names);
    }

    /** The attribution with the handle of the first post in {@code quotes} whose author is the same person. */
    Attribution link(Attribution speaker, List<Quote> quotes) {
        return authorsOf(quotes).link(speaker);
    }

    /**
     * The authors of the posts among {@code quotes}, indexed by the words of their names, so that linking
     * every speaker of a long article looks only at the posts that share a word with the speaker's name.
     */
    Authors authorsOf(List<Quote> quotes) {
        return new Authors(quotes);
    }

    /** The posts' authors of one article, looked up by the words of their names. */
    final class Authors {

        /** The posts with an author and a handle, in text order. */
        private final List<Quote> posts = new ArrayList<>();
        /** For each word of an author's names (collation key), the posts whose author goes by it, in order. */
        private final Map<CollationKey, List<Integer>> postsByWord = new HashMap<>();
        /** The first post of each handle (without "@", in lower case). */
        private final Map<String, Integer> postByHandle = new HashMap<>();

        private Authors(List<Quote> quotes) {
            for (Quote post : quotes) {
                Attribution author = post.attribution();
                if (post.kind() != QuoteKind.POST || author == null || author.handle() == null) {
                    continue;
                }
                int index = posts.size();
                posts.add(post);
                postByHandle.putIfAbsent(handleKey(author.handle()), index);
                for (String name : namesOf(author)) {
                    for (String word : words(name)) {
                        List<Integer> list = postsByWord.computeIfAbsent(collator.getCollationKey(word), k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1) != index) {
                            list.add(index);
                        }
                    }
                }
            }
        }

        /** The attribution with the handle of the first post whose author is the speaker. */
        Attribution link(Attribution speaker) {
            if (speaker == null || speaker.name() == null || posts.isEmpty()) {
                return speaker;
            }
            Integer byHandle = writtenAsHandle(speaker.name()) ? postByHandle.get(handleKey(speaker.name())) : null;
            if (byHandle != null) {
                // "@AareAgo tweeted: “…”" over the post signed "— Ààre Àgò (@AareAgo)": the speaker written as the
                // account is the account's author, by the name the post gives
                Attribution author = posts.get(byHandle).attribution();
                Attribution linked = speaker.withHandle(author.handle());
                boolean named = author.name() != null && author.name().codePoints().filter(Character::isLetter).count() >= 2;
                return named ? linked.withName(author.name(), author.nameAt()) : linked;
            }
            // a post by the same person shares a word with the speaker's name (see samePerson)
            SortedSet<Integer> candidates = new TreeSet<>();
            for (String word : words(speaker.name())) {
                candidates.addAll(postsByWord.getOrDefault(collator.getCollationKey(word), List.of()));
            }
            for (int index : candidates) {
                Attribution author = posts.get(index).attribution();
                for (String name : namesOf(author)) {
                    if (samePerson(speaker.name(), name)) {
                        return speaker.withHandle(author.handle());
                    }
                }
            }
            return speaker;
        }

        /** The author's display name, then the names handles.tsv gives the handle. */
        private List<String> namesOf(Attribution author) {
            List<String> names = new ArrayList<>();
            if (author.name() != null) {
                names.add(author.name());
            }
            names.addAll(namesByHandle.getOrDefault(handleKey(author.handle()), List.of()));
            return names;
        }
    }

    /**
     * Whether a speaker's name is written as an account's, not as a person's: one word that opens in lower case, or has
     * a capital after a small letter, a figure or an underscore ("AareAgo", "franquitoHB"; not "Diplo").
     */
    private static boolean writtenAsHandle(String name) {
        String word = name.strip();
        if (word.isEmpty() || word.indexOf(' ') >= 0) {
            return false;
        }
        if (word.startsWith("@") || !Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '_' || (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two names are one person's (see the class comment). */
    boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] wordsA = words(a);
        String[] wordsB = words(b);
        if (wordsA.length == 0 || wordsB.length == 0) {
            return false;
        }
        String[] shorter = wordsA.length <= wordsB.length ? wordsA : wordsB;
        String[] longer = shorter == wordsA ? wordsB : wordsA;
        boolean surname = false;
        for (String word : shorter) {
            int at = indexOf(longer, word);
            if (at < 0) {
                return false;
            }
            surname |= at > 0 || shorter.length == longer.length;
        }
        return surname;
    }

    private int indexOf(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (collator.equals(words[i], word)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] words(String name) {
        String plain = name.replace(".", " ").replace("@", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split("\\s+");
    }

    private static String handleKey(String handle) {
        String key = handle.strip();
        return (key.startsWith("@") ? key.substring(1) : key).toLowerCase(Locale.ROOT);
    }
}
