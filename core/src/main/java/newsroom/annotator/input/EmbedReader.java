package newsroom.annotator.input;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.dates.IsoDates;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Recognizes the embed codes that platforms hand to newsrooms (a tweet's {@code blockquote.twitter-tweet},
 * Instagram's {@code blockquote.instagram-media}, TikTok, Bluesky and Threads blockquotes, YouTube,
 * Facebook and Mastodon iframes) and reads from their markup what it tells about the post: platform, link, language,
 * date, author's name and handle. Those become the attributes of an EMBED hint, named {@code platform},
 * {@code url}, {@code lang}, {@code date} (ISO), {@code name} and {@code handle}.
 */
final class EmbedReader {

    /** Twitter's ids carry their creation time: milliseconds since this epoch, shifted left 22 bits. */
    private static final long TWITTER_EPOCH_MILLIS = 1288834974657L;
    /** The title YouTube's embed code gives every player; it says nothing about the video. */
    private static final String YOUTUBE_DEFAULT_TITLE = "youtube video player";

    private static final Pattern TWEET_STATUS = Pattern.compile(
            "^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(\\w{1,15})/status(?:es)?/(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLUESKY_POST = Pattern.compile("^https?://bsky\\.app/profile/[^/?#]+/post/[^/?#]+");
    private static final Pattern SIGNATURE = Pattern.compile("[—–-]\\s*([^()]+?)\\s*\\(\\s*@([\\w.-]+)\\s*\\)");
    /** Instagram's "A post shared by NAME (@handle)", in any language: the name follows the first "by"/"de"/"por". */
    private static final Pattern SHARED_BY = Pattern.compile(
            "^.*?\\b(?:by|de|por|von|par|da|di)\\s+(.+?)\\s*\\(\\s*@([\\w.]+)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE_IN_PATH = Pattern.compile("/@([\\w.]+)(?:/|$)");
    /** Mastodon's embed code: {@code <iframe class="mastodon-embed" src="https://server/@user/123/embed">}. */
    private static final Pattern MASTODON_EMBED = Pattern.compile("^(https?://[^/]+/@([\\w.]+)/\\d+)/embed");
    /** An Instagram iframe shows {@code …/p/ID/embed/captioned/}; the post is {@code …/p/ID/}. */
    private static final Pattern INSTAGRAM_EMBED_PATH = Pattern.compile("/embed(/captioned)?/?$");
    private static final Pattern YOUTUBE_ID = Pattern.compile("/embed/([\\w-]{6,})");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    /**
     * An embed: what its markup says (platform first), which of its elements hold words a reader sees,
     * and the line that stands for it when they hold none.
     */
    record Embed(Map<String, String> attributes, List<Element> parts, String fallbackLine) {
    }

    /** The embed {@code element} is, or null when it is none. */
    Embed read(Element element) {
        String tag = element.normalName();
        if (tag.equals("blockquote")) {
            if (element.hasClass("twitter-tweet") || element.hasClass("twitter-video")) {
                return tweet(element);
            }
            if (element.hasClass("instagram-media")) {
                return instagram(element);
            }
            if (element.hasClass("tiktok-embed")) {
                return tiktok(element);
            }
            if (element.hasClass("bluesky-embed")) {
                return bluesky(element);
            }
            if (element.hasClass("text-post-media")) {
                return threads(element);
            }
        } else if (tag.equals("iframe")) {
            return iframe(element);
        } else if (tag.equals("div") && (element.hasClass("fb-post") || element.hasClass("fb-video"))) {
            return facebookPlugin(element);
        }
        return null;
    }

    private Embed tweet(Element quote) {
        Map<String, String> attributes = attributes("twitter");
        Element status = lastLink(quote, TWEET_STATUS);
        String handle = null;
        if (status != null) {
            Matcher m = TWEET_STATUS.matcher(status.attr("href"));
            if (m.find()) {
                put(attributes, "url", m.group());
                handle = m.group(1);
                LocalDate date = EmbedDates.parse(status.text());
                put(attributes, "date", date != null ? date : snowflakeDate(m.group(2)));
            }
        } else {
            put(attributes, "date", EmbedDates.parse(lastLinkText(quote)));
        }
        language(quote, attributes);
        signature(quote, attributes);
        if (handle != null) {
            attributes.putIfAbsent("handle", handle);
        }
        return new Embed(attributes, List.of(quote), attributes.get("url"));
    }

    private Embed bluesky(Element quote) {
        Map<String, String> attributes = attributes("bluesky");
        Element post = lastLink(quote, BLUESKY_POST);
        if (post != null) {
            Matcher m = BLUESKY_POST.matcher(post.attr("href"));
            if (m.find()) {
                put(attributes, "url", m.group());
            }
            put(attributes, "date", EmbedDates.parse(post.text()));
        }
        language(quote, attributes);
        signature(quote, attributes);
        return new Embed(attributes, List.of(quote), attributes.get("url"));
    }

    private Embed instagram(Element quote) {
        Map<String, String> attributes = attributes("instagram");
        put(attributes, "url", withoutQuery(quote.attr("data-instgrm-permalink")));
        // "Mar 3, 2021 at 6:05pm PST": the date as the post shows it, in its author's time zone; the
        // datetime attribute (UTC) only when no written date can be read
        Element time = quote.selectFirst("time");
        if (time != null) {
            LocalDate written = EmbedDates.parse(time.text());
            put(attributes, "date", written != null ? written : IsoDates.dateOf(time.attr("datetime")));
        }
        // the words a reader sees are in paragraphs: the caption (captioned embeds) and "A post shared by…";
        // the rest is the placeholder's drawing and "View this post on Instagram"
        Elements paragraphs = quote.select("p");
        for (Element p : paragraphs) {
            Matcher m = SHARED_BY.matcher(p.text());
            if (m.find()) {
                put(attributes, "name", m.group(1).strip());
                put(attributes, "handle", m.group(2));
            }
        }
        handleFromPath(attributes, attributes.get("url"));
        return new Embed(attributes, List.copyOf(paragraphs), attributes.get("url"));
    }

    private Embed tiktok(Element quote) {
        Map<String, String> attributes = attributes("tiktok");
        put(attributes, "url", withoutQuery(quote.attr("cite")));
        handleFromPath(attributes, attributes.get("url"));
        Element section = quote.selectFirst("section");
        return new Embed(attributes, List.of(section != null ? section : quote), attributes.get("url"));
    }

    private Embed threads(Element quote) {
        Map<String, String> attributes = attributes("threads");
        put(attributes, "url", withoutQuery(quote.attr("data-text-post-permalink")));
        handleFromPath(attributes, attributes.get("url"));
        // the embed code holds no words of the post, only "Post by @handle" and "View on Threads"
        List<Element> byline = quote.getAllElements().stream()
                .filter(e -> e.ownText().contains("@"))
                .toList();
        return new Embed(attributes, byline, attributes.get("url"));
    }

    private Embed iframe(Element frame) {
        String src = frame.attr("src");
        String lower = src.toLowerCase(Locale.ROOT);
        String title = frame.attr("title").strip();
        if (lower.contains("youtube.com/embed/") || lower.contains("youtube-nocookie.com/embed/")) {
            Map<String, String> attributes = attributes("youtube");
            Matcher m = YOUTUBE_ID.matcher(src);
            put(attributes, "url", m.find() ? "https://www.youtube.com/watch?v=" + m.group(1) : withoutQuery(src));
            // a video has no words in the page: its title, or else its address, is the line that stands for it
            String line = title.isEmpty() || title.toLowerCase(Locale.ROOT).equals(YOUTUBE_DEFAULT_TITLE)
                    ? attributes.get("url") : title;
            return new Embed(attributes, List.of(), line);
        }
        if (lower.contains("facebook.com/plugins/")) {
            Map<String, String> attributes = attributes("facebook");
            put(attributes, "url", queryParameter(src, "href"));
            return new Embed(attributes, List.of(), title.isEmpty() ? attributes.get("url") : title);
        }
        Matcher toot = MASTODON_EMBED.matcher(src);
        if (frame.hasClass("mastodon-embed") && toot.find()) {
            Map<String, String> attributes = attributes("mastodon");
            put(attributes, "url", toot.group(1));
            put(attributes, "handle", toot.group(2));
            return new Embed(attributes, List.of(), attributes.get("url"));
        }
        if (lower.contains("instagram.com/")) {
            Map<String, String> attributes = attributes("instagram");
            put(attributes, "url", INSTAGRAM_EMBED_PATH.matcher(withoutQuery(src)).replaceFirst("/"));
            return new Embed(attributes, List.of(), attributes.get("url"));
        }
        return null;
    }

    private Embed facebookPlugin(Element plugin) {
        Map<String, String> attributes = attributes("facebook");
        put(attributes, "url", plugin.attr("data-href"));
        Element quote = plugin.selectFirst("blockquote");
        if (quote == null) {
            return new Embed(attributes, List.of(), attributes.get("url"));
        }
        // "<p>words</p> Posted by <a>Name</a> on <a>Monday, January 4, 2021</a>"
        Elements links = quote.select("> a");
        if (links.size() >= 2) {
            put(attributes, "name", links.get(links.size() - 2).text());
            put(attributes, "date", EmbedDates.parse(links.last().text()));
        }
        return new Embed(attributes, List.of(quote), attributes.get("url"));
    }

    private static Map<String, String> attributes(String platform) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("platform", platform);
        return attributes;
    }

    private static void put(Map<String, String> attributes, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            attributes.put(name, value.toString().strip());
        }
    }

