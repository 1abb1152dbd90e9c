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

    static Stream<Arguments> french() {
        return QuoteCasesTest.cases("quotes/fr.txt");
    }

    static Stream<Arguments> german() {
        return QuoteCasesTest.cases("quotes/de.txt");
    }

    static Stream<Arguments> portuguese() {
        return QuoteCasesTest.cases("quotes/pt.txt");
    }

    static Stream<Arguments> italian() {
        return QuoteCasesTest.cases("quotes/it.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("french")
    void frenchQuotationsGetTheirEndsSpeakerAndCue(String source, QuoteCasesTest.QuoteCase quoteCase) {
        QuoteCasesTest.check(quoteCase, Annotators.allLanguages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("german")
    void germanQuotationsGetTheirEndsSpeakerAndCue(String source, QuoteCasesTest.QuoteCase quoteCase) {
        QuoteCasesTest.check(quoteCase, Annotators.allLanguages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portuguese")
    void portugueseQuotationsGetTheirEndsSpeakerAndCue(String source, QuoteCasesTest.QuoteCase quoteCase) {
        QuoteCasesTest.check(quoteCase, Annotators.allLanguages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("italian")
    void italianQuotationsGetTheirEndsSpeakerAndCue(String source, QuoteCasesTest.QuoteCase quoteCase) {
        QuoteCasesTest.check(quoteCase, Annotators.allLanguages());
    }
}
