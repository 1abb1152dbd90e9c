package newsroom.annotator.language;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * twitter-text's {@link Extractor} in time linear in the text. Its extractors copy the rest of the text
 * after every match they check ({@code text.substring(matcher.end())}), so a paragraph of 300,000
 * handles ({@code "@a @a @a …"}) took minutes. Mentions, hashtags and links hold no white space, and
 * twitter-text reads a blank before or after one as it reads the text's start or end, so the text is
 * read in pieces of at most {@value #PIECE} characters cut after a blank, and the offsets put back.
 * A run of more characters without a blank is cut where it must, which can only change what a
 * pathological run of symbols counts as. Thread-safe.
 */
public final class LinearExtractor {

    /** Long enough for any entity twitter-text accepts (a URL's host and path, a 100-character hashtag). */
    static final int PIECE = 4096;

    private final Extractor extractor = new Extractor();

    public List<Extractor.Entity> mentions(String text) {
        return inPieces(text, extractor::extractMentionedScreennamesWithIndices);
    }

    public List<Extractor.Entity> hashtags(String text) {
        return inPieces(text, extractor::extractHashtagsWithIndices);
    }

    public List<Extractor.Entity> urls(String text) {
        return inPieces(text, extractor::extractURLsWithIndices);
    }

    /** Mentions, hashtags, links and cashtags, as {@link Extractor#extractEntitiesWithIndices} finds them. */
    public List<Extractor.Entity> entities(String text) {
        return inPieces(text, extractor::extractEntitiesWithIndices);
    }

    private static List<Extractor.Entity> inPieces(String text, Function<String, List<Extractor.Entity>> extract) {
        if (text.length() <= PIECE) {
            return extract.apply(text);
        }
        List<Extractor.Entity> found = new ArrayList<>();
        for (int from = 0; from < text.length(); ) {
            int to = pieceEnd(text, from);
            for (Extractor.Entity entity : extract.apply(text.substring(from, to))) {
                found.add(shifted(entity, from));
            }
            from = to;
        }
        return found;
    }

    /** The end of the piece that starts at {@code from}: just after the last blank within reach, if any. */
    static int pieceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + PIECE);
        if (limit == text.length()) {
            return limit;
        }
        for (int i = limit - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static Extractor.Entity shifted(Extractor.Entity entity, int by) {
        Extractor.Entity moved = new Extractor.Entity(entity.getStart() + by, entity.getEnd() + by, entity.getValue(),
                entity.getListSlug(), entity.getType());
        moved.setDisplayURL(entity.getDisplayURL());
        moved.setExpandedURL(entity.getExpandedURL());
        return moved;
    }
}
