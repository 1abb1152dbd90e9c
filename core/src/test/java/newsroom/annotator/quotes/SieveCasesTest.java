package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A sieve on real sentences from news pages (src/test/resources/sieves/NAME.txt, each case with its source):
 * the paragraphs are annotated whole, and the quotation that begins and ends with the words the case gives (in
 * its last paragraph)
 * must have the case's kind, speaker, cue and rule. A case's source line names its language ("(en)", "(de;
 * …)"): English and Spanish are read by the English and Spanish annotator, the others by the one for all six
 * languages. Each sieve has a test class of its own that names its file.
 */
abstract class SieveCasesTest {

    private static final Set<String> ENGLISH_AND_SPANISH = Set.of("en", "es");
    private static final Pattern LANGUAGE = Pattern.compile(" \\(([a-z]{2})[;)]");

    /** The sieve whose cases the class reads: the file src/test/resources/sieves/NAME.txt. */
    abstract String sieve();

    @TestFactory
    Stream<DynamicTest> realSentences() {
        List<Case> cases = cases(sieve());
        assertFalse(cases.isEmpty(), "no cases for " + sieve());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.source(), () -> check(c)));
    }

    private static void check(Case c) {
        Annotator annotator = ENGLISH_AND_SPANISH.contains(c.language()) ? Annotators.shared() : Annotators.allLanguages();
        String text = String.join("\n\n", c.paragraphs());
        List<Quote> quotes = annotator.annotate(annotator.plainText().read("test", text)).quotes();
        // the case's quotation stands in its last paragraph: when the page repeats it, the last one
        Quote quote = quotes.stream()
                .filter(q -> oneLine(q.text()).startsWith(c.first()) && oneLine(q.text()).endsWith(c.last()))
                .reduce((first, second) -> second).orElse(null);
        assertNotNull(quote, "no quotation from '" + c.first() + "' to '" + c.last() + "' in the case from " + c.source());
        Attribution a = quote.attribution();
        assertEquals(c.expected(), quote.kind().wireName() + " | " + (a == null ? "-" : a.name()) + " | "
                + (a == null ? "-" : a.cue()) + " | " + (a == null ? "-" : a.rule()), "the case from " + c.source());
    }

    private static String oneLine(String words) {
        return words.replace('\n', ' ');
    }

    /** One case: its source, its paragraphs, and what the quotation from {@code first} to {@code last} must be. */
    record Case(String source, List<String> paragraphs, String expected, String first, String last) {

        /** The language the source line names after the address: "(de; German verb second …)" → de. */
        String language() {
            Matcher named = LANGUAGE.matcher(source);
            return named.find() ? named.group(1) : "en";
        }
    }

    static List<Case> cases(String sieve) {
        List<Case> cases = new ArrayList<>();
        String source = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : read("sieves/" + sieve + ".txt").split("\n")) {
            if (line.startsWith("# http") || line.startsWith("# composed")) {
                // a composed case names its own language: it must not run under the case above it
                source = line.substring(2);
            } else if (line.startsWith("=> ")) {
                String[] fields = line.substring(3).split(" \\| ");
                cases.add(new Case(source, List.copyOf(paragraphs), String.join(" | ", fields[0], fields[1], fields[2], fields[3]),
                        fields[4], fields[5]));
                paragraphs.clear();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                paragraphs.add(line);
            }
        }
        return cases;
    }

    /** A UTF-8 resource of the test class path; also read by QuoteCasesTest for its case files. */
    static String read(String resource) {
        try (InputStream in = SieveCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
