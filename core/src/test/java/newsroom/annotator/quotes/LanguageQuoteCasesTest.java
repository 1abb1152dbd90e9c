package newsroom.annotator.quotes;

import java.util.stream.Stream;
import newsroom.annotator.Annotators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language's quotation conventions and reporting constructions on real sentences (src/test/resources/
 * quotes/fr.txt, de.txt, pt.txt, it.txt, each case with its source and the construction it shows), annotated
 * whole by an annotator configured for all six languages: every quotation found, with its kind, speaker, cue,
 * and the words it starts and ends with.
 */
class LanguageQuoteCasesTest {

    /** The cases of French, German, Portuguese and Italian, in that order. */
    static Stream<Arguments> cases() {
        return Stream.of("fr", "de", "pt", "it").flatMap(language -> QuoteCasesTest.cases("quotes/" + language + ".txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quotationsGetTheirEndsSpeakerAndCue(String source, QuoteCasesTest.QuoteCase quoteCase) {
        QuoteCasesTest.check(quoteCase, Annotators.allLanguages());
    }
}
