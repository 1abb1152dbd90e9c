package newsroom.annotator.posts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.language.EntityMasker;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.LanguageScores;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.segment.Trim;

/**
 * Bounds the embedded posts of an article. A post the page's markup names (an EMBED hint) is that
 * region. Otherwise a post ends at its signature, and its start is found the way an editor finds it:
 * the platform's opening chrome when there is one; else the words before the signature on its line, or
 * the paragraph before a signature that stands alone; then back over paragraphs while the evidence says
 * they belong to the post (a paragraph that runs on without final punctuation, the post's language where
 * the article's prose has another, hashtags, Twitter links and emoji) and the platform's length limit
 * allows. A paragraph in another language than the post, one that introduces the post (ends with a
 * colon, names the author in full, or names the author with a reporting verb), another embed, a short
 * heading, the article's headline or a site's prompt ("TE PUEDE INTERESAR: …") stops the walk.
 * Paragraphs in the article's own language that end with a full stop still belong to the post when they
 * stand between it and what announces it, or between it and the post before it on a page that lays posts
 * out back to back, and nothing in them speaks of the post. A bare post address on its own line is an
 * embed whose words the page did not carry. Immutable and thread-safe.
 */
final class PostFinder {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String TERMINAL = ".!?…;:。！？";
    private static final String CLOSERS = "\"'”’»)]";
    /** A line of fewer words without a final stop is a heading ("🦋 Bluesky"), not the start of a broken post. */
    private static final int MIN_RUN_ON_WORDS = 4;
    /** A label above an embed names its author in a few words: "Former QB Russell Wilson". */
    private static final int MAX_LABEL_WORDS = 5;
    /** Quotation marks that close a quotation: a paragraph they end is complete, though no stop precedes them. */
    private static final String CLOSING_QUOTES = "\"”»";
    /**
     * Emoji a scrape could not encode and wrote as question marks: "¡Son increíbles, Incondicionales! ??".
     * A run of two or more after a blank is no sentence's end ("¿Qué??" has no blank).
     */
    private static final Pattern LOST_EMOJI = Pattern.compile("(?:^|\\s)\\?{2,}(?=\\s|$|[.,!])");

    private final PostLinks links;
    private final PostMentions mentions;
    private final EntityMasker masker;
    private final PostLength length;
    private final StretchLanguage language;
    private final SitePrompts prompts;

    PostFinder(PostLinks links, PostMentions mentions, EntityMasker masker, PostLength length,
               StretchLanguage language, SitePrompts prompts) {
        this.links = links;
        this.prompts = prompts;
        this.mentions = mentions;
        this.masker = masker;
        this.length = length;
        this.language = language;
    }

    /** The article's embeds, in text order, none overlapping another. */
    List<Embed> find(Document document, List<Mark> marks) {
        Article article = new Article(document, marks);
        List<Embed> embeds = new ArrayList<>(article.fromHints());
        Deadline deadline = Deadline.current();
        for (int m = 0; m < marks.size(); m++) {
            deadline.check();
            Mark mark = marks.get(m);
            if (article.claimed(mark.start(), mark.end())) {
                continue;
            }
            Embed embed = switch (mark.role()) {
                case SIGNATURE -> article.endingAt(m, embeds);
                case WHOLE -> article.coversParagraphs(mark) ? article.chromeOnly(mark) : null;
                case OPENING -> null;
            };
            if (embed != null) {
                article.claim(embed);
                embeds.add(embed);
            }
        }
        for (Mark mark : marks) {
            // chrome that opens an embed whose signature the page lost, standing alone on its line
            if (mark.role() == Mark.Role.OPENING && mark.facts() == 0 && article.coversParagraphs(mark)
                    && !article.claimed(mark.start(), mark.end())) {
                Embed embed = article.chromeOnly(mark);
                article.claim(embed);
                embeds.add(embed);
            }
        }
        embeds.addAll(article.bareLinks());
        embeds.sort(Comparator.comparingInt(Embed::start));
        return article.openedBefore(embeds);
    }

    /** One article's text, spans and marks while its posts are bounded. */
    private final class Article {

        private final Document document;
        private final String text;
        private final List<Span> spans;
        private final List<Mark> marks;
        private final boolean[] barrier;
        private final Set<String> allowed;
        private final String prose;
        /** The embeds found so far, to tell in log time whether a range is taken. */
        private final Disjoint claims = new Disjoint();
        /** How many paragraphs say the same words, by those words. */
        private final Map<String, Integer> paragraphCounts = new HashMap<>();

