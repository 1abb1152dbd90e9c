package newsroom.annotator;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dev part of the hand-marked French, German, Portuguese and Italian articles
 * (src/test/resources/gold-languages/dev), annotated with all six languages with word lists: no figure may
 * fall below its floor in that folder's floors.properties. The test part stays held out: scored by
 * bin/score to report, never a floor to tune against.
 */
class LanguagesGoldCorpusTest {

    private static final Path DEV = Path.of("src/test/resources/gold-languages/dev");

    @Test
    void noFigureFallsBelowItsFloor() throws IOException {
        Path annotations = Path.of("target/gold-languages-dev.ndjson");
        GoldCorpusTest.annotateAll(DEV, Annotators.allLanguages(), annotations);
        GoldCorpusTest.assertNoFigureBelowItsFloor(DEV, annotations);
    }
}
