package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People in the order the text named them, looked up by role and by name without walking the list: an
 * article may name thousands, and every "the president said" asks for the latest president. One
 * instance per article and kind of mention.
 */
final class People {

    private final List<Speaker> named = new ArrayList<>();
    /** For each role, where in {@link #named} its latest holder stands. */
    private final Map<String, Integer> latestByRole = new HashMap<>();
    /** For each role held together with what it is a role of ("minister" and "of:information"), where its latest holder stands. */
    private final Map<List<String>, Integer> latestByRoleOf = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    /** The last words of the names of several words: "Merkel" of "Angela Merkel". */
    private final Set<String> surnames = new HashSet<>();
    /** For each such last word in lower case, where in {@link #named} its latest bearer stands. */
    private final Map<String, Integer> latestBySurname = new HashMap<>();

    void add(Speaker speaker) {
        for (String role : speaker.roles()) {
            latestByRole.put(role, named.size());
            for (String of : speaker.roles()) {
                if (!Subject.isComplementKey(role) && Subject.isComplementKey(of)) {
                    latestByRoleOf.put(List.of(role, of), named.size());
                }
            }
        }
        names.add(speaker.name());
        int space = speaker.name() == null ? -1 : speaker.name().lastIndexOf(' ');
        if (space > 0) {
            surnames.add(speaker.name().substring(space + 1));
            latestBySurname.put(Spelling.key(speaker.name().substring(space + 1)), named.size());
        }
        named.add(speaker);
    }

    boolean isEmpty() {
        return named.isEmpty();
    }

    /** The latest named, or null. */
    Speaker last() {
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    /** The latest named with one of the roles and one of what they are roles of ("Information" minister), or null. */
    Speaker latestWithBoth(Set<String> roles, Set<String> complements) {
        int latest = -1;
        for (String role : roles) {
            for (String of : complements) {
                latest = Math.max(latest, latestByRoleOf.getOrDefault(List.of(role, of), -1));
            }
        }
        return latest < 0 ? null : named.get(latest);
    }

    /** The latest named with any of the roles, or null. */
    Speaker latestWith(Set<String> roles) {
        int latest = -1;
        for (String role : roles) {
            latest = Math.max(latest, latestByRole.getOrDefault(role, -1));
        }
        return latest < 0 ? null : named.get(latest);
    }

    /** The latest named whose name of several words ends with the word (any case), or null. */
    Speaker latestWithSurname(String word) {
        Integer latest = latestBySurname.get(Spelling.key(word));
        return latest == null ? null : named.get(latest);
    }

    boolean hasName(String name) {
        return names.contains(name);
    }

    /** Whether one of them has a name of several words that ends with this one: "Merkel" of "Angela Merkel". */
    boolean hasSurname(String word) {
        return surnames.contains(word);
    }

    /** All of them, earliest first. */
    List<Speaker> all() {
        return named;
    }

    /** The latest {@code count} of them, latest first: a bounded look back however many the article named. */
    List<Speaker> latest(int count) {
        List<Speaker> latest = new ArrayList<>(Math.min(count, named.size()));
        for (int i = named.size() - 1; i >= Math.max(0, named.size() - count); i--) {
            latest.add(named.get(i));
        }
        return latest;
    }
}