        Article(Document document, List<Mark> marks) {
            this.document = document;
            this.text = document.text();
            this.spans = document.spans().stream().sorted(Comparator.comparingInt(Span::start)).toList();
            this.marks = marks;
            this.allowed = Set.copyOf(document.article().languages());
            this.barrier = new boolean[spans.size()];
            markBarriers(marks);
            LanguageScores proseScores = LanguageScores.EMPTY;
            Deadline deadline = Deadline.current();
            for (int i = 0; i < spans.size(); i++) {
                deadline.check();
                Span span = spans.get(i);
                barrier[i] = barrier[i]
                        || links.whole(text, span.start(), span.end()).isPresent()
                        || prompts.isPrompt(words(span));
                if (!barrier[i]) {
                    proseScores = proseScores.plus(span.language().scores());
                }
                paragraphCounts.merge(words(span), 1, Integer::sum);
            }
            this.prose = language.guess(proseScores, allowed).language();
        }

        /** The span's words. */
        private String words(Span span) {
            return text.substring(span.start(), span.end());
        }

        /** Every paragraph a mark overlaps is a barrier: marks are in text order, none overlapping another. */
        private void markBarriers(List<Mark> marks) {
            int i = 0;
            for (Mark mark : marks) {
                while (i < spans.size() && spans.get(i).end() <= mark.start()) {
                    i++;
                }
                for (int j = i; j < spans.size() && spans.get(j).start() < mark.end(); j++) {
                    barrier[j] = true;
                }
            }
        }

        /** Whether [from, to) overlaps an embed found so far (those of {@code embeds} claimed, see {@link #claim}). */
        boolean claimed(int from, int to) {
            return claims.overlaps(from, to);
        }

        void claim(Embed embed) {
            claims.add(embed.start(), embed.end());
        }

        /** Posts the page's markup names: each EMBED hint's region is one post. */
        List<Embed> fromHints() {
            List<Embed> embeds = new ArrayList<>();
            List<Hint> hints = document.article().hints().stream()
                    .filter(h -> h.kind() == Hint.Kind.EMBED)
                    .sorted(Comparator.comparingInt(Hint::start))
                    .toList();
            for (Hint hint : hints) {
                TextRange region = Trim.range(text, Math.max(0, hint.start()), Math.min(text.length(), hint.end()));
                if (region == null || claimed(region.start(), region.end())) {
                    continue;
                }
                Embed embed = fromHint(hint, region);
                if (embed != null) {
                    claim(embed);
                    embeds.add(embed);
                }
            }
            return embeds;
        }

        private Embed fromHint(Hint hint, TextRange region) {
            List<Mark> inside = marks.stream()
                    .filter(m -> m.start() >= region.start() && m.end() <= region.end())
                    .toList();
            Optional<PostLinks.Link> link = links.of(hint.attribute("url"));
            Platform platform = Platform.named(hint.attribute("platform"))
                    .or(() -> link.map(PostLinks.Link::platform))
                    .or(() -> inside.stream().map(Mark::platform).findFirst())
                    .orElse(null);
            if (platform == null) {
                return null;
            }
            Mark signature = last(inside, Mark.Role.SIGNATURE);
            Mark opening = inside.stream().filter(m -> m.role() == Mark.Role.OPENING).findFirst().orElse(null);
            Mark whole = inside.stream().filter(m -> m.role() == Mark.Role.WHOLE).findFirst().orElse(null);
            List<Mark> chrome = new ArrayList<>();
            for (Mark mark : new Mark[] {signature, whole, opening}) {
                if (mark != null) {
                    chrome.add(mark);
                }
            }
            int bodyFrom = opening != null ? opening.end() : region.start();
            int bodyTo = whole != null ? bodyFrom : signature != null ? signature.start() : region.end();
            TextRange body = bodyTo > bodyFrom ? Trim.range(text, bodyFrom, bodyTo) : null;
            LanguageScores scores = body == null ? LanguageScores.EMPTY : language.scores(text, spans, body.start(), body.end());
            return new Embed(platform, region.start(), region.end(),
                    body == null ? bodyFrom : body.start(), body == null ? bodyFrom : body.end(),
                    chrome, link.orElse(null), hint, scores);
        }

        private Mark last(List<Mark> inside, Mark.Role role) {
            Mark found = null;
            for (Mark mark : inside) {
                if (mark.role() == role) {
                    found = mark;
                }
            }
            return found;
        }

