package newsroom.annotator.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The element that shows the article's headline on the page: a heading ({@code h1}–{@code h3}, or
 * {@code [itemprop=headline]}) above the article or inside it whose words are the title the page's
 * metadata gives (so the site's logo in an {@code h1}, or another story's heading, is not taken), the
 * first such one (a list of trending stories further down may name the article again), else the first
 * {@code h1} inside the article, else the nearest above it. A page that shows no such heading
 * has its headline from its metadata only.
 */
final class Headline {

    private static final String HEADINGS = "h1, h2, h3, [itemprop=headline]";
    /** "Headline | Section | Site": the document title may add this much to the headline. */
    private static final double TITLE_PREFIX_SHARE = 0.4;

    private Headline() {
    }

    /** The headline element, or null. */
    static Element find(Element body, List<Element> article, PageMetadata metadata, TextStats stats) {
        List<String> titles = new ArrayList<>();
        for (String title : new String[] {metadata.title(), metadata.documentTitle()}) {
            if (title != null && !key(title).isEmpty()) {
                titles.add(key(title));
            }
        }
        Element first = article.get(0);
        Element last = article.get(article.size() - 1);
        Element h1Before = null;
        Element h1Inside = null;
        for (Element heading : body.select(HEADINGS)) {
            boolean inside = insideAny(heading, article);
            boolean before = !inside && stats.before(heading, first);
            if (!inside && !before || stats.before(last, heading) && !inside) {
                continue;
            }
            String key = key(heading.text());
            if (key.indexOf(' ') < 0) {
                continue; // one word is a label or a logo's name
            }
            boolean matches = titles.stream().anyMatch(title -> sameTitle(key, title));
            if (matches) {
                return heading;
            } else if (heading.nameIs("h1") && before) {
                h1Before = heading;
            } else if (heading.nameIs("h1") && h1Inside == null) {
                h1Inside = heading;
            }
        }
        return h1Inside != null ? h1Inside : h1Before;
    }

    /** Whether the element is one of the containers or inside one. */
    static boolean insideAny(Element element, List<Element> containers) {
        for (Element container : containers) {
            if (element == container || element.parents().contains(container)) {
                return true;
            }
        }
        return false;
    }

    /** The same words, or the title's first words ("Headline | Site") when they make most of it. */
    private static boolean sameTitle(String heading, String title) {
        if (heading.equals(title)) {
            return true;
        }
        return title.startsWith(heading) && heading.length() >= title.length() * TITLE_PREFIX_SHARE
                || heading.startsWith(title) && title.length() >= heading.length() * TITLE_PREFIX_SHARE;
    }

    /** Letters and digits in lower case without accents, words apart by one space. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(c);
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return key.toString();
    }
}
