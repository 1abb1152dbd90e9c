package newsroom.annotator.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Reads an article page or fragment with jsoup into an article: the text of the article's blocks, one
 * paragraph a line with a blank line between blocks, the headline where the page sets it (first, when it
 * comes from a meta tag), and every embedded post as a block of its own.
 *
 * <p>Which part of a page is the article is a scored decision ({@link ContentScorer}, after
 * Readability): the text written runs from the headline's header ({@link Headline}) through the
 * elements that hold the article; the page's menus, sidebars and footers around them are left out.
 * Inside, what the markup says about a region becomes a {@link Hint} into the text, so that the region is
 * kept and typed rather than dropped: TITLE for the headline, CAPTION for {@code figcaption} and the
 * standfirst, BYLINE for author lines, BOILERPLATE for regions whose class words say chrome
 * ({@code dictionaries/markup-classes.tsv}), pull quotes, asides, breadcrumbs, blocks that are mostly
 * links, and what stands between two parts of the article without being part of it; EMBED (with platform,
 * url, lang, date, name, handle) for each post. Scripts, styles, navigation, forms, hidden text and
 * reader comments are dropped. A video, or a post whose embed code holds none of its words, gets a line of
 * its own (its title or address) so that it has a span. Thread-safe.
 */
public final class HtmlReader {

    private static final String DROPPED = "script, style, noscript, template, svg, nav, button, select, "
            + "textarea, input, object, [hidden], [aria-hidden=true], [role=navigation], "
            + "#comments, .comments, #disqus_thread, .comment-list, .commentlist, "
            // text for screen readers only, which nobody reading the page sees ("list 1 of 3")
            + ".screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden, "
            + "[style~=(?i)display:\\s*none|visibility:\\s*hidden]";
    private static final Evaluator CAPTIONS = QueryParser.parse("figcaption, [itemprop=caption]");
    private static final Evaluator TEASERS = QueryParser.parse("[itemprop=description]");
    private static final Evaluator BYLINES = QueryParser.parse("[rel=author], [itemprop=author], address");
    private static final Evaluator BOILERPLATE = QueryParser.parse("aside, [role=complementary], [itemtype*=BreadcrumbList]");
    /** Blocks that may hold a list of links to other stories. */
    private static final Evaluator LINK_BLOCKS = QueryParser.parse("ul, ol, dl, section, div, table, header, footer");
    /** A block whose words are this share of link text, in three links or more, is a list of links… */
    private static final double LINK_LIST_SHARE = 0.5;
    private static final int LINK_LIST_MIN_LINKS = 3;
    /** …unless it has the commas of prose. */
    private static final int LINK_LIST_MAX_COMMAS = 10;
    /** A region that holds this share of the article is no box inside it ({@code <div class="body has-ads">}). */
    private static final double REGION_MAX_SHARE = 0.4;
    /** An author's name marks its whole line ("By <a rel=author>Name</a>") when the line is little more. */
    private static final int BYLINE_LINE_EXTRA_CHARS = 40;
    /** The headline's header (section label, headline, standfirst) holds at most this much text. */
    private static final int HEADER_MAX_CHARS = 1200;
    /** The elements an embed code can be ({@link EmbedReader}). */
    private static final Evaluator EMBED_CODE = QueryParser.parse("blockquote, iframe, div.fb-post, div.fb-video");
    /** Elements that hold no words a reader sees as text. */
    private static final Evaluator NO_TEXT = QueryParser.parse("iframe, img, picture, video, audio, canvas, map, embed");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    /** The parts of an address {@link #samePost} leaves out or renames. */
    private static final Pattern URL_SCHEME_HOST_PREFIX = Pattern.compile("^https?://(www\\.|mobile\\.)?");
    private static final Pattern URL_QUERY = Pattern.compile("[?#].*$");
    private static final Pattern URL_TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern URL_X_HOST = Pattern.compile("^x\\.com/");

    private final EmbedReader embeds = new EmbedReader();
    private final ClassHints classes;
    private final SizeLimit textLimit;

