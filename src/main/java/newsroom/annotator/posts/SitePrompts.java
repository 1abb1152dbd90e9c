package newsroom.annotator.posts;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The prompts a site puts between an article's paragraphs ("TE PUEDE INTERESAR: …", "Read more: …"), read
 * from the boilerplate lists: an entry ending in "…" opens a paragraph, any other is a whole paragraph.
 * Such a line is the page's, never a post's words, though it often runs on without a final stop right
 * above an embed. Case, accents and punctuation do not matter. Immutable and thread-safe.
 */
final class SitePrompts {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String OPENS = "…";
    /** A paragraph this long is prose, whatever it starts with (as the boilerplate lists say). */
    private static final int MAX_WORDS = 40;

    private final List<String> openers = new ArrayList<>();
    private final Set<String> lines = new HashSet<>();

    SitePrompts(Collection<String> entries) {
        for (String entry : entries) {
            String trimmed = entry.strip();
            boolean opens = trimmed.endsWith(OPENS) || trimmed.endsWith("...");
            String key = key(opens ? trimmed.substring(0, trimmed.length() - (trimmed.endsWith(OPENS) ? 1 : 3)) : trimmed);
            if (!key.isEmpty()) {
                (opens ? openers : lines).add(key);
            }
        }
    }

    /** Whether the paragraph is one of the site's prompts. */
    boolean isPrompt(String paragraph) {
        String key = key(paragraph);
        if (key.isEmpty() || key.split(" ").length >= MAX_WORDS) {
            return false;
        }
        if (lines.contains(key)) {
            return true;
        }
        for (String opener : openers) {
            if (key.startsWith(opener) && (key.length() == opener.length() || key.charAt(opener.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Lower case words without accents, one blank between them: "TE PUEDE INTERESAR:" is "te puede interesar". */
    private static String key(String text) {
        String bare = MARKS.matcher(NFKD.normalize(text.toLowerCase(Locale.ROOT))).replaceAll("");
        return NON_WORD.matcher(bare).replaceAll(" ").strip();
    }
}
