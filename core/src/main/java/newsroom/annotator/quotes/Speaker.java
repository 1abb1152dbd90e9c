package newsroom.annotator.quotes;

import java.util.Set;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.TextRange;

/** A speaker named in the text, as written there, with the roles the text gave them and the cue last used. */
record Speaker(String name, TextRange at, Set<String> roles, String cue) {

    Speaker {
        roles = Set.copyOf(roles);
    }

    /** A speaker named by the words at {@code range}, with no role. */
    static Speaker at(String text, TextRange range, Set<String> roles) {
        return new Speaker(text.substring(range.start(), range.end()), range, roles, null);
    }

    Speaker withCue(String newCue) {
        return new Speaker(name, at, roles, newCue);
    }

    Attribution attribution() {
        return new Attribution(name, null, null, null, null, cue, at, null);
    }
}
