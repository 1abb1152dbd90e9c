package newsroom.annotator.input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The shape of the text under every element of a page, counted in one walk: characters (white space runs
 * count one), characters inside links, commas, links, and the text that stands directly in the element
 * rather than in a block child (the paragraph a {@code <div>} holds with {@code <br>}s). What the content
 * scoring and the chrome rules read, without asking jsoup for an element's text again and again.
 */
final class TextStats {

    /** The counts of one element. */
    record Counts(int chars, int linkChars, int commas, int links, int ownChars, int ownCommas, boolean blockChildren) {

        /** The share of the text that is link text, 0 for an element without text. */
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, false);

    private final Map<Element, Counts> counts;
    private final Map<Element, Integer> order;

    private TextStats(Map<Element, Counts> counts, Map<Element, Integer> order) {
        this.counts = counts;
        this.order = order;
    }

    static TextStats count(Element root) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        Map<Element, Integer> order = new IdentityHashMap<>();
        NodeTraversor.traverse(new Counter(counts, order), root);
        return new TextStats(counts, order);
    }

    Counts of(Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /** Whether {@code a} opens before {@code b} in the page. */
    boolean before(Element a, Element b) {
        return order.getOrDefault(a, -1) < order.getOrDefault(b, -1);
    }

    /** Counts being added up while an element is open. */
    private static final class Open {
        int chars;
        int linkChars;
        int commas;
        int links;
        int ownChars;
        int ownCommas;
        boolean blockChildren;
    }

    private static final class Counter implements NodeVisitor {

        private final Map<Element, Counts> done;
        private final Map<Element, Integer> order;
        private final Deque<Open> open = new ArrayDeque<>();
        private int linkDepth;

        Counter(Map<Element, Counts> done, Map<Element, Integer> order) {
            this.done = done;
            this.order = order;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                open.push(new Open());
                order.put(element, order.size());
                if (element.nameIs("a") && element.hasAttr("href")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode text && !open.isEmpty()) {
                String words = text.getWholeText();
                int chars = 0;
                int commas = 0;
                boolean space = false;
                for (int i = 0; i < words.length(); i++) {
                    char c = words.charAt(i);
                    if (Character.isWhitespace(c)) {
                        space = true;
                        continue;
                    }
                    chars += space ? 2 : 1;
                    space = false;
                    commas += c == ',' || c == '，' || c == '،' ? 1 : 0;
                }
                Open parent = open.peek();
                parent.chars += chars;
                parent.ownChars += chars;
                parent.commas += commas;
                parent.ownCommas += commas;
                if (linkDepth > 0) {
                    parent.linkChars += chars;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            Open mine = open.pop();
            boolean link = element.nameIs("a") && element.hasAttr("href");
            if (link) {
                linkDepth--;
            }
            done.put(element, new Counts(mine.chars, mine.linkChars, mine.commas, mine.links + (link ? 1 : 0),
                    mine.ownChars, mine.ownCommas, mine.blockChildren));
            Open parent = open.peek();
            if (parent != null) {
                parent.chars += mine.chars;
                parent.linkChars += mine.linkChars;
                parent.commas += mine.commas;
                parent.links += mine.links + (link ? 1 : 0);
                if (element.isBlock()) {
                    parent.blockChildren = true;
                } else {
                    // an inline child's words stand in the parent's own line of text
                    parent.ownChars += mine.chars;
                    parent.ownCommas += mine.commas;
                }
            }
        }
    }
}
