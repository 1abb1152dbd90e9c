package newsroom.annotator.language;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Blanks out handles, hashtags and links so that they do not sway the detector: a Spanish tweet full
 * of English hashtags is still Spanish. Offsets are kept, only the characters become spaces.
 */
public final class EntityMasker {

    private final LinearExtractor extractor = new LinearExtractor();

    /** The text with every mention, hashtag and URL replaced by spaces of the same length. */
    public CharSequence mask(String text) {
        // twitter-text's patterns (the URL one above all) cost more than the detector on plain prose,
        // so each runs only where its entity can be: most paragraphs hold none
        List<Extractor.Entity> entities = new ArrayList<>();
        if (text.indexOf('@') >= 0 || text.indexOf('＠') >= 0) {
            entities.addAll(extractor.mentions(text));
        }
        if (text.indexOf('#') >= 0 || text.indexOf('＃') >= 0) {
            entities.addAll(extractor.hashtags(text));
        }
        if (mightHoldUrl(text)) {
            entities.addAll(extractor.urls(text));
        }
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

    /** Whether the text holds a hashtag ({@code #mañanera}), as twitter-text reads one. */
    public boolean holdsHashtag(String text) {
        return (text.indexOf('#') >= 0 || text.indexOf('＃') >= 0) && !extractor.hashtags(text).isEmpty();
    }

    /** Whether the text opens with a mention ({@code @MJPolice …}), as a reply on X or Threads does. */
    public boolean opensWithMention(String text) {
        String opening = text.stripLeading();
        if (!opening.startsWith("@") && !opening.startsWith("＠")) {
            return false;
        }
        // only the first word is read: a paragraph's other mentions do not matter here
        int end = 0;
        while (end < opening.length() && !Character.isWhitespace(opening.charAt(end))) {
            end++;
        }
        return isMention(opening.substring(0, end));
    }

    /** Whether the text ends with a mention, a stop perhaps after it ("… tomorrow morning from @GovRonDeSantis."), as posts sign off. */
    public boolean endsWithMention(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".!?…".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        if (start >= end || (text.charAt(start) != '@' && text.charAt(start) != '＠')) {
            return false;
        }
        return isMention(text.substring(start, end));
    }

    /** Whether the word opens with a mention, as twitter-text reads one. */
    private boolean isMention(String word) {
        return extractor.mentions(word).stream().anyMatch(mention -> mention.getStart() == 0);
    }

    /** A scheme, "www." or a path after a dotted name ("pic.twitter.com/…", "bit.ly/…"). */
    static boolean mightHoldUrl(String text) {
        if (text.contains("://") || text.contains("www.")) {
            return true;
        }
        // one pass: a slash after a dot in the same run of non-blanks ("a/a/a/…" once walked back from every slash)
        boolean dotInWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                dotInWord = false;
            } else if (c == '.') {
                dotInWord = true;
            } else if (c == '/' && dotInWord) {
                return true;
            }
        }
        return false;
    }
}
