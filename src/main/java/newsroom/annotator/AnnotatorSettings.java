package newsroom.annotator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an annotator is built: the languages it tells apart and where its dictionaries come from.
 *
 * @param languages    ISO 639-1 codes, or the single word {@code all} for every language Lingua knows
 * @param dictionaries a folder whose files replace the packaged dictionaries of the same name
 */
public record AnnotatorSettings(List<String> languages, Optional<Path> dictionaries) {

    public static final String DEFAULT_LANGUAGES = "en,es";

    public AnnotatorSettings {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("annotator.languages is empty");
        }
    }

    /** English and Spanish, packaged dictionaries. */
    public static AnnotatorSettings defaults() {
        return new AnnotatorSettings(parseLanguages(DEFAULT_LANGUAGES), Optional.empty());
    }

    /** "en, es, fr" or "all" as a list of codes. */
    public static List<String> parseLanguages(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
