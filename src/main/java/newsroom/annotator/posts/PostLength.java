package newsroom.annotator.posts;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures a post's words as its platform does: Twitter's weighted length from twitter-text (a link
 * counts 23, an attached picture's {@code pic.twitter.com} link nothing), Bluesky's graphemes, or code
 * points. Line breaks that a page turned into blank lines count once, as in the post. Thread-safe.
 */
final class PostLength {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final ThreadLocal<BreakIterator> GRAPHEMES = ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    private final Extractor extractor;

    PostLength(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Whether {@code words} fit in one post of {@code platform}. */
    boolean fits(Platform platform, String words) {
        return measure(platform, words) <= platform.limit();
    }

    int measure(Platform platform, String words) {
        String post = LINE_BREAKS.matcher(words.strip()).replaceAll("\n");
        return switch (platform.counting()) {
            case TWITTER -> TwitterTextParser.parseTweet(withoutMediaLinks(post)).weightedLength;
            case GRAPHEMES -> graphemes(post);
            case CODE_POINTS -> post.codePointCount(0, post.length());
        };
    }

    /** Twitter does not count the link that shows an attached picture or video. */
    private String withoutMediaLinks(String post) {
        if (!post.contains("pic.twitter.com") && !post.contains("pic.x.com")) {
            return post;
        }
        StringBuilder kept = new StringBuilder(post);
        List<Extractor.Entity> urls = extractor.extractURLsWithIndices(post);
        for (int i = urls.size() - 1; i >= 0; i--) {
            Extractor.Entity url = urls.get(i);
            String value = url.getValue();
            if (value.startsWith("pic.twitter.com/") || value.startsWith("pic.x.com/")) {
                kept.delete(url.getStart(), url.getEnd());
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
