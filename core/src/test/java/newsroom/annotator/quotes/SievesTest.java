package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.Annotator;
import newsroom.annotator.AnnotatorSettings;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the sieves is data: dictionaries/quote-sieves.txt, which a dictionaries folder may replace. */
class SievesTest {

    @TempDir
    Path folder;

    @Test
    void thePackagedOrderUsesEverySieveOnce() {
        List<String> order = Sieves.load(Dictionaries.load(Optional.empty())).names();
        assertEquals(Set.copyOf(Sieves.known()), Set.copyOf(order));
        assertEquals(Sieves.known().size(), order.size());
    }

    @Test
    void anUnknownSieveNameStopsTheAnnotatorWithTheNamesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sieves(List.of("verb-after", "verb-befor")));
        assertTrue(e.getMessage().contains("'verb-befor'") && e.getMessage().contains("verb-before"), e.getMessage());
    }

    @Test
    void aSieveLeftOutOfTheOrderDecidesNothing() throws IOException {
        // breitbart.com, "Mexican President Offers Political Asylum to Julian Assange": "said" after the name
        String text = "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to Assange’s "
                + "“torture” and for his release.";
        Files.writeString(folder.resolve("quote-sieves.txt"), "verb-after\ncontinuation\n");
        Annotator annotator = Annotator.create(new AnnotatorSettings(List.of("en", "es"), Optional.of(folder), Set.of()));
        List<Quote> quotes = annotator.annotate(annotator.plainText().read("t", text)).quotes();
        // without verb-before the partial quotation has no cue and nobody quoted near it: it is kept, nobody's
        assertEquals(1, quotes.size(), quotes.toString());
        assertNull(quotes.get(0).attribution(), quotes.toString());
    }
}
