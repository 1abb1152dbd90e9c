package newsroom.annotator.posts;

import java.util.List;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.LanguageScores;

/**
 * An embedded post as the finder bounded it, before it becomes a {@code Quote}: the whole embed
 * [start, end), the post's own words [bodyStart, bodyEnd) (empty when the page did not carry them), and
 * what told where it is.
 *
 * @param chrome the marks of the embed, its signature first; they name the author and the date
 * @param link   the post's address when the embed is a bare link, else null
 * @param hint   the page's markup for the embed, else null
 * @param scores the language evidence of the post's words, gathered once while bounding it
 */
record Embed(Platform platform, int start, int end, int bodyStart, int bodyEnd, List<Mark> chrome,
             PostLinks.Link link, Hint hint, LanguageScores scores) {

    Embed {
        chrome = List.copyOf(chrome);
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
