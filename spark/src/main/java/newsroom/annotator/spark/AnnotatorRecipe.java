package newsroom.annotator.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;

/**
 * How an executor builds its annotator: what bin/annotate's {@code --languages}, {@code --skip-stages},
 * {@code --max-bytes} and {@code --dictionaries} set. Sent with every task; equal recipes share one
 * annotator per JVM ({@link ExecutorAnnotators}).
 */
record AnnotatorRecipe(List<String> languages, Set<String> skippedStages, long maxTextBytes,
                       DictionaryFiles dictionaries) implements Serializable {

    AnnotatorRecipe {
        languages = List.copyOf(languages);
        skippedStages = Set.copyOf(skippedStages);
    }

    /** The annotator, its models and dictionaries loaded: seconds of work and tens of MB of heap. */
    Annotator build() {
        Optional<java.nio.file.Path> folder = dictionaries.isEmpty() ? Optional.empty()
                : Optional.of(dictionaries.writeToLocalFolder());
        return Annotator.create(new AnnotatorSettings(languages, folder, skippedStages).withMaxTextBytes(maxTextBytes));
    }
}
