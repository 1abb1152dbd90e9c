package newsroom.annotator.posts;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.language.LinearExtractor;
import newsroom.annotator.model.Entities;
import newsroom.annotator.model.Entity;

/**
 * The mentions, hashtags (Unicode ones such as {@code #mañanera} too) and links of a post's words,
 * found by twitter-text's {@link Extractor}, with offsets into the article's text. Bluesky and Mastodon
 * mentions run on over the domain their handles carry ({@code @erikaxel.bsky.social},
 * {@code @user@server}), which twitter-text stops short of. Thread-safe.
 */
final class PostEntities {

    private final LinearExtractor extractor;

    PostEntities(LinearExtractor extractor) {
        this.extractor = extractor;
    }

    /** The entities of text[from, to), a post of {@code platform}. */
    Entities of(String text, int from, int to, Platform platform) {
        String words = text.substring(from, Math.max(from, to));
        if (!mightHoldEntity(words)) {
            return Entities.NONE;
        }
        List<Entity> mentions = new ArrayList<>();
        List<Entity> hashtags = new ArrayList<>();
        List<Entity> urls = new ArrayList<>();
        for (Extractor.Entity entity : extractor.entities(unglued(words))) {
            int start = entity.getStart();
            int end = entity.getEnd();
            switch (entity.getType()) {
                case MENTION -> {
                    end = handleEnd(words, end, platform);
                    mentions.add(new Entity(words.substring(start + 1, end), from + start, from + end));
                }
                case HASHTAG -> hashtags.add(new Entity(entity.getValue(), from + start, from + end));
                case URL -> urls.add(new Entity(words.substring(start, end), from + start, from + end));
                default -> { } // cashtags are no entity of the contract
            }
        }
        return new Entities(mentions, hashtags, urls);
    }

    /**
     * The words with a hashtag that a scrape glued to the word before it set apart ("de extinción#IIFF", the line break
     * between them lost): the letter before the sign becomes a space, so offsets stay as they are. A word with a link's
     * or a handle's marks ("page.html#top") keeps its sign.
     */
    private static String unglued(String words) {
        char[] chars = null;
        int wordStart = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = i + 1;
            } else if ((c == '#' || c == '＃') && i > wordStart && Character.isLetter(words.charAt(i - 1))
                    && i + 1 < words.length() && Character.isLetter(words.charAt(i + 1)) && plainWord(words, wordStart, i)) {
                chars = chars == null ? words.toCharArray() : chars;
                chars[i - 1] = ' ';
                wordStart = i;
            }
        }
        return chars == null ? words : new String(chars);
    }

    /** Whether words[from, to) holds no mark of a link, a handle or a hashtag. */
    private static boolean plainWord(String words, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = words.charAt(i);
            if (c == '/' || c == '.' || c == '@' || c == '#' || c == ':' || c == '＃' || c == '＠') {
                return false;
            }
        }
        return true;
    }

    /** The extractor is costly; words without "@", "#", "/" or a dot before a letter hold no entity. */
    private static boolean mightHoldEntity(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '@' || c == '#' || c == '＠' || c == '＃' || c == '/'
                    || c == '.' && i + 1 < words.length() && Character.isLetter(words.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Where a mention ends once a Bluesky domain or a Mastodon server joins it. */
    private static int handleEnd(String words, int end, Platform platform) {
        if (platform == Platform.BLUESKY) {
            return domainEnd(words, end, '.');
        }
        if (platform == Platform.MASTODON && end < words.length() && words.charAt(end) == '@') {
            int server = domainEnd(words, end + 1, '\0');
            return server > end + 1 && words.substring(end + 1, server).contains(".") ? server : end;
        }
        return end;
    }

    /** The end of a run of domain labels from {@code at}, which must start with {@code lead} when it is not NUL. */
    private static int domainEnd(String words, int at, char lead) {
        int end = at;
        int i = at;
        if (lead != '\0') {
            if (i >= words.length() || words.charAt(i) != lead) {
                return at;
            }
        }
        while (i < words.length()) {
            char c = words.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-') {
                i++;
                end = i;
            } else if (c == '.' && i + 1 < words.length() && Character.isLetterOrDigit(words.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }
}