        /** The post that the signature {@code marks[m]} closes. */
        Embed endingAt(int m, List<Embed> embeds) {
            Mark signature = marks.get(m);
            int k = spanAt(signature.start());
            if (k < 0) {
                return null;
            }
            int floor = claims.lastEndBefore(signature.start(), document.article().bodyStart());
            Mark previous = m > 0 ? marks.get(m - 1) : null;
            if (previous != null) {
                floor = Math.max(floor, previous.end());
                if (previous.role() == Mark.Role.OPENING && previous.platform() == signature.platform()
                        && previous.end() <= signature.start()
                        && !claimed(previous.start(), previous.end())
                        && length.fits(signature.platform(), text.substring(previous.end(), signature.start()))) {
                    return withBody(signature.platform(), previous.start(), signature.end(), previous.end(),
                            signature.start(), List.of(signature, previous),
                            language.scores(text, spans, previous.end(), signature.start()));
                }
                if (previous.role() == Mark.Role.OPENING && previous.platform() != signature.platform() && bareMention(previous)
                        && previous.end() <= signature.start() && !claimed(previous.start(), previous.end())
                        && length.fits(signature.platform(), text.substring(previous.start(), signature.start()))) {
                    // "@MJPolice the contempt in the tweet …" above "— tdotsomebody (@tdotsomebody) October 31, 2015": a
                    // reply on X opens with the account it answers, as a TikTok caption opens with its author's; the
                    // signature says whose post it is, and the mention is its first word
                    return withBody(signature.platform(), previous.start(), signature.end(), previous.start(),
                            signature.start(), List.of(signature), language.scores(text, spans, previous.start(), signature.start()));
                }
            }
            Span line = spans.get(k);
            int lineStart = Math.max(line.start(), floor);
            int earliest;
            if (hasWords(lineStart, signature.start())) {
                earliest = k;
            } else if (k > 0 && mayStartBody(k - 1, signature, floor)) {
                earliest = k - 1;
                lineStart = spans.get(earliest).start();
            } else {
                return new Embed(signature.platform(), signature.start(), signature.end(), signature.start(),
                        signature.start(), List.of(signature), null, null, LanguageScores.EMPTY);
            }
            int bodyStart = lineStart;
            LanguageScores post = language.scores(text, spans, bodyStart, signature.start());
            if (bodyStart == spans.get(earliest).start()) {
                while (earliest > 0 && joins(earliest - 1, post, signature, floor)) {
                    earliest--;
                    bodyStart = spans.get(earliest).start();
                    post = post.plus(spans.get(earliest).language().scores());
                }
            }
            return withBody(signature.platform(), bodyStart, signature.end(), bodyStart, signature.start(),
                    List.of(signature), post);
        }

        /** Whether the mark is an account's handle alone, with no name, date or link: the opening a reply shares. */
        private static boolean bareMention(Mark mark) {
            return mark.handle() != null && mark.name() == null && mark.date() == null && mark.url() == null;
        }

        private Embed withBody(Platform platform, int start, int end, int bodyFrom, int bodyTo, List<Mark> chrome,
                               LanguageScores scores) {
            TextRange body = bodyTo > bodyFrom ? Trim.range(text, bodyFrom, bodyTo) : null;
            int from = body == null ? bodyTo : body.start();
            int to = body == null ? bodyTo : body.end();
            return new Embed(platform, start, end, from, to, chrome, null, null, scores);
        }

        /**
         * The embeds with each post's words run back over the paragraphs that stand between the post and
         * what opens it, when nothing marks them as the article's. What opens a post is a paragraph that
         * announces it ("…the journalist Álvaro Morales, who mocked Alves", "Trump wrote:", or prose that
         * quotes the post's words before showing it) or, on a page that lays posts out back to back (most
         * of them with nothing between them, signatures on lines of their own), the post before it. A
         * paragraph between the two is then the post's first words, though it ends with a full stop in the
         * article's own language ("Yessir!", "Draymond Green has fouled out."), unless it speaks of the
         * post (quotes, reports or names its author), is a heading, is in another language than the post,
         * stands elsewhere in the article word for word (a site's prompt), or the whole would not fit in
         * one post. Where commentary stands between most posts ("Good point.", "He can’t."), a line
         * between two posts is commentary.
         */
        List<Embed> openedBefore(List<Embed> embeds) {
            int adjacent = 0;
            for (int j = 1; j < embeds.size(); j++) {
                adjacent += adjacent(embeds.get(j - 1), embeds.get(j)) ? 1 : 0;
            }
            boolean backToBack = 2 * adjacent > embeds.size() - 1;
            List<Embed> result = new ArrayList<>(embeds.size());
            for (int j = 0; j < embeds.size(); j++) {
                Embed previous = j > 0 ? embeds.get(j - 1) : null;
                result.add(openedBefore(embeds.get(j), previous, backToBack));
            }
            return result;
        }

