package newsroom.annotator.language;

import com.twitter.twittertext.Extractor;
import java.util.List;

/**
 * Blanks out handles, hashtags and links so that they do not sway the detector: a Spanish tweet full
 * of English hashtags is still Spanish. Offsets are kept, only the characters become spaces.
 */
public final class EntityMasker {

    private final Extractor extractor = new Extractor();

    /** The text with every mention, hashtag and URL replaced by spaces of the same length. */
    public CharSequence mask(String text) {
        if (!mightHoldEntity(text)) {
            return text;
        }
        List<Extractor.Entity> entities = extractor.extractEntitiesWithIndices(text);
        if (entities.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        for (Extractor.Entity entity : entities) {
            for (int i = entity.getStart(); i < entity.getEnd(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked;
    }

    /** Most sentences hold no entity; the extractor's URL pattern is costly, so look for a sign first. */
    static boolean mightHoldEntity(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '#' || c == '＠' || c == '＃' || c == '/' || c == '$') {
                return true;
            }
            if (c == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
