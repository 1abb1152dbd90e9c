package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.FirstNameTable;
import newsroom.annotator.quotes.Genders.Gender;
import org.junit.jupiter.api.Test;

/** Whether a pronoun, a title or a first name says a man or a woman, by the packaged lists of the six languages. */
class GendersTest {

    private static final Genders GENDERS = Genders.load(Dictionaries.load(Optional.empty()), List.of("en", "es", "fr", "de", "it", "pt"));

    @Test
    void subjectPronounsSayTheirGenderAlsoWhenAVerbCarriesThem() {
        assertEquals(Gender.FEMININE, GENDERS.ofPronoun("She"));
        assertEquals(Gender.MASCULINE, GENDERS.ofPronoun("he"));
        assertEquals(Gender.FEMININE, GENDERS.ofPronoun("ella"));
        assertEquals(Gender.MASCULINE, GENDERS.ofPronoun("er"));
        // "«…», dit-elle", "«…», a-t-il ajouté": the pronoun after the verb's hyphen
        assertEquals(Gender.FEMININE, GENDERS.ofPronounIn("dit-elle"));
        assertEquals(Gender.MASCULINE, GENDERS.ofPronounIn("a-t-il ajouté"));
        assertEquals(Gender.UNKNOWN, GENDERS.ofPronoun("they"));
        assertEquals(Gender.UNKNOWN, GENDERS.ofPronounIn("said"));
    }

    @Test
    void aTitleSaysTheGenderWithOrWithoutItsPeriodAndALordMayorIsNeither() {
        assertEquals(Gender.FEMININE, GENDERS.ofTitles(Set.of("councillor", "mrs")));
        assertEquals(Gender.MASCULINE, GENDERS.ofTitles(Set.of("mr.")));
        assertEquals(Gender.FEMININE, GENDERS.ofTitles(Set.of("sra")));
        assertEquals(Gender.FEMININE, GENDERS.ofTitles(Set.of("mme")));
        // "the Lord Mayor Clover Moore": "lord" is part of an office, not a man's title
        assertEquals(Gender.UNKNOWN, GENDERS.ofTitles(Set.of("lord", "mayor")));
    }

    @Test
    void firstNamesTellTheirGenderAccentsAsideAndNamesTheListsDisagreeOnTellNone() {
        // cjme.com: Rick Bourassa and Syanne Fay
        assertEquals(Gender.MASCULINE, GENDERS.ofFirstName("Rick"));
        assertEquals(Gender.FEMININE, GENDERS.ofFirstName("Syanne"));
        assertEquals(Gender.MASCULINE, GENDERS.ofFirstName("Jesús"));
        assertEquals(Gender.FEMININE, GENDERS.ofFirstName("Noémie"));
        // "Andrea" is a man in Italy and a woman elsewhere
        assertEquals(Gender.UNKNOWN, GENDERS.ofFirstName("Andrea"));
        assertEquals(Gender.UNKNOWN, GENDERS.ofFirstName("Xqzt"));
    }

    @Test
    void aUsersUnsortedTableIsStillReadAndOnlyKnownGendersContradict() {
        Genders own = new Genders(Map.of("he", Gender.MASCULINE), Map.of(), new FirstNameTable(List.of("zoe\tf", "adam\tm")));
        assertEquals(Gender.FEMININE, own.ofFirstName("Zoé"));
        assertEquals(Gender.MASCULINE, own.ofFirstName("Adam"));
        assertTrue(Gender.MASCULINE.contradicts(Gender.FEMININE));
        assertFalse(Gender.MASCULINE.contradicts(Gender.UNKNOWN));
        assertFalse(Gender.UNKNOWN.contradicts(Gender.FEMININE));
    }
}
