package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real articles (src/test/resources/articles/NAME.txt) against the quotations an editor expects in them
 * (NAME.quotes, with the article's source): every quotation, its kind, language, speaker and cue.
 */
class ArticleQuotesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"latimes-venezuela-reactions", "eluniversal-rosa-icela-frontera", "eluniversal-debate-en-ingles"})
    void everyQuotationOfTheArticleHasItsKindLanguageSpeakerAndCue(String article) {
        List<String> want = new ArrayList<>();
        for (String line : read("articles/" + article + ".quotes").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                want.add(line.strip());
            }
        }
        List<Quote> quotes = Annotators.annotate(read("articles/" + article + ".txt")).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.POST)
                .toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String begins = i < want.size() ? want.get(i).substring(want.get(i).lastIndexOf('|') + 1).strip() : null;
            got.add(describe(quotes.get(i), begins));
        }
        assertEquals(want, got, "quotations of " + article);
    }

    private static String describe(Quote quote, String begins) {
        Attribution a = quote.attribution();
        String words = begins != null && quote.text().startsWith(begins) ? begins : quote.text();
        return String.join(" | ", quote.kind().wireName(), String.valueOf(quote.language().language()),
                a == null ? "-" : a.name(), a == null ? "-" : a.cue(), words);
    }

    private static String read(String resource) {
        try (InputStream in = ArticleQuotesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
