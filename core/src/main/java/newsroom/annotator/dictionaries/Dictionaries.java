package newsroom.annotator.dictionaries;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The annotator's word lists: {@code <language>/<name>.txt} (one entry a line; a line that starts
 * with {@code #} is a comment) and a few top-level tables such as {@code handles.tsv}. A list comes from the user's folder
 * when it holds that file, else from the lists packaged with the annotator. Immutable once loaded.
 */
public final class Dictionaries {

    static final String PACKAGED = "dictionaries/";

    private final Optional<Path> folder;
    private final Map<String, List<String>> cache = new LinkedHashMap<>();

    private Dictionaries(Optional<Path> folder) {
        this.folder = folder;
    }

    /** The packaged lists, overridden file by file by those in {@code folder} when it is given. */
    public static Dictionaries load(Optional<Path> folder) {
        folder.ifPresent(f -> {
            if (!Files.isDirectory(f)) {
                throw new IllegalArgumentException("dictionaries folder not found: " + f);
            }
        });
        return new Dictionaries(folder);
    }

    /** The entries of {@code <language>/<name>.txt}, or an empty list when there is no such list. */
    public List<String> list(String language, String name) {
        return file(language + "/" + name + ".txt");
    }

    /** The entries of a list in every given language, in that order. */
    public List<String> list(Collection<String> languages, String name) {
        List<String> all = new ArrayList<>();
        for (String language : languages) {
            all.addAll(list(language, name));
        }
        return all;
    }

    /**
     * The facts of {@code <language>/<name>.txt} written "key value" a line ({@code grammar.txt}), keys and values in
     * lower case; a key alone is "true".
     */
    public Map<String, String> facts(String language, String name) {
        Map<String, String> facts = new HashMap<>();
        for (String line : list(language, name)) {
            String[] fields = line.strip().split("\\s+", 2);
            facts.put(fields[0].toLowerCase(Locale.ROOT), fields.length > 1 ? fields[1].strip().toLowerCase(Locale.ROOT) : "true");
        }
        return facts;
    }

    /** The lines of a top-level table such as {@code handles.tsv}, comments and blanks dropped. */
    public List<String> table(String fileName) {
        return file(fileName);
    }

    /**
     * The files of the user's folder that no list or table was read from, once the annotator is built: a
     * misspelled name, or a language not configured. Relative paths with "/", sorted.
     */
    public synchronized List<String> unread() {
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder.get())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.get().relativize(file).toString().replace(File.separatorChar, '/'))
                    .filter(name -> name.endsWith(".txt") || name.endsWith(".tsv"))
                    .filter(name -> !cache.containsKey(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dictionaries folder " + folder.get(), e);
        }
    }

    private synchronized List<String> file(String relative) {
        return cache.computeIfAbsent(relative, this::read);
    }

    private List<String> read(String relative) {
        try {
            if (folder.isPresent()) {
                Path file = folder.get().resolve(relative);
                if (Files.isRegularFile(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        return entries(in);
                    }
                }
            }
            try (InputStream in = Dictionaries.class.getClassLoader().getResourceAsStream(PACKAGED + relative)) {
                return in == null ? List.of() : entries(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + relative, e);
        }
    }

    private static List<String> entries(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }
}
