package newsroom.annotator.dictionaries;

import java.util.HashSet;
import java.util.Set;

/**
 * The words a page writes in lower case, as written: a capitalised word the page also writes in lower case ("la
 * recherche", "read more") is a word of the language there, no name.
 */
public final class LowerCaseWords {

    private LowerCaseWords() {
    }

    public static Set<String> of(String page) {
        Set<String> lowerCase = new HashSet<>();
        for (String word : page.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                lowerCase.add(word);
            }
        }
        return lowerCase;
    }
}
