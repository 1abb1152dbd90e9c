package newsroom.annotator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.input.SizeLimit;

/**
 * How an annotator is built: the languages it tells apart, where its dictionaries come from, and which
 * stages it leaves out.
 *
 * @param languages    ISO 639-1 codes, or the single word {@code all} for every language Lingua knows
 * @param dictionaries a folder whose files replace the packaged dictionaries of the same name
 * @param skipped      names of stages not to run ({@code posts}, {@code quotes}, {@code types})
 * @param textLimit    the largest text, in UTF-8 bytes, that an HTML page may give once its markup is gone,
 *                     named by the setting it came from (annotator.max-bytes, the batch tool's --max-bytes)
 */
public record AnnotatorSettings(List<String> languages, Optional<Path> dictionaries, Set<String> skipped,
                                SizeLimit textLimit) {

    public static final String DEFAULT_LANGUAGES = "en,es";

    public AnnotatorSettings {
        languages = List.copyOf(languages);
        skipped = Set.copyOf(skipped);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("annotator.languages is empty");
        }
        Objects.requireNonNull(textLimit, "textLimit");
    }

    /** The default limit on a page's text. */
    public AnnotatorSettings(List<String> languages, Optional<Path> dictionaries, Set<String> skipped) {
        this(languages, dictionaries, skipped, SizeLimit.text(SizeLimit.DEFAULT_BYTES));
    }

    /** These settings with another limit on a page's text, set by {@code annotator.max-bytes}. */
    public AnnotatorSettings withMaxTextBytes(long bytes) {
        return withTextLimit(SizeLimit.text(bytes));
    }

    /** These settings with another limit on a page's text, named by the setting the user gave. */
    public AnnotatorSettings withTextLimit(SizeLimit limit) {
        return new AnnotatorSettings(languages, dictionaries, skipped, limit);
    }

    /** Every stage. */
    public AnnotatorSettings(List<String> languages, Optional<Path> dictionaries) {
        this(languages, dictionaries, Set.of());
    }

    /** English and Spanish, packaged dictionaries, every stage. */
    public static AnnotatorSettings defaults() {
        return new AnnotatorSettings(parseLanguages(DEFAULT_LANGUAGES), Optional.empty());
    }

    /** "en, es, fr" or "all" as a list of codes; likewise a list of stage names. */
    public static List<String> parseLanguages(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
