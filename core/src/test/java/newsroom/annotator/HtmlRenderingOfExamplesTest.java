package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared examples (Breitbart News, 4 Jan 2021, scraped as plain text; copies of shared/examples in
 * src/test/resources/articles) rendered as the HTML a CMS would hold, their tweets as the embed code
 * publish.twitter.com writes (see embeds/twitter-redsys.html): the page must give the scraped text's
 * blocks, date and span types. Posts are compared as text only; typing them is the posts stage's job.
 */
class HtmlRenderingOfExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIGNATURE = Pattern.compile("^(.*) — (.+?) \\(@(\\w+)\\) (\\S+ \\d{1,2}, \\d{4})$", Pattern.DOTALL);
    private static final Pattern TWEET_ENTITY = Pattern.compile("@(\\w+)|#(\\p{L}[\\p{L}\\d_]*)|(pic\\.twitter\\.com/\\w+)");

    /** A block of the scraped article and what the page makes of it. */
    private record Block(String text, String markup) {
    }

    @ParameterizedTest
    @CsvSource({"breitbart-asylum-plain, true", "breitbart-asylum-plain, false",
            "breitbart-asylum-tweets, true", "breitbart-asylum-tweets, false"})
    void htmlRenderingGivesTheScrapedBlocksDateAndSpanTypes(String example, boolean semanticMarkup) throws IOException {
        String scraped = resource("/articles/" + example + ".txt");
        JsonNode gold = JSON.readTree(resource("/articles/" + example + ".gold.json"));
        Annotator annotator = Annotators.shared();
        Article plain = annotator.plainText().read(example, scraped);
        List<int[]> posts = postRanges(plain.text(), gold);

        String page = render(plain, gold, posts, semanticMarkup);
        Article html = annotator.html().read(example, page);
        Annotation fromText = annotator.annotate(plain);
        Annotation fromHtml = annotator.annotate(html);

        assertEquals(blocks(plain.text().substring(plain.bodyStart())), blocks(html.text()), page);
        assertEquals(plain.date(), html.date());
        List<Integer> embeds = html.hints().stream().filter(h -> h.kind() == Hint.Kind.EMBED).map(Hint::start).toList();
        assertEquals(posts.size(), embeds.size(), "one embed hint a tweet");
        assertEquals(typedSpans(fromText, posts), typedSpans(fromHtml, embedRanges(html)), page);
    }

    /** "text → type" of every span outside a post, in order. */
    private static List<String> typedSpans(Annotation annotation, List<int[]> posts) {
        List<String> typed = new ArrayList<>();
        for (Span span : annotation.spans()) {
            boolean inPost = posts.stream().anyMatch(p -> p[0] <= span.start() && span.end() <= p[1]);
            if (!inPost) {
                typed.add(annotation.text().substring(span.start(), span.end()).strip() + " → " + span.type());
            }
        }
        return typed;
    }

    private static List<int[]> embedRanges(Article html) {
        return html.hints().stream().filter(h -> h.kind() == Hint.Kind.EMBED).map(h -> new int[] {h.start(), h.end()}).toList();
    }

    /** Where the gold file's posts stand in the scraped text: from "at" to the end of "until". */
    private static List<int[]> postRanges(String text, JsonNode gold) {
        List<int[]> ranges = new ArrayList<>();
        int cursor = 0;
        for (JsonNode quote : gold.get("quotes")) {
            if (quote.get("kind").asText().equals("post")) {
                int start = text.indexOf(quote.get("at").asText(), cursor);
                String until = quote.get("until").asText();
                int end = text.indexOf(until, start) + until.length();
                ranges.add(new int[] {start, end});
                cursor = end;
            }
        }
        return ranges;
    }

    private static String render(Article plain, JsonNode gold, List<int[]> posts, boolean semanticMarkup) {
        String text = plain.text();
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        if (plain.date() != null) {
            page.append("<meta property=\"article:published_time\" content=\"").append(plain.date()).append("T06:00:00-06:00\">");
        }
        page.append("<script>window.dataLayer = window.dataLayer || [];</script></head><body><nav><a href=\"/\">Home</a></nav><article>");
        List<String> goldTypes = new ArrayList<>();
        gold.get("spans").forEach(s -> goldTypes.add(s.get("at").asText() + "\t" + s.get("type").asText()));
        int at = plain.bodyStart();
        int post = 0;
        while (at < text.length()) {
            if (post < posts.size() && posts.get(post)[0] <= nextNonBlank(text, at)) {
                page.append(tweet(text.substring(posts.get(post)[0], posts.get(post)[1]), gold, post));
                at = posts.get(post)[1];
                post++;
                continue;
            }
            int end = text.indexOf("\n", nextNonBlank(text, at));
            end = end < 0 ? text.length() : end;
            String block = text.substring(at, end).strip();
            at = end + 1;
            if (block.isEmpty()) {
                continue;
            }
            page.append(semanticMarkup ? markup(block, goldTypes) : "<p>" + escape(block) + "</p>").append('\n');
        }
        return page.append("</article><footer><p>Copyright Breitbart</p></footer></body></html>").toString();
    }

    /** A headline as h1, a caption as a figure's caption, the rest as paragraphs: what a CMS writes. */
    private static String markup(String block, List<String> goldTypes) {
        String type = goldTypes.stream().filter(g -> block.startsWith(g.substring(0, g.indexOf('\t'))))
                .map(g -> g.substring(g.indexOf('\t') + 1)).findFirst().orElse("paragraph");
        return switch (type) {
            case "title" -> "<header><h1 class=\"entry-title\">" + escape(block) + "</h1></header>";
            case "caption" -> "<figure class=\"wp-caption\"><img src=\"photo.jpg\" alt=\"\"><figcaption class=\"wp-caption-text\">"
                    + escape(block) + "</figcaption></figure>";
            default -> "<p>" + escape(block) + "</p>";
        };
    }

    /** The embed code publish.twitter.com writes for a tweet: links for its entities, {@code <br>} for its breaks. */
    private static String tweet(String scraped, JsonNode gold, int index) {
        Matcher signature = SIGNATURE.matcher(scraped);
        if (!signature.matches()) {
            throw new IllegalArgumentException("no tweet signature in " + scraped);
        }
        String language = postNodes(gold).get(index).get("language").asText();
        StringBuilder body = new StringBuilder();
        Matcher entity = TWEET_ENTITY.matcher(signature.group(1));
        int last = 0;
        while (entity.find()) {
            body.append(escape(signature.group(1).substring(last, entity.start())));
            if (entity.group(1) != null) {
                body.append("<a href=\"https://twitter.com/").append(entity.group(1)).append("?ref_src=twsrc%5Etfw\">@")
                        .append(entity.group(1)).append("</a>");
            } else if (entity.group(2) != null) {
                body.append("<a href=\"https://twitter.com/hashtag/").append(entity.group(2))
                        .append("?src=hash&amp;ref_src=twsrc%5Etfw\">#").append(entity.group(2)).append("</a>");
            } else {
                body.append("<a href=\"https://t.co/").append(entity.group(3).substring(entity.group(3).lastIndexOf('/') + 1))
                        .append("\">").append(entity.group(3)).append("</a>");
            }
            last = entity.end();
        }
        body.append(escape(signature.group(1).substring(last)));
        // the scraped text lost the status ids, so the date links to the account, as far as the text tells
        return "<blockquote class=\"twitter-tweet\"><p lang=\"" + language + "\" dir=\"ltr\">"
                + body.toString().replaceAll("\\s*\\n\\s*\\n\\s*", "<br><br>") + "</p>&mdash; " + escape(signature.group(2))
                + " (@" + signature.group(3) + ") <a href=\"https://twitter.com/" + signature.group(3) + "?ref_src=twsrc%5Etfw\">"
                + signature.group(4) + "</a></blockquote> <script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n";
    }

    private static List<JsonNode> postNodes(JsonNode gold) {
        List<JsonNode> posts = new ArrayList<>();
        gold.get("quotes").forEach(q -> {
            if (q.get("kind").asText().equals("post")) {
                posts.add(q);
            }
        });
        return posts;
    }

    private static int nextNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text's paragraphs (its non-blank lines), trimmed of white space and the no-break spaces scrapers keep. */
    private static List<String> blocks(String text) {
        return Arrays.stream(text.split("\n")).map(line -> line.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = HtmlRenderingOfExamplesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
