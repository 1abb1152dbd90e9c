package newsroom.annotator.input;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads an article page or fragment with jsoup into an article: the text of the article's blocks, one
 * paragraph a line with a blank line between blocks, the headline where the page sets it (first, when it
 * comes from a meta tag), and every embedded post as a block of its own. What the markup says about a
 * region becomes a {@link Hint} into that text: TITLE for the headline, CAPTION for {@code figcaption}
 * and the teaser under the headline, BYLINE for {@code .byline}, {@code [rel=author]}, {@code address}…,
 * BOILERPLATE for share, newsletter and related-links boxes, breadcrumbs and lists of links, EMBED (with
 * platform, url, lang, date, name, handle) for each post. Scripts, styles, navigation, forms, text for
 * screen readers only and reader comments are dropped. A video, or a post whose embed code holds none of its words,
 * gets a line of its own (its title or address) so that it has a span. Thread-safe.
 */
public final class HtmlReader {

    private static final String DROPPED = "script, style, noscript, template, svg, nav, button, select, "
            + "textarea, input, object, [hidden], [aria-hidden=true], [role=navigation], "
            + "#comments, .comments, #disqus_thread, .comment-list, .commentlist, "
            // text for screen readers only, which nobody reading the page sees ("list 1 of 3")
            + ".screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden";
    /** Outside an {@code article} element, the page's own header and footer are site chrome. */
    private static final String PAGE_CHROME = "body > header, body > footer, [role=banner], [role=contentinfo]";
    private static final String CAPTIONS = "figcaption, .wp-caption-text, .caption, [itemprop=caption]";
    /** The teaser under a headline: standfirst, dek, bajada, sumario. */
    private static final String TEASERS = "[itemprop=description], [class~=(?i)(^|[\\s_-])(subhead|subheadline|standfirst|dek"
            + "|bajada|sumario|entradilla|subtitulo)([\\s_-]|$)]";
    private static final String BYLINES = ".byline, .author, .author-bio, .author-info, [rel=author], "
            + "[itemprop=author], address";
    private static final String BOILERPLATE = "aside, [itemtype*=BreadcrumbList], [class~=(?i)(^|[\\s_-])(newsletter|subscribe"
            + "|subscription|share|sharing|related|recommended|read-?more|promo|advert|advertisement|ads?|sponsored"
            + "|publicidad|suscripcion|relacionad[ao]s?|breadcrumbs?)([\\s_-]|$)]";
    /** Blocks that may hold a list of links to other stories. */
    private static final String LINK_BLOCKS = "ul, ol, section, div";
    /** A block whose words are this share of link text, in three links or more, is a list of links. */
    private static final double LINK_LIST_SHARE = 0.8;
    private static final int LINK_LIST_MIN_LINKS = 3;
    /** Elements that hold no words a reader sees as text. */
    private static final String NO_TEXT = "iframe, img, picture, video, audio, canvas, map, embed";

    private final EmbedReader embeds = new EmbedReader();

    public Article read(String id, String html) {
        if (html.isBlank()) {
            throw BadInputException.malformed("the page is empty");
        }
        Document page = Jsoup.parse(html);
        Element root = articleRoot(page);
        PageMetadata metadata = PageMetadata.of(page, root);
        root.select(DROPPED).remove();
        // a search or newsletter form is chrome; some CMSs (ASP.NET) wrap the whole page in one form
        root.select("form").stream().filter(form -> form.select("p").size() < 2).forEach(Element::remove);
        if (root == page.body()) {
            root.select(PAGE_CHROME).remove();
        }
        PageText text = new PageText();
        // the headline stands where the page sets it, after its section label and breadcrumbs; one from a
        // meta tag or from outside the article comes first
        Element headline = metadata.headline() != null && metadata.headline().parents().contains(root)
                ? metadata.headline() : null;
        if (metadata.title() != null && headline == null) {
            writeTitle(text, metadata.title());
        }
        root.filter(new BlockWalker(text, markedRegions(root), metadata.headline(), headline != null ? metadata.title() : null));
        if (text.isEmpty()) {
            throw BadInputException.malformed("the page holds no article text");
        }
        return new Article(id, text.text(), 0, metadata.date(), metadata.title(), metadata.url(), List.of(),
                text.hints());
    }

