package newsroom.annotator.posts;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;
import java.util.regex.Pattern;

/**
 * Measures a post's words as its platform does: Twitter's weighted length from twitter-text (a link
 * counts 23, an attached picture's {@code pic.twitter.com} link nothing), Bluesky's graphemes, or code
 * points. Line breaks that a page turned into blank lines count once, as in the post. Thread-safe.
 */
final class PostLength {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /**
     * twitter-text's own configuration without its emoji pattern, which costs six times the rest of a
     * parse: for text that holds no emoji character it changes nothing.
     */
    private static final TwitterTextConfiguration WITHOUT_EMOJI = withoutEmoji(TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG);
    private static final String[] MEDIA_HOSTS = {"pic.twitter.com/", "pic.x.com/"};
    /** What twitter-text counts for any link. */
    private static final int LINK_WEIGHT = 23;
    private static final ThreadLocal<BreakIterator> GRAPHEMES = ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    /** Whether {@code words} fit in one post of {@code platform}. */
    boolean fits(Platform platform, String words) {
        String post = asPosted(words);
        if (platform.counting() == Platform.Counting.TWITTER) {
            // a grapheme weighs at least 1 and a code point at most 2, a link 23 (a picture's 0) whatever its
            // length: bounds that settle most questions without twitter-text's costly parse
            int graphemes = graphemes(post);
            int codePoints = post.codePointCount(0, post.length());
            int links = 0;
            int linkLetters = 0;
            for (String token : post.split("\\s+")) {
                if (mayHoldLink(token)) {
                    links++;
                    linkLetters += token.length();
                }
            }
            if (graphemes - linkLetters > platform.limit()) {
                return false;
            }
            if (2 * codePoints + LINK_WEIGHT * links <= platform.limit()) {
                return true;
            }
        }
        return count(platform, post) <= platform.limit();
    }

    private static String asPosted(String words) {
        return LINE_BREAKS.matcher(words.strip()).replaceAll("\n");
    }

    private static int count(Platform platform, String post) {
        return switch (platform.counting()) {
            case TWITTER -> TwitterTextParser.parseTweet(withoutMediaLinks(post),
                    mayHoldEmoji(post) ? TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG : WITHOUT_EMOJI).weightedLength;
            case GRAPHEMES -> graphemes(post);
            case CODE_POINTS -> post.codePointCount(0, post.length());
        };
    }

    private static TwitterTextConfiguration withoutEmoji(TwitterTextConfiguration config) {
        return new TwitterTextConfiguration.Builder()
                .setVersion(config.getVersion())
                .setMaxWeightedTweetLength(config.getMaxWeightedTweetLength())
                .setScale(config.getScale())
                .setDefaultWeight(config.getDefaultWeight())
                .setTransformedURLLength(config.getTransformedURLLength())
                .setRanges(config.getRanges())
                .setEmojiParsingEnabled(false)
                .build();
    }

    /** Emoji lie outside the Basic Multilingual Plane, in its symbol blocks (not its punctuation but ‼ and ⁉), or carry U+FE0F or U+20E3. */
    private static boolean mayHoldEmoji(String post) {
        for (int i = 0; i < post.length(); i++) {
            char c = post.charAt(i);
            if (Character.isSurrogate(c) || (c >= '\u2100' && c <= '\u2BFF') || c == '\u203C' || c == '\u2049' || c == '\u00A9' || c == '\u00AE'
                    || c == '\u3030' || c == '\u303D' || c == '\u3297' || c == '\u3299' || c == '\uFE0F' || c == '\u20E3') {
                return true;
            }
        }
        return false;
    }

    /** A link has a dot before a letter, or a slash; a word without either is none. */
    private static boolean mayHoldLink(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '/' || c == '.' && i + 1 < words.length() && Character.isLetter(words.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }


    /** Twitter does not count the link that shows an attached picture or video: the word {@code pic.twitter.com/…}. */
    private static String withoutMediaLinks(String post) {
        StringBuilder kept = new StringBuilder(post);
        for (String host : MEDIA_HOSTS) {
            for (int at = kept.indexOf(host); at >= 0; at = kept.indexOf(host, at)) {
                int end = at;
                while (end < kept.length() && !Character.isWhitespace(kept.charAt(end))) {
                    end++;
                }
                kept.delete(at, end);
            }
        }
        return kept.toString();
    }

    private static int graphemes(String post) {
        BreakIterator iterator = GRAPHEMES.get();
        iterator.setText(post);
        int count = 0;
        while (iterator.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
