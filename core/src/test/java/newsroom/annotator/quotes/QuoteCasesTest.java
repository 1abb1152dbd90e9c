package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real quotation sentences from public news pages (src/test/resources/quotes/en.txt and es.txt, each
 * with its source), annotated whole: every quotation found, with its kind, speaker and cue.
 */
class QuoteCasesTest {

    static Stream<Arguments> english() {
        return cases("quotes/en.txt");
    }

    static Stream<Arguments> spanish() {
        return cases("quotes/es.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void englishQuotationsGetTheirKindSpeakerAndCue(String source, QuoteCase quoteCase) {
        check(quoteCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spanish")
    void spanishQuotationsGetTheirKindSpeakerAndCue(String source, QuoteCase quoteCase) {
        check(quoteCase);
    }

    private static void check(QuoteCase quoteCase) {
        check(quoteCase, Annotators.shared());
    }

    /** Annotates the case's text with {@code annotator} and compares its quotations with the expected ones, in order. */
    static void check(QuoteCase quoteCase, Annotator annotator) {
        List<Quote> quotes = annotator.annotate(annotator.plainText().read("test", quoteCase.text())).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.POST)
                .toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            got.add(describe(quotes.get(i), i < quoteCase.expected().size() ? quoteCase.expected().get(i) : null));
        }
        List<String> want = quoteCase.expected().stream().map(Expected::line).toList();
        assertEquals(want, got, "quotations of the case from " + quoteCase.source());
    }

    /** The quote as a line of the case file, its words cut to what the expectation spells out. */
    private static String describe(Quote quote, Expected expected) {
        Attribution a = quote.attribution();
        String words = quote.text();
        if (expected != null && words.startsWith(expected.begins())
                && (expected.ends().isEmpty() || words.endsWith(expected.ends()))) {
            words = expected.begins();
        }
        String line = quote.kind().wireName() + " | " + (a == null ? "-" : a.name()) + " | "
                + (a == null ? "-" : a.cue()) + " | " + words;
        return expected == null || expected.ends().isEmpty() ? line : line + " | " + expected.ends();
    }

    /** The cases of a file: paragraphs (one a line), then "=> kind | speaker | cue | words begin [| words end]" lines. */
    static Stream<Arguments> cases(String resource) {
        List<Arguments> cases = new ArrayList<>();
        String source = null;
        List<String> paragraphs = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        boolean none = false;
        for (String line : (SieveCasesTest.read(resource) + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!paragraphs.isEmpty()) {
                    if (source == null || (expected.isEmpty() && !none)) {
                        throw new IllegalStateException(resource + ": a case needs a source and expectations: " + paragraphs);
                    }
                    cases.add(Arguments.of(source, new QuoteCase(source, String.join("\n\n", paragraphs), expected)));
                }
                source = null;
                paragraphs = new ArrayList<>();
                expected = new ArrayList<>();
                none = false;
            } else if (line.startsWith("#")) {
                source = source == null ? line.substring(1).strip() : source;
            } else if (line.startsWith("=> none")) {
                none = true;
            } else if (line.startsWith("=>")) {
                String[] fields = line.substring(2).split("\\|", -1);
                expected.add(new Expected(fields[0].strip(), fields[1].strip(), fields[2].strip(), fields[3].strip(),
                        fields.length > 4 ? fields[4].strip() : ""));
            } else {
                paragraphs.add(line);
            }
        }
        return cases.stream();
    }

    /** Some paragraphs of a real article and the quotations an editor expects in them. */
    record QuoteCase(String source, String text, List<Expected> expected) {
        @Override
        public String toString() {
            return source;
        }
    }

    /** One expected quotation: "-" as speaker and cue when the text names nobody. */
    record Expected(String kind, String speaker, String cue, String begins, String ends) {
        String line() {
            String line = kind + " | " + speaker + " | " + cue + " | " + begins;
            return ends.isEmpty() ? line : line + " | " + ends;
        }
    }
}
