package newsroom.annotator.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article, as Readability does (Mozilla's Readability.js,
 * {@code _grabArticle}): every paragraph of 25 characters or more scores one point, one a comma and one a
 * hundred characters (three at most); its parent gets the score, its grandparent half, the next
 * ancestors less; an ancestor starts from what its tag and its class words say ({@link ClassHints}) and
 * loses the share of its text that is links. The best one, moved up to the ancestor that holds the other
 * good ones, is the article's container; its siblings that score well enough, or that are paragraphs of
 * prose, belong to the article too. Paragraphs inside regions whose class words say chrome score nothing.
 */
final class ContentScorer {

    /** An article shorter than this was likely chosen among the wrong paragraphs (Readability's 500). */
    private static final int MIN_ARTICLE_CHARS = 500;
    /** A paragraph shorter than this scores nothing. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Ancestors that a paragraph's score reaches. */
    private static final int ANCESTOR_LEVELS = 5;
    /** What a class word of content or of chrome adds or takes away. */
    private static final int CLASS_WEIGHT = 25;
    /** Candidates weighed against the best to see whether the article is spread over several. */
    private static final int TOP_CANDIDATES = 5;
    /** Close enough to the best to count as part of the same article. */
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final int MIN_ALTERNATIVES = 3;
    /** A sibling joins the article with this share of the best score (and 10 points at least). */
    private static final double SIBLING_SHARE = 0.2;
    private static final int SIBLING_MIN_SCORE = 10;
    /** A sibling paragraph of prose joins it: long with few links, or short with none and a full stop. */
    private static final int SIBLING_PROSE_CHARS = 80;
    private static final double SIBLING_PROSE_LINK_DENSITY = 0.25;
    /** A full stop ending a sentence somewhere in it: a short paragraph that is prose. */
    private static final Pattern PROSE_END = Pattern.compile(".*\\.( |$)");

    private ContentScorer() {
    }

    /**
     * The elements that hold the article, in page order; the root alone when nothing scores.
     *
     * @param holdsPost whether an element is or holds an embedded post, which belongs with the prose beside it
     */
    static List<Element> article(Element root, TextStats stats, ClassHints.PageRoles classes, Predicate<Element> holdsPost) {
        List<Element> article = article(root, stats, classes, holdsPost, true);
        int chars = 0;
        for (Element part : article) {
            chars += stats.of(part).chars();
        }
        // as Readability does, a page whose article came out short is scored again with its chrome
        return chars >= MIN_ARTICLE_CHARS ? article : article(root, stats, classes, holdsPost, false);
    }

    private static List<Element> article(Element root, TextStats stats, ClassHints.PageRoles classes,
                                         Predicate<Element> holdsPost, boolean skipChrome) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        int rootChars = stats.of(root).chars();
        for (Element element : root.getAllElements()) {
            if (element != root && isParagraph(element, stats)
                    && !(skipChrome && insideChrome(element, root, classes, stats, rootChars))) {
                scoreParagraph(element, root, stats, scores, classes);
            }
        }
        if (scores.isEmpty()) {
            return List.of(root);
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double linkDensity = stats.of(entry.getKey()).linkDensity();
            ranked.add(Map.entry(entry.getKey(), entry.getValue() * (1 - linkDensity)));
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        ranked.forEach(e -> finalScores.put(e.getKey(), e.getValue()));
        Element top = ranked.get(0).getKey();
        top = commonAncestorOfAlternatives(top, ranked, root);
        top = betterParent(top, finalScores, root);
        while (top.parent() != null && top != root && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top, finalScores, stats, root, classes, holdsPost);
    }

    /** Readability's paragraphs: {@code p}, {@code pre}, {@code td}, and blocks whose text stands in no block child. */
    private static boolean isParagraph(Element element, TextStats stats) {
        TextStats.Counts counts = stats.of(element);
        if (counts.ownChars() < MIN_PARAGRAPH_CHARS) {
            return false;
        }
        String tag = element.normalName();
        return switch (tag) {
            case "p", "pre", "td" -> true;
            case "div", "section", "article", "main", "center", "blockquote" -> true;
            default -> false;
        };
    }

