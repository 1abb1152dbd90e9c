package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Speakers read from reporting clauses of breitbart.com's "Mexican President Offers Political Asylum to
 * Julian Assange" (the project's example article): roles and possessors left out, organisations kept.
 */
class SpeakerParserTest {

    private static final SpeakerParser PARSER =
            new SpeakerParser(ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es")));

    private static String name(String text, Subject subject) {
        return text.substring(subject.name().start(), subject.name().end());
    }

    @Test
    void rolesAndPossessorsAreLeftOutOfTheName() {
        String text = "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end";
        Subject subject = PARSER.before(text, 0, text.indexOf(" said"));
        assertEquals(Subject.Kind.NAMED, subject.kind());
        assertEquals("Jesus Ramirez Cuevas", name(text, subject));
        assertTrue(subject.roles().contains("spokesman"));
    }

    @Test
    void aTitleBeforeTheNameIsNotPartOfIt() {
        String text = "Mexican President Andres Manuel Lopez Obrador (AMLO) offered asylum";
        Subject subject = PARSER.interpret(text, tokens(text, text.indexOf(" (")));
        assertEquals("Andres Manuel Lopez Obrador", name(text, subject));
    }

    @Test
    void anOrganisationCanSpeak() {
        String text = "The announcement came soon after a U.K. judge refused an extradition request by the U.S. "
                + "government, the AP reported.";
        Subject subject = PARSER.before(text, 0, text.indexOf(" reported") + 1);
        assertEquals("AP", name(text, subject));
        assertTrue(subject.organisation());
    }

    @Test
    void aRoleWithoutANameNamesNobody() {
        String text = "Mexico successfully pressured the U.S. Department of Justice into releasing a former secretary "
                + "of defense who was charged in a U.S. court";
        int from = text.indexOf("releasing") + "releasing".length();
        Subject subject = PARSER.after(text, from, text.length(), false);
        assertEquals(Subject.Kind.UNNAMED, subject.kind());
        assertTrue(subject.roles().contains("defense"));
    }

    @Test
    void cuePhrasesNameTheSpeakerAfterThem() {
        ReportingCues cues = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es"));
        // sopitas.com/noticias/amlo-julian-assange-extradicion-asilo-politico/
        String spanish = "De acuerdo con López Obrador, México daría asilo a Julian Assange como muestra de solidaridad";
        ReportingCues.Cue deAcuerdo = cues.find(spanish, 0, spanish.length()).get(0);
        assertTrue(deAcuerdo.phrase());
        assertEquals("López Obrador", name(spanish, PARSER.after(spanish, deAcuerdo.end(), spanish.length(), true)));
        // steemit.moecki.online/news/@johnvibes/uk-judge-refuses-to-extradite-wikileaks-founder-julian-assange-to-the-us
        String english = "it would be oppressive to extradite him to the United States of America,” the judge said, "
                + "according to the Associated Press.";
        List<ReportingCues.Cue> found = cues.find(english, english.indexOf("”"), english.length());
        ReportingCues.Cue accordingTo = found.get(found.size() - 1);
        assertEquals("according to", english.substring(accordingTo.start(), accordingTo.end()));
        assertEquals("Associated Press", name(english, PARSER.after(english, accordingTo.end(), english.length(), false)));
    }

    private static List<Token> tokens(String text, int to) {
        return ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es")).tokens(text, 0, to);
    }
}