    /**
     * The {@code article} element with the most paragraph text when it holds at least half of the page's
     * (pages list related stories as articles too), else {@code main}, else the body.
     */
    private static Element articleRoot(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article")) {
            int length = article.select("p").text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && bestLength * 2 >= page.body().select("p").text().length()) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static void writeTitle(PageText text, String title) {
        text.blockBreak();
        PageText.Region region = text.open(Hint.Kind.TITLE, Map.of());
        text.append(title);
        text.close(region);
        text.blockBreak();
    }

    /**
     * The blocks that markup names as captions (teasers too), bylines or boilerplate, and lists of links;
     * a caption or byline wins over a box. A wrapper that holds most of the article ({@code <div
     * class="body has-ads">}) names nothing.
     */
    private static Map<Element, Hint.Kind> markedRegions(Element root) {
        Map<Element, Hint.Kind> marked = new LinkedHashMap<>();
        int articleLength = root.text().length();
        mark(root, CAPTIONS, Hint.Kind.CAPTION, articleLength, marked);
        mark(root, TEASERS, Hint.Kind.CAPTION, articleLength, marked);
        mark(root, BYLINES, Hint.Kind.BYLINE, articleLength, marked);
        mark(root, BOILERPLATE, Hint.Kind.BOILERPLATE, articleLength, marked);
        for (Element block : root.select(LINK_BLOCKS)) {
            if (block != root && isLinkList(block) && block.text().length() * 5 <= articleLength * 2) {
                marked.putIfAbsent(block, Hint.Kind.BOILERPLATE);
            }
        }
        return marked;
    }

    /** "Recommended Stories" and three headlines, each a link: a block whose words are nearly all links'. */
    private static boolean isLinkList(Element block) {
        List<Element> links = block.select("a[href]");
        if (links.size() < LINK_LIST_MIN_LINKS || block.selectFirst("blockquote, iframe") != null) {
            return false;
        }
        int linkText = 0;
        for (Element link : links) {
            linkText += link.text().length();
        }
        int all = block.text().length();
        return all > 0 && linkText >= all * LINK_LIST_SHARE;
    }

    private static void mark(Element root, String selector, Hint.Kind kind, int articleLength,
                             Map<Element, Hint.Kind> marked) {
        for (Element element : root.select(selector)) {
            if (element == root || element.text().length() * 5 > articleLength * 2) {
                continue;
            }
            // an author link names its whole line: "By <a rel=author>Name</a>"
            Element block = element;
            while (!block.isBlock() && block.parent() != null && block.parent() != root) {
                block = block.parent();
            }
            marked.putIfAbsent(block.isBlock() ? block : element, kind);
        }
    }

    /** Walks the article's nodes in order, writing blocks, embeds and marked regions into the text. */
    private final class BlockWalker implements NodeFilter {

        private final PageText text;
        private final Map<Element, Hint.Kind> marked;
        private final Element headline;
        /** The title to write where the headline stands, or null when it was written first. */
        private final String titleInPlace;
        private final Map<Element, PageText.Region> openRegions = new HashMap<>();

        BlockWalker(PageText text, Map<Element, Hint.Kind> marked, Element headline, String titleInPlace) {
            this.text = text;
            this.marked = marked;
            this.headline = headline;
            this.titleInPlace = titleInPlace;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode words) {
                text.append(words.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE; // comments and script data hold nothing to read
            }
            if (element == headline) {
                if (titleInPlace != null) {
                    writeTitle(text, titleInPlace);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            EmbedReader.Embed embed = embeds.read(element);
            if (embed != null) {
                writeEmbed(embed);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.normalName().equals("br")) {
                text.lineBreak();
                return FilterResult.CONTINUE;
            }
            if (element.is(NO_TEXT)) {
                return FilterResult.SKIP_ENTIRELY;
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
            }
            return FilterResult.CONTINUE;
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
