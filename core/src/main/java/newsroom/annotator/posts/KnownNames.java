package newsroom.annotator.posts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names an account's owner goes by in articles besides the post's display name, from
 * {@code handles.tsv} ({@code lopezobrador_} is also "López Obrador" and "AMLO"): prose that names a
 * post's author by one of them is the article's, not the post's. Immutable.
 */
final class KnownNames {

    private final Map<String, List<String>> byHandle;

    private KnownNames(Map<String, List<String>> byHandle) {
        this.byHandle = Map.copyOf(byHandle);
    }

    /** The names of {@code handles.tsv}'s lines: a handle, a tab, and one or more names separated by tabs. */
    static KnownNames fromTable(List<String> lines) {
        Map<String, List<String>> names = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    names.computeIfAbsent(key(fields[0]), h -> new ArrayList<>()).add(fields[i].strip());
                }
            }
        }
        names.replaceAll((handle, list) -> List.copyOf(list));
        return new KnownNames(names);
    }

    /** The other names of the account {@code handle} (with or without "@"); none when it is null or unknown. */
    List<String> of(String handle) {
        return handle == null ? List.of() : byHandle.getOrDefault(key(handle), List.of());
    }

    private static String key(String handle) {
        String bare = handle.strip();
        return (bare.startsWith("@") ? bare.substring(1) : bare).toLowerCase(Locale.ROOT);
    }
}
