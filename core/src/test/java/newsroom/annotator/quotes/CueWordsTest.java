package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/** Which words of a sentence are cues, as the word lists and the grammar around them say. */
class CueWordsTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()),
            List.of("en", "es", "fr", "de", "it", "pt"));

    /**
     * ayoye.com: "Christian Dubé demande aux Québécois …" has a verb; "faire une demande spéciale aux Québécois" a
     * noun, after its indefinite article, which is no cue.
     */
    @Test
    void aWordAfterAnIndefiniteArticleIsNoVerb() {
        String verb = "Christian Dubé demande aux Québécois d'éviter les urgences pour les prochaines semaines";
        assertEquals(1, CUES.find(CUES.view(verb).tokens(0, verb.length())).size());
        String noun = "Il en a profité pour faire une demande spéciale aux Québécois, rapporte Noovo Info";
        List<ReportingCues.Cue> found = CUES.find(CUES.view(noun).tokens(0, noun.length()));
        assertEquals(List.of("rapporte"), found.stream().map(c -> noun.substring(c.start(), c.end())).toList());
    }
}