        /** Whether no paragraph stands between the two embeds. */
        private boolean adjacent(Embed before, Embed after) {
            int first = spanAt(after.start());
            return first > 0 && spans.get(first - 1).end() <= before.end();
        }

        private Embed openedBefore(Embed embed, Embed previous, boolean backToBack) {
            Mark signature = embed.chrome().isEmpty() ? null : embed.chrome().get(0);
            int first = spanAt(embed.start());
            if (signature == null || signature.role() != Mark.Role.SIGNATURE || embed.hint() != null
                    || embed.bodyEnd() <= embed.bodyStart() || embed.bodyStart() != embed.start()
                    || first <= 0 || spans.get(first).start() != embed.start()) {
                return embed;
            }
            int floor = previous == null ? document.article().bodyStart() : previous.end();
            String postLanguage = language.guess(embed.scores(), allowed).language();
            for (int i = first - 1; i >= 0; i--) {
                Span span = spans.get(i);
                if (span.end() <= floor) {
                    int line = spanAt(signature.start());
                    boolean laidOut = backToBack && line >= 0 && spans.get(line).start() == signature.start();
                    return previous != null && laidOut ? runFrom(embed, i + 1, first) : embed;
                }
                if (span.start() < floor || barrier[i]) {
                    return embed;
                }
                if (mentions.announces(words(span), signature,
                        text.substring(spans.get(i + 1).start(), signature.start()))) {
                    return runFrom(embed, i + 1, first);
                }
                if (i == 0 || !mayOpenPost(span, postLanguage, signature)) {
                    return embed;
                }
            }
            return embed;
        }

        /** The embed with paragraphs [from, first) put before its words. */
        private Embed runFrom(Embed embed, int from, int first) {
            if (from >= first) {
                return embed;
            }
            LanguageScores scores = embed.scores();
            for (int i = from; i < first; i++) {
                scores = scores.plus(spans.get(i).language().scores());
            }
            int start = spans.get(from).start();
            return new Embed(embed.platform(), start, embed.end(), start, embed.bodyEnd(), embed.chrome(), embed.link(),
                    embed.hint(), scores);
        }

        /** Whether a paragraph before a post can be its first words, by what it says and how long it is. */
        private boolean mayOpenPost(Span span, String postLanguage, Mark signature) {
            String spanLanguage = span.language().language();
            if (postLanguage != null && spanLanguage != null && !postLanguage.equals(spanLanguage)) {
                return false;
            }
            if (runsOn(span) && wordCount(span) < MIN_RUN_ON_WORDS) {
                return false; // a heading
            }
            return !mentions.speaksOf(words(span), signature) && !repeated(span)
                    && length.fits(signature.platform(), text.substring(span.start(), signature.start()));
        }

        /** Whether another paragraph says the same word for word: a prompt the page inserts more than once. */
        private boolean repeated(Span span) {
            return paragraphCounts.getOrDefault(words(span), 0) > 1;
        }

        /**
         * The paragraph before a signature that stands alone is the post's words, unless it is the article's:
         * it introduces the post, or it is a label without a final stop that names the account ("FS Quandre
         * Diggs" above "— Nino (@qdiggs6)", where the page lost the post's words).
         */
        private boolean mayStartBody(int i, Mark signature, int floor) {
            Span span = spans.get(i);
            return span.start() >= floor && !barrier[i] && !introduces(span, signature)
                    && !labels(span, signature) && !narrates(span, signature)
                    && length.fits(signature.platform(), text.substring(span.start(), signature.start()));
        }

        /**
         * Whether the paragraph tells of the post in the article's own voice: sentences in the prose's
         * language, without a post's hashtags, links or emoji, that report or name it ("No obstante, sí
         * reveló la imagen promocional de su canción ‘Chantaje’." above "A photo posted by Shakira
         * (@shakira) on", whose words the page lost).
         */
        private boolean narrates(Span span, Mark signature) {
            return prose != null && prose.equals(span.language().language()) && span.sentences().size() >= 2
                    && !looksPosted(span) && !hasEmoji(words(span))
                    && mentions.speaksOf(words(span), signature);
        }

        /** Whether the paragraph is a label: a few words that name the account, without a final stop or a post's marks. */
        private boolean labels(Span span, Mark signature) {
            return runsOn(span) && wordCount(span) <= MAX_LABEL_WORDS && !looksPosted(span)
                    && !hasEmoji(words(span))
                    && mentions.namesAccount(words(span), signature);
        }