    /**
     * @param dictionaries where the class words of {@code markup-classes.tsv} come from
     * @param textLimit    the largest text the page may give, and the setting that set it
     */
    public HtmlReader(Dictionaries dictionaries, SizeLimit textLimit) {
        this.classes = ClassHints.load(dictionaries);
        this.textLimit = textLimit;
    }

    /** The packaged class words and the default limit. */
    public HtmlReader() {
        this(Dictionaries.load(Optional.empty()), SizeLimit.text(SizeLimit.DEFAULT_BYTES));
    }

    public Article read(String id, String html) {
        if (html.isBlank()) {
            throw BadInputException.malformed("the page is empty");
        }
        Document page = Jsoup.parse(html);
        PageMetadata metadata = PageMetadata.of(page);
        Element body = page.body();
        body.select(DROPPED).remove();
        // a search or newsletter form is chrome; some CMSs (ASP.NET) wrap the whole page in one form
        body.select("form").stream().filter(form -> form.select("p").size() < 2).forEach(Element::remove);
        TextStats stats = TextStats.count(body);
        ClassHints.PageRoles roles = classes.forPage();
        List<Element> article = outsideEmbeds(ContentScorer.article(body, stats, roles, this::holdsPost));
        Element headline = Headline.find(body, article, metadata, stats);
        Element start = headline != null && !Headline.insideAny(headline, article) ? header(headline, article.get(0), stats) : article.get(0);
        Element end = article.get(article.size() - 1);
        Element root = commonAncestor(start, end);
        String title = headline != null ? headline.text().strip() : metadata.title();
        PageText text = new PageText();
        if (headline == null && title != null) {
            writeTitle(text, title);
        }
        Map<Element, Hint.Kind> marked = markedRegions(root, article, stats, roles);
        root.filter(new BlockWalker(text, marked, headline, title, start, end));
        if (text.isEmpty()) {
            throw BadInputException.malformed("the page holds no article text");
        }
        String written = text.text();
        long bytes = Utf8.length(written);
        if (bytes > textLimit.maxBytes()) {
            throw BadInputException.textTooLarge(bytes, textLimit);
        }
        return new Article(id, written, 0, metadata.date(), title, metadata.url(), List.of(), text.hints());
    }

    /** The article's elements, each inside an embed replaced by that embed: a post is written whole. */
    private List<Element> outsideEmbeds(List<Element> article) {
        List<Element> lifted = new ArrayList<>(article.size());
        for (Element part : article) {
            Element whole = part;
            for (Element parent : part.parents()) {
                if (parent.is(EMBED_CODE) && embeds.read(parent) != null) {
                    whole = parent;
                }
            }
            if (!lifted.contains(whole)) {
                lifted.add(whole);
            }
        }
        return lifted;
    }

