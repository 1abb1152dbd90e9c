package newsroom.annotator.quotes;

import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

class TmpDebugTest {
    static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es"));
    static final SpeakerParser P = new SpeakerParser(CUES);

    static void after(String text, String from) {
        int f = text.indexOf(from) + from.length();
        System.out.println("AFTER [" + text + "] -> " + P.after(CUES.view(text), f, text.length(), true));
    }
    static void before(String text, String cue) {
        System.out.println("BEFORE [" + text + "] -> " + P.before(CUES.view(text), 0, text.indexOf(cue)));
    }

    @Test
    void run() {
        before("” the former Saint Lucia Foreign Minister explained.", " explained");
        before("” the Foreign Minister explained.", " explained");
        after("” said the MLA for Halifax Citadel-Sable Island.", "said");
        after("” said the MLA for Halifax.", "said");
        after("” said the mayor of Halifax.", "said");
        before("” the Malawian told Al Jazeera.", " told");
        after("” said the Motswana.", "said");
    }
}