        /** Whether paragraph {@code i} belongs to the post whose words so far score {@code post}. */
        private boolean joins(int i, LanguageScores post, Mark signature, int floor) {
            Span span = spans.get(i);
            if (span.start() < floor || barrier[i]) {
                return false;
            }
            String postLanguage = language.guess(post, allowed).language();
            String spanLanguage = span.language().language();
            if (postLanguage != null && spanLanguage != null && !postLanguage.equals(spanLanguage)) {
                return false;
            }
            // a short line without a final stop is a heading, and the article's first line its headline
            boolean runsOn = runsOn(span) && i > 0 && wordCount(span) >= MIN_RUN_ON_WORDS;
            boolean postLanguageAmidProse = spanLanguage != null && spanLanguage.equals(postLanguage)
                    && prose != null && !prose.equals(postLanguage);
            // emoji are a post's too, but a heading may wear one ("🦋 Bluesky")
            boolean emoji = i > 0 && !(runsOn(span) && wordCount(span) < MIN_RUN_ON_WORDS)
                    && hasEmoji(words(span));
            return (runsOn || postLanguageAmidProse || looksPosted(span) || emoji) && !introduces(span, signature)
                    && length.fits(signature.platform(), text.substring(span.start(), signature.start()));
        }

        /** Whether the paragraph introduces the post and is the article's (see {@link PostMentions#introduces}). */
        private boolean introduces(Span span, Mark signature) {
            return mentions.introduces(words(span), signature);
        }

        /** Hashtags and Twitter's links are a post's, not an article's. */
        private boolean looksPosted(Span span) {
            String paragraph = words(span);
            // a hashtag, or a mention the words open with, as a reply's do ("@MJPolice the contempt in the tweet …")
            if (masker.holdsHashtag(paragraph) || masker.opensWithMention(paragraph) || masker.endsWithMention(paragraph)) {
                return true;
            }
            return paragraph.contains("t.co/") || paragraph.contains("pic.twitter.com/");
        }

        private int wordCount(Span span) {
            int words = 0;
            for (String word : NON_WORD.split(words(span))) {
                if (!word.isEmpty()) {
                    words++;
                }
            }
            return words;
        }

        private boolean runsOn(Span span) {
            int i = span.end() - 1;
            if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return false; // a quotation closes it: “y ya lo ven, somos locales otra vez”
            }
            while (i > span.start() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
                i--;
            }
            return TERMINAL.indexOf(text.charAt(i)) < 0;
        }

        /** Whether the paragraph holds an emoji, or the question marks a scrape left for one. */
        private boolean hasEmoji(String paragraph) {
            return paragraph.codePoints().anyMatch(c -> UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION))
                    || LOST_EMOJI.matcher(paragraph).find();
        }

        /** Whether text[from, to) holds words besides handles, hashtags and links. */
        private boolean hasWords(int from, int to) {
            if (to <= from || text.substring(from, to).chars().noneMatch(Character::isLetterOrDigit)) {
                return false;
            }
            CharSequence masked = masker.mask(text.substring(from, to));
            for (int i = 0; i < masked.length(); i++) {
                if (Character.isLetterOrDigit(masked.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** The paragraph that holds {@code offset}, or -1; a binary search, as paragraphs are in text order. */
        private int spanAt(int offset) {
            int low = 0;
            int high = spans.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Span span = spans.get(middle);
                if (offset < span.start()) {
                    high = middle - 1;
                } else if (offset >= span.end()) {
                    low = middle + 1;
                } else {
                    return middle;
                }
            }
            return -1;
        }

        /** Whether the mark fills its paragraphs from the first to the last character. */
        boolean coversParagraphs(Mark mark) {
            int first = spanAt(mark.start());
            int last = spanAt(mark.end() - 1);
            return first >= 0 && last >= 0 && spans.get(first).start() == mark.start() && spans.get(last).end() == mark.end();
        }

        Embed chromeOnly(Mark mark) {
            return new Embed(mark.platform(), mark.start(), mark.end(), mark.end(), mark.end(), List.of(mark), null, null,
                    LanguageScores.EMPTY);
        }

        /** Paragraphs that are nothing but a post's address: embeds whose words the page did not carry. */
        List<Embed> bareLinks() {
            List<Embed> found = new ArrayList<>();
            for (Span span : spans) {
                if (claimed(span.start(), span.end())) {
                    continue;
                }
                links.whole(text, span.start(), span.end()).ifPresent(link -> found.add(
                        new Embed(link.platform(), span.start(), span.end(), span.end(), span.end(), List.of(), link, null,
                                LanguageScores.EMPTY)));
            }
            return found;
        }
    }
}
