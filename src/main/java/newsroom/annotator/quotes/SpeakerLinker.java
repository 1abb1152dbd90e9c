package newsroom.annotator.quotes;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;

/**
 * Gives a speaker the handle of a post by the same person in the article. Names are the same without
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
        if (speaker == null || speaker.name() == null) {
            return speaker;
        }
        for (Quote post : quotes) {
            Attribution author = post.attribution();
            if (post.kind() != QuoteKind.POST || author == null || author.handle() == null) {
                continue;
            }
            if (samePerson(speaker.name(), author.name())) {
                return speaker.withHandle(author.handle());
            }
            for (String known : namesByHandle.getOrDefault(handleKey(author.handle()), List.of())) {
                if (samePerson(speaker.name(), known)) {
                    return speaker.withHandle(author.handle());
                }
            }
        }
        return speaker;
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