    /** Whether the element is an embedded post or holds one. */
    private boolean holdsPost(Element element) {
        if (embeds.read(element) != null) {
            return true;
        }
        for (Element inside : element.select(EMBED_CODE)) {
            if (embeds.read(inside) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block around the headline that holds its section label, standfirst and date, up to the
     * largest ancestor that stays short and does not hold the article.
     */
    private static Element header(Element headline, Element articleStart, TextStats stats) {
        Element header = headline;
        for (Element parent = headline.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
            if (articleStart.parents().contains(parent) || stats.of(parent).chars() > HEADER_MAX_CHARS) {
                break;
            }
            header = parent;
        }
        return header;
    }

    private static Element commonAncestor(Element a, Element b) {
        if (a == b) {
            return a;
        }
        List<Element> above = a.parents();
        for (Element e = b; e != null; e = e.parent()) {
            if (e == a || above.contains(e)) {
                return e;
            }
        }
        return a.ownerDocument().body();
    }

    private static void writeTitle(PageText text, String title) {
        text.blockBreak();
        PageText.Region region = text.open(Hint.Kind.TITLE, Map.of());
        text.append(title);
        text.close(region);
        text.blockBreak();
    }

    /**
     * The blocks that markup names as captions (teasers too), bylines or boilerplate, the lists of links,
     * and what stands between two parts of the article; a caption or byline wins over a box. A region
     * that holds much of the article ({@code <div class="body has-ads">}) names nothing.
     */
    private Map<Element, Hint.Kind> markedRegions(Element root, List<Element> article, TextStats stats,
                                                  ClassHints.PageRoles roles) {
        Map<Element, Hint.Kind> marked = new LinkedHashMap<>();
        int articleChars = 0;
        for (Element part : article) {
            articleChars += stats.of(part).chars();
        }
        int limit = (int) (articleChars * REGION_MAX_SHARE);
        List<Element> all = root.getAllElements();
        for (Element element : all) {
            if (element == root || stats.of(element).chars() > limit) {
                continue;
            }
            Hint.Kind kind = kindOf(element, roles);
            if (kind == Hint.Kind.BYLINE) {
                markByline(element, root, stats, marked);
            } else if (kind != null) {
                marked.putIfAbsent(element, kind);
            }
        }
        for (Element block : all) {
            if (block != root && block.is(LINK_BLOCKS) && isLinkList(block, stats) && stats.of(block).chars() <= limit) {
                marked.putIfAbsent(block, Hint.Kind.BOILERPLATE);
            }
        }
        // what stands between two parts of the article is not part of it
        Element parent = article.get(0).parent();
        if (article.size() > 1 && parent != null) {
            boolean between = false;
            int remaining = article.size();
            for (Element sibling : parent.children()) {
                boolean part = article.contains(sibling);
                remaining -= part ? 1 : 0;
                if (part) {
                    between = remaining > 0;
                } else if (between) {
                    marked.putIfAbsent(sibling, Hint.Kind.BOILERPLATE);
                }
            }
        }
        return marked;
    }

    private Hint.Kind kindOf(Element element, ClassHints.PageRoles roles) {
        if (element.is(CAPTIONS) || roles.has(element, ClassHints.Role.CAPTION)) {
            return Hint.Kind.CAPTION;
        }
        if (element.is(TEASERS) || roles.has(element, ClassHints.Role.TEASER)) {
            return Hint.Kind.CAPTION;
        }
        if (element.is(BYLINES) || roles.has(element, ClassHints.Role.BYLINE)) {
            return Hint.Kind.BYLINE;
        }
        if (element.is(BOILERPLATE) || roles.chrome(element) || roles.has(element, ClassHints.Role.PULLQUOTE)) {
            return Hint.Kind.BOILERPLATE;
        }
        return null;
    }

    /**
     * An author's name marks the line it stands in ("By <a rel=author>Name</a>"), when that line is little
     * more than the name; an inline element inside a paragraph marks itself only.
     */
    private static void markByline(Element element, Element root, TextStats stats, Map<Element, Hint.Kind> marked) {
        Element block = element;
        while (!block.isBlock() && block.parent() != null && block.parent() != root) {
            block = block.parent();
        }
        boolean line = block.isBlock() && stats.of(block).chars() <= stats.of(element).chars() + BYLINE_LINE_EXTRA_CHARS;
        marked.putIfAbsent(line ? block : element, Hint.Kind.BYLINE);
    }

    /** Two addresses of one post: the same path, whatever the scheme, host prefix, query or final slash. */
    static boolean samePost(String a, String b) {
        return b != null && postKey(a).equals(postKey(b));
    }

    private static String postKey(String url) {
        String key = URL_SCHEME_HOST_PREFIX.matcher(url.toLowerCase(Locale.ROOT)).replaceFirst("");
        key = URL_QUERY.matcher(key).replaceFirst("");
        key = URL_TRAILING_SLASHES.matcher(key).replaceFirst("");
        return URL_X_HOST.matcher(key).replaceFirst("twitter.com/");
    }

    /** "Recommended Stories" and three headlines, each a link: a block whose words are mostly links'. */
    private static boolean isLinkList(Element block, TextStats stats) {
        TextStats.Counts counts = stats.of(block);
        return counts.links() >= LINK_LIST_MIN_LINKS && counts.commas() < LINK_LIST_MAX_COMMAS
                && counts.linkDensity() >= LINK_LIST_SHARE && block.selectFirst("blockquote, iframe") == null;
    }

    /**
     * Walks the nodes from {@code start} to the end of {@code end} in page order, writing blocks, embeds
     * and marked regions into the text; what lies before or after them is not written.
     */
    private final class BlockWalker implements NodeFilter {

        private final PageText text;
        private final Map<Element, Hint.Kind> marked;
        private final Element headline;
        private final String title;
        private final Element start;
        private final Element end;
        private final Set<Element> aboveStart = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, PageText.Region> openRegions = new HashMap<>();
        private boolean started;

        BlockWalker(PageText text, Map<Element, Hint.Kind> marked, Element headline, String title, Element start,
                    Element end) {
            this.text = text;
            this.marked = marked;
            this.headline = headline;
            this.title = title;
            this.start = start;
            this.end = end;
            aboveStart.addAll(start.parents());
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!started) {
                if (node != start) {
                    return node instanceof Element e && aboveStart.contains(e) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
                }
                started = true;
            }
            if (node instanceof TextNode words) {
                text.append(words.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE; // comments and script data hold nothing to read
            }
            if (element == headline) {
                writeTitle(text, title);
                return element == end ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
            }
            EmbedReader.Embed embed = embeds.read(element);
            if (embed != null) {
                writeEmbed(embed);
                return element == end ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br")) {
                text.lineBreak();
                return FilterResult.CONTINUE;
            }
            if (element.is(NO_TEXT) || isAddressOfNextEmbed(element)) {
                return element == end ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
            }
            if (element.isBlock()) {
                text.blockBreak();
            }
            Hint.Kind kind = marked.get(element);
            if (kind != null) {
                openRegions.put(element, text.open(kind, Map.of()));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                PageText.Region region = openRegions.remove(element);
                if (region != null) {
                    text.close(region);
                }
                if (element.isBlock()) {
                    text.blockBreak();
                }
                if (element == end) {
                    return FilterResult.STOP;
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * A paragraph that is only the address of the post embedded right after it: CMSs leave the link
         * the editor pasted beside the embed code it became. The embed stands for it.
         */
        private boolean isAddressOfNextEmbed(Element element) {
            if (!element.isBlock() || element.childrenSize() > 1) {
                return false;
            }
            String words = element.text().strip();
            if (!BARE_URL.matcher(words).matches()) {
                return false;
            }
            Element next = element.nextElementSibling();
            EmbedReader.Embed embed = next == null ? null : embeds.read(next);
            if (embed == null && next != null && next.childrenSize() == 1) {
                embed = embeds.read(next.child(0)); // the embed code in its own wrapper
            }
            return embed != null && samePost(words, embed.attributes().get("url"));
        }

        /** A post as one block: its parts on one line (a {@code <br>} still breaks it), its signature after. */
        private void writeEmbed(EmbedReader.Embed embed) {
            text.blockBreak();
            PageText.Region region = text.open(Hint.Kind.EMBED, embed.attributes());
            for (Element part : embed.parts()) {
                part.filter(new InlineWalker(text));
                text.space();
            }
            if (!text.hasText(region) && embed.fallbackLine() != null) {
                // a video or a post whose embed code holds no words still gets a line, so that it has a span
                text.append(embed.fallbackLine());
            }
            text.close(region);
            text.blockBreak();
        }
    }

    /** Writes an embed's words on one line: blocks inside it are only spaces, line breaks stay. */
    private static final class InlineWalker implements NodeFilter {

        private final PageText text;

        InlineWalker(PageText text) {
            this.text = text;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode words) {
                text.append(words.getWholeText());
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    text.lineBreak();
                } else if (element.is(NO_TEXT)) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (element.isBlock()) {
                    text.space();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                text.space();
            }
            return FilterResult.CONTINUE;
        }
    }
}
