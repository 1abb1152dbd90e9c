package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.TextRange;
import org.junit.jupiter.api.Test;

/** A speaker gets the handle of a post by the same person; names compare without accents and case. */
class SpeakerLinkerTest {

    private final SpeakerLinker linker = new SpeakerLinker(Dictionaries.load(Optional.empty()).table("handles.tsv"));

    /** A post as the posts stage gives it: its author's display name and handle (breitbart.com's embeds). */
    private static Quote post(String name, String handle) {
        return new Quote(0, QuoteKind.POST, 0, 10, "…", LanguageGuess.UNKNOWN, "twitter",
                new Attribution(name, handle, LocalDate.of(2021, 1, 4), "January 4, 2021", null, null, null, null), null);
    }

    private static Attribution speaker(String name) {
        return new Attribution(name, null, null, null, null, "said", new TextRange(0, name.length()), null);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertTrue(linker.samePerson("Jesus Ramirez Cuevas", "Jesús Ramírez Cuevas"));
        assertTrue(linker.samePerson("JESÚS RAMÍREZ CUEVAS", "jesus ramirez cuevas"));
    }

    @Test
    void surnamesMatchTheWholeName() {
        assertTrue(linker.samePerson("López Obrador", "Andrés Manuel López Obrador"));
        assertTrue(linker.samePerson("Ramírez", "Jesús Ramírez Cuevas"));
    }

    @Test
    void aFirstNameAloneIsNobodyInParticular() {
        assertFalse(linker.samePerson("Jesús", "Jesús Ramírez Cuevas"));
        assertFalse(linker.samePerson("Jesús Ramírez Cuevas", "Stephanie Palacios"));
    }

    @Test
    void speakerWhoAlsoPostedGetsThePostsHandle() {
        List<Quote> quotes = List.of(post("Stephanie Palacios", "novalick"), post("Jesús Ramírez Cuevas", "JesusRCuevas"));
        assertEquals("JesusRCuevas", linker.link(speaker("Jesus Ramirez Cuevas"), quotes).handle());
    }

    @Test
    void handlesTableGivesAnAuthorTheNamesTheProseUses() {
        // handles.tsv: lopezobrador_ also goes by "AMLO", as in "…”, señaló AMLO." (sopitas.com)
        List<Quote> quotes = List.of(post("Andrés Manuel López Obrador", "lopezobrador_"));
        assertEquals("lopezobrador_", linker.link(speaker("AMLO"), quotes).handle());
    }

    @Test
    void speakerWithoutAPostHasNoHandle() {
        assertNull(linker.link(speaker("Jesus Ramirez Cuevas"), List.of(post("Stephanie Palacios", "novalick"))).handle());
        assertNull(linker.link(speaker("Jesus Ramirez Cuevas"), List.of()).handle());
    }

    /**
     * thebreakingtimes.com, on a Twitter user and Oyo State's governor: "@AareAgo tweeted: “…”" over posts signed "— Ààre
     * Àgò (@AareAgo)": the speaker the prose writes as the account is its author, by the name the post gives; a speaker
     * written as a person ("Diplo") keeps the name the prose gives, and a display name of no letters is no name.
     */
    @Test
    void aSpeakerWrittenAsAPostsHandleTakesThePostsName() {
        Attribution linked = linker.link(speaker("AareAgo"), List.of(post("Ààre Àgò", "AareAgo")));
        assertEquals("Ààre Àgò", linked.name());
        assertEquals("AareAgo", linked.handle());
        assertEquals("Diplo", linker.link(speaker("Diplo"), List.of(post("wes", "diplo"))).name());
        assertEquals("saweetie", linker.link(speaker("saweetie"), List.of(post("❄️", "saweetie"))).name());
    }
}