    /**
     * Inside an aside or a region whose class words say chrome, unless that region holds most of the
     * page (a layout's wrapper named for the sidebar beside it: "container has_sidebar").
     */
    private static boolean insideChrome(Element element, Element root, ClassHints.PageRoles classes, TextStats stats,
                                        int rootChars) {
        for (Element e = element; e != null && e != root; e = e.parent()) {
            if (e.nameIs("aside") || classes.headedAsChrome(e) || classes.chromeByWords(e) && stats.of(e).chars() * 2 < rootChars) {
                return true;
            }
        }
        return false;
    }

    private static void scoreParagraph(Element paragraph, Element root, TextStats stats, Map<Element, Double> scores,
                                       ClassHints.PageRoles classes) {
        TextStats.Counts counts = stats.of(paragraph);
        // a block's own line of text counts as a paragraph inside it, as Readability wraps such text in <p>
        boolean ownLine = counts.blockChildren();
        double score = 1 + counts.ownCommas() + Math.min(counts.ownChars() / 100, 3);
        Element ancestor = ownLine ? paragraph : paragraph.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            if (!scores.containsKey(ancestor)) {
                scores.put(ancestor, initialScore(ancestor, classes));
            }
            scores.put(ancestor, scores.get(ancestor) + score / divider);
            if (ancestor == root) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    /** What the tag and the class words say before any paragraph is counted. */
    private static double initialScore(Element element, ClassHints.PageRoles classes) {
        double score = switch (element.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        Set<ClassHints.Role> roles = classes.of(element);
        if (roles.contains(ClassHints.Role.CONTENT)) {
            score += CLASS_WEIGHT;
        }
        if (roles.contains(ClassHints.Role.CHROME) || roles.contains(ClassHints.Role.ASIDE)) {
            score -= CLASS_WEIGHT;
        }
        return score;
    }

    /**
     * When several of the best candidates are nearly as good as the best, the article is spread over
     * them: their closest common ancestor holds it.
     */
    private static Element commonAncestorOfAlternatives(Element top, List<Map.Entry<Element, Double>> ranked, Element root) {
        double best = ranked.get(0).getValue();
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).getValue() / best >= ALTERNATIVE_SHARE) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != root.parent(); parent = parent.parent()) {
            int held = 0;
            for (Element alternative : alternatives) {
                held += alternative.parents().contains(parent) ? 1 : 0;
            }
            if (held >= MIN_ALTERNATIVES) {
                return parent;
            }
            if (parent == root) {
                break;
            }
        }
        return top;
    }

    /** Up to an ancestor that scores better, unless one on the way scores less than a third. */
    private static Element betterParent(Element top, Map<Element, Double> scores, Element root) {
        double lastScore = scores.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && top != root && parent != root; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > lastScore) {
                return parent;
            }
            lastScore = score;
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats, Element root,
                                              ClassHints.PageRoles classes, Predicate<Element> holdsPost) {
        Element parent = top.parent();
        if (top == root || parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
        List<Element> article = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                article.add(sibling);
                continue;
            }
            if (sibling.nameIs("aside") || classes.chrome(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * SIBLING_SHARE : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                article.add(sibling);
            } else if (sibling.nameIs("p") && isProse(stats.of(sibling), sibling)) {
                article.add(sibling);
            } else if (holdsPost.test(sibling)) {
                article.add(sibling);
            }
        }
        return Collections.unmodifiableList(article);
    }

    private static boolean isProse(TextStats.Counts counts, Element paragraph) {
        double linkDensity = counts.linkDensity();
        if (counts.chars() > SIBLING_PROSE_CHARS) {
            return linkDensity < SIBLING_PROSE_LINK_DENSITY;
        }
        return counts.chars() > 0 && linkDensity == 0 && PROSE_END.matcher(paragraph.text()).matches();
    }
}