    private static void language(Element quote, Map<String, String> attributes) {
        Element p = quote.selectFirst("p[lang]");
        if (p != null) {
            String code = p.attr("lang").toLowerCase(Locale.ROOT);
            // "und" (undetermined), "qme" (media only) and the like are no language
            if (LANGUAGE_CODE.matcher(code).matches()) {
                attributes.put("lang", code);
            }
        }
    }

    /** "— Name (@handle)" in the text of the embed after its paragraph. */
    private static void signature(Element quote, Map<String, String> attributes) {
        StringBuilder tail = new StringBuilder();
        boolean afterText = quote.selectFirst("p") == null;
        for (Node node : quote.childNodes()) {
            if (node instanceof Element e && e.normalName().equals("p")) {
                afterText = true;
            } else if (afterText && node instanceof Element e) {
                tail.append(e.text()).append(' ');
            } else if (afterText && node instanceof TextNode t) {
                tail.append(t.text()).append(' ');
            }
        }
        Matcher m = SIGNATURE.matcher(tail);
        if (m.find()) {
            put(attributes, "name", m.group(1));
            put(attributes, "handle", m.group(2));
        }
    }

    private static Element lastLink(Element quote, Pattern href) {
        Element found = null;
        for (Element a : quote.select("a[href]")) {
            if (href.matcher(a.attr("href")).find()) {
                found = a;
            }
        }
        return found;
    }

    private static String lastLinkText(Element quote) {
        Element last = quote.select("a").last();
        return last == null ? null : last.text();
    }

    private static void handleFromPath(Map<String, String> attributes, String url) {
        if (url != null && !attributes.containsKey("handle")) {
            Matcher m = HANDLE_IN_PATH.matcher(url);
            if (m.find()) {
                attributes.put("handle", m.group(1));
            }
        }
    }

    private static LocalDate snowflakeDate(String id) {
        try {
            long millis = (Long.parseLong(id) >>> 22) + TWITTER_EPOCH_MILLIS;
            return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String withoutQuery(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int cut = url.indexOf('?');
        int hash = url.indexOf('#');
        if (hash >= 0 && (cut < 0 || hash < cut)) {
            cut = hash;
        }
        return (cut < 0 ? url : url.substring(0, cut)).strip();
    }

    private static String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return pair.substring(eq + 1);
                }
            }
        }
        return null;
    }
}
