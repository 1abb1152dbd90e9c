package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.Annotators;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import org.junit.jupiter.api.Test;

/** What a word's shape says of it, on words as articles write them. */
class TokenTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es"));

    private static boolean capitalised(String text, String word) {
        int at = text.indexOf(word);
        return CUES.view(text).tokens(at, at + word.length()).get(0).capitalised(text);
    }

    /**
     * fayobserver.com, on a council budget meeting: "deViere" is a surname with its particle joined to it, as
     * capitalised as "DeViere"; a product's small letter before its capital, an acronym after small letters and
     * two words a scrape glued together are not.
     */
    @Test
    void aSurnameJoinedToItsParticleIsCapitalised() {
        String text = "“What post is that, Mr. Mayor?” deViere asked. She bought an iPhone on eBay with macOS, youThe end.";
        assertEquals(true, capitalised(text, "deViere"));
        assertEquals(false, capitalised(text, "iPhone"));
        assertEquals(false, capitalised(text, "eBay"));
        assertEquals(false, capitalised(text, "macOS"));
        assertEquals(false, capitalised(text, "youThe"));
        assertEquals(false, capitalised(text, "asked"));
    }

    /**
     * diario1.com, on the mayor of Santa Tecla: a surname whose particle is elided before it ("d´Aubuisson", the acute
     * accent typed for an apostrophe) is capitalised, one word; a lower-case word after an elision is not.
     */
    @Test
    void aSurnameAfterItsElidedParticleIsCapitalised() {
        String text = "El alcalde de Santa Tecla, Roberto d´Aubuisson, catalogó de desafortunado el tuit del embajador d'accord.";
        int at = text.indexOf("d´Aubuisson");
        assertEquals(List.of("d´Aubuisson"), CUES.view(text).tokens(at, at + "d´Aubuisson".length()).stream()
                .map(t -> text.substring(t.start(), t.end())).toList());
        assertEquals(true, capitalised(text, "d´Aubuisson"));
        assertEquals(false, capitalised(text, "d'accord"));
    }

    /**
     * rhein-zeitung.de, a coach after a 12:1: an apostrophe right after a name ending in s, z, x or ß, a blank after it, is
     * the name's possessive ending ("Buchholz‘ Trainer Toni Kuhn"); after a word in lower case, or between letters, it is not.
     */
    @Test
    void anApostropheAfterANameEndingInSIsItsPossessive() {
        String text = "„Das war schnell abgehakt“, so Buchholz‘ Trainer Toni Kuhn. The players’ union and D’Alema met.";
        List<Token> tokens = CUES.view(text).tokens(0, text.length());
        Token buchholz = tokens.stream().filter(t -> text.substring(t.start(), t.end()).startsWith("Buchholz")).findFirst().orElseThrow();
        assertEquals("Buchholz‘", text.substring(buchholz.start(), buchholz.end()));
        assertEquals(true, buchholz.possessive());
        Token players = tokens.stream().filter(t -> text.substring(t.start(), t.end()).startsWith("players")).findFirst().orElseThrow();
        assertEquals("players", text.substring(players.start(), players.end()));
        Token dalema = tokens.stream().filter(t -> text.substring(t.start(), t.end()).startsWith("D’")).findFirst().orElseThrow();
        assertEquals("D’Alema", text.substring(dalema.start(), dalema.end()));
        assertEquals(false, dalema.possessive());
    }

    /**
     * ballymenatimes.com: "Cllr.Trevor Beatty" writes the title's period with no space before the name; the title and
     * the name are two words, and the name is read without the title. "U.S." and "e.g." stay one word each.
     */
    @Test
    void anAbbreviationGluedToANameByItsPeriodIsAWordOfItsOwn() {
        String text = "Cllr.Trevor Beatty (DUP) said the U.S. firm, e.g. its crew, had drilled the Main Street.";
        List<Token> tokens = CUES.view(text).tokens(0, text.length());
        assertEquals("Cllr.", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("Trevor", text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals(true, tokens.stream().anyMatch(t -> text.substring(t.start(), t.end()).equals("U.S.")));
        assertEquals(true, tokens.stream().anyMatch(t -> text.substring(t.start(), t.end()).equals("e.g.")));
        Annotation annotation = Annotators.annotate(String.join("\n\n", "Residents outraged in Randalstown",
                "Cllr.Trevor Beatty (DUP) said he was driving through the town to church last Sunday morning when he was ‘shocked’ to see the Main Street drilled.",
                "He said: “This extraction occurred within three months of the recent Public Realm Work having been completed.”"));
        Quote last = annotation.quotes().get(annotation.quotes().size() - 1);
        assertEquals("Trevor Beatty", last.attribution().name());
        assertEquals("This extraction occurred within three months of the recent Public Realm Work having been completed.", last.text());
    }
}
