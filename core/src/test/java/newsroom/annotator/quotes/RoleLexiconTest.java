package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/** Roles as the word lists give them: one role under several names, and a role written with a hyphen. */
class RoleLexiconTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()),
            List.of("en", "es", "fr", "de", "it", "pt"));

    /** publinews.gt: "el mandatario republicano" is the president named before; tt.com: "der Rechtsanwalt" the Anwalt. */
    @Test
    void oneRoleUnderSeveralNamesSharesItsKey() {
        assertEquals(CUES.roleKey("presidente"), CUES.roleKey("mandatario"));
        assertEquals(CUES.roleKey("anwalt"), CUES.roleKey("rechtsanwalt"));
        assertEquals(CUES.roleKey("allenatore"), CUES.roleKey("mister"));
        // the languages' lines meet in the words they share: "técnico" is the Spanish and the Portuguese coach
        assertEquals(CUES.roleKey("entrenador"), CUES.roleKey("técnico"));
        assertEquals(CUES.roleKey("entrenador"), CUES.roleKey("treinador"));
        assertEquals(CUES.roleKey("entrenador"), CUES.roleKey("allenatore"));
    }

    /** ederluiz.com.vc: "explicou o delegado-geral Ulisses Gabriel"; a hyphen between words that are no role makes none ("bem-estar"). */
    @Test
    void aRoleWrittenWithAHyphenIsARole() {
        String text = "explicou o delegado-geral Ulisses Gabriel";
        List<Token> tokens = CUES.view(text).tokens(0, text.length());
        assertEquals(1, CUES.roleAt(tokens, 2));
        // dailymail.co.uk: "Co-host Brendan added:"
        String host = "Co-host Brendan added:";
        assertEquals(1, CUES.roleAt(CUES.view(host).tokens(0, host.length()), 0));
        String other = "o bem-estar da população";
        assertEquals(0, CUES.roleAt(CUES.view(other).tokens(0, other.length()), 1));
    }

    /**
     * arynews.tv: "The minister said" after "Prime Minister Imran Khan" and "Federal Minister … Murad Saeed" is
     * the minister, not the prime minister: a role of several words has a key of its own.
     */
    @Test
    void aRoleOfSeveralWordsIsARoleOfItsOwn() {
        String text = "Prime Minister Imran Khan and the minister";
        List<Token> tokens = CUES.view(text).tokens(0, text.length());
        assertEquals(2, CUES.roleAt(tokens, 0));
        assertEquals("prime minister", CUES.roleKey(tokens, 0, 2));
        assertEquals(CUES.roleKey("minister"), CUES.roleKey(tokens, tokens.size() - 1, 1));
        // one role under several names keeps its shared key whatever the number of its words ("director técnico = dt")
        String coach = "el director técnico";
        List<Token> words = CUES.view(coach).tokens(0, coach.length());
        assertEquals(CUES.roleKey("entrenador"), CUES.roleKey(words, 1, 2));
    }

    /** warm1069.com: "Sir Elton then addressed …" — "then" is a role only before another ("the then President"). */
    @Test
    void aModifierThatIsAnEverydayWordIsARoleOnlyBeforeAnother() {
        String adverb = "Sir Elton then addressed the paparazzi photos directly";
        assertEquals(0, CUES.roleAt(CUES.view(adverb).tokens(0, adverb.length()), 2));
        String modifier = "the then President Barack Obama";
        List<Token> tokens = CUES.view(modifier).tokens(0, modifier.length());
        assertEquals(1, CUES.roleAt(tokens, 1));
        assertEquals(1, CUES.roleAt(tokens, 2));
    }

    /** stadtzeitung.de: "berichtet Betriebsratsvorsitzender Willi Sattler … kritisiert der Betriebsratsvorsitzende": one role. */
    @Test
    void anAdjectivalNounsEndingsAreOneRole() {
        assertEquals(CUES.roleKey("betriebsratsvorsitzende"), CUES.roleKey("betriebsratsvorsitzender"));
        assertEquals(CUES.roleKey("vorsitzende"), CUES.roleKey("vorsitzender"));
        assertEquals(CUES.roleKey("landtagsabgeordnete"), CUES.roleKey("landtagsabgeordneter"));
    }

    /** publinews.gt: "la legisladora" refers back to "La congresista … Norma Torres"; a role covers none of its own. */
    @Test
    void aGeneralRoleCoversNarrowerOnes() {
        assertEquals(true, CUES.narrowerRoles(java.util.Set.of(CUES.roleKey("legisladora"))).contains(CUES.roleKey("congresista")));
        assertEquals(true, CUES.narrowerRoles(java.util.Set.of(CUES.roleKey("lawmaker"))).contains(CUES.roleKey("senator")));
        assertEquals(java.util.Set.of(), CUES.narrowerRoles(java.util.Set.of(CUES.roleKey("congresista"))));
    }
}
