package newsroom.annotator.quotes;

import com.ibm.icu.text.Normalizer2;
import java.util.List;
import java.util.Locale;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;

/**
 * A quotation that repeats the words of a post the article embeds is that post's author's: "«¡Rosi, qué
 * lindas palabras!», reposteó la cantante" above Shakira's embedded tweet, or a user's words quoted and then
 * shown. The words are compared without case, accents, punctuation or links; the quotation must hold a few
 * words and all of them stand, in order, in the post.
 */
final class PostEchoSieve implements Sieve {

    /** Fewer words than this could stand in any post. */
    private static final int MIN_WORDS = 4;
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();

    @Override
    public String name() {
        return "post-echo";
    }

    /** A post's author is named by the post itself, whatever the clause around its echo says. */
    @Override
    public boolean namesTheUnnamed() {
        return true;
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        String words = plain(quote.quotation().text(reading.text()));
        if (words.split(" ").length < MIN_WORDS) {
            return null;
        }
        for (EchoedPost post : reading.posts()) {
            Attribution author = post.post().attribution();
            if (author != null && author.name() != null && post.words().contains(" " + words + " ")) {
                // "— ❄️ (@Saweetie)": a display name without a letter names nobody; the handle does
                boolean lettered = author.name().codePoints().anyMatch(Character::isLetter);
                String name = lettered || author.handle() == null ? author.name() : author.handle();
                return new Decision(new Attribution(name, author.handle(), null, null, null, null, lettered ? author.nameAt() : null, null),
                        null, true);
            }
        }
        return null;
    }

    /** An embedded post and its words alone, space-padded, read once per article. */
    record EchoedPost(Quote post, String words) {

        static List<EchoedPost> of(List<Quote> quotes) {
            return quotes.stream().filter(q -> q.kind() == QuoteKind.POST && q.text() != null)
                    .map(q -> new EchoedPost(q, " " + plain(q.text()) + " ")).toList();
        }
    }

    /** The words alone: lower case, no accents, no punctuation, no links or handles' marks, one space between. */
    static String plain(String text) {
        String decomposed = DECOMPOSE.normalize(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
