package newsroom.annotator.types;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Span;

/**
 * Where things stand in one article, from the cues of its spans: the lead (everything above the first
 * paragraph of prose: site chrome, section label, headline, teaser, photo, author and date lines), the
 * headline and teaser in it, and the tail (everything after the last paragraph of prose: author lines and bios,
 * share prompts, links to other stories). A span without cues (a post) is {@code null}.
 */
final class ArticleLayout {

    /** A run of this many short lines with no blank line between them, where paragraphs have one, is a list of links. */
    private static final int LINK_LIST_MIN_LINES = 3;
    /** A headline has a few words: "Vaivén" or "Liga MX" above one is its section's label. */
    private static final int HEADLINE_MIN_WORDS = 4;
    /**
     * A line this long right above the prose that names nobody (one capitalized word at most after its
     * first) is the standfirst of a headline the scrape lost: a headline says who.
     */
    private static final int STANDFIRST_MIN_WORDS = 14;
    private static final int STANDFIRST_MAX_NAMED = 1;
    /** A teaser is a sentence or two; a first paragraph is often longer. */
    private static final int TEASER_MAX_WORDS = 30;
    /** A crosshead is a few words: "DIÁLOGO SOBRE ECONOMÍA", "La chicana de Mayans", "Mikel Arteta". */
    private static final int CROSSHEAD_MAX_WORDS = 10;
    /** Words after a quotation's close: "“Cheers to that,” wrote KFC Gaming" reports, as no heading does. */
    private static final Pattern REPORTED = Pattern.compile("[”\"»],?\\s+\\p{L}");
    /** A speaker's label, a colon, and a quotation that ends the line: "Thiago Motta: “Faremo il massimo per rialzarci”". */
    private static final Pattern LABELLED_QUOTATION = Pattern.compile("([^:,;.!?«»“”\"„]+?)\\s?:\\s*([«“\"„‘].*[»”\"“’])");
    private static final int LABEL_MAX_WORDS = 6;
    /** A small word of a label is a particle or a preposition between names: "de", "al", "von", "der". */
    private static final int LABEL_SMALL_WORD = 3;
    /** The marks a quotation opens and closes with. */
    private static final String OPENING_MARKS = "“\"«„‘";
    private static final String CLOSING_MARKS = "”\"»“’";
    /** The marks that open a Spanish question or exclamation. */
    private static final String INVERTED_MARKS = "¿¡";

    private final int leadEnd;
    private final int teaser;
    private final int firstTitle;
    private final Set<Integer> titles = new HashSet<>();
    private final int tailStart;
    private final boolean afterBody;
    private final boolean tailHasEndMatter;
    /** The last line of the lead that only dates the article, or -1. */
    private final int lastLeadDate;

    ArticleLayout(String text, List<Span> spans, SpanCues[] cues) {
        int n = cues.length;
        int lead = leadEnd(cues, 0);
        boolean[] inList = linkLists(text, spans, cues);
        int title = n > 1 ? chooseTitle(text, spans, cues, lead, inList) : -1;
        boolean standfirst = title >= 0 && title == lead - 1 && lead < n && isStandfirst(cues[title]);
        this.firstTitle = standfirst ? -1 : title;
        if (standfirst) {
            this.teaser = title;
        } else if (firstTitle >= 0 && firstTitle == lead - 1 && isTeaser(cues, lead)) {
            // the standfirst under the headline, with the photo or author lines under it: the lead goes on
            this.teaser = lead;
            lead = leadEnd(cues, lead + 1);
        } else if (firstTitle >= 0 && firstTitle == lead - 1 && repeatsTitle(cues, lead + 1, firstTitle)) {
            // the headline printed again under the standfirst: the lead goes on past both
            this.teaser = lead;
            lead = leadEnd(cues, lead + 2);
        } else if (opensTheStory(cues, lead)) {
            // a sentence or two above the wire story's dateline sums it up
            this.teaser = lead;
            lead++;
        } else {
            this.teaser = -1;
        }
        this.leadEnd = lead;
        int lastDate = -1;
        for (int i = 0; i < leadEnd; i++) {
            lastDate = cues[i] != null && cues[i].dateLine() ? i : lastDate;
        }
        this.lastLeadDate = lastDate;
        if (firstTitle >= 0) {
            for (int i = 0; i < n; i++) {
                if (i == firstTitle || (i < leadEnd && cues[i] != null && cues[i].key().equals(cues[firstTitle].key())
                        && cues[i].headline())) {
                    titles.add(i);
                }
            }
        }
        int tail = n;
        boolean endMatter = false;
        int bulletedLines = 0;
        int linkLines = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (cues[i] == null) {
                continue;
            }
            SpanCues span = cues[i];
            boolean closing = span.endMatter() || span.credit() || span.handle() || span.dateLine();
            boolean shortUnpunctuated = span.unpunctuated() && span.words() <= TypeCues.HEADLINE_MAX_WORDS;
            if (!closing && span.letters() >= 3 && !shortUnpunctuated) {
                break;
            }
            endMatter |= closing;
            bulletedLines += span.bulleted() && shortUnpunctuated ? 1 : 0;
            linkLines += shortUnpunctuated && span.words() >= 2 ? 1 : 0;
            tail = i;
        }
        this.tailStart = tail;
        // lines alone are no article's end: the tail follows a body
        boolean body = false;
        for (int i = 0; i < tail && !body; i++) {
            body = cues[i] == null || cues[i].prose();
        }
        this.afterBody = body;
        // a paragraph that ends in a colon introduces what follows: its list is the article's ("Here's what
        // you can expect:"), unlike the list after a label ("Related:")
        boolean introduced = tail > 0 && tail < n && cues[tail - 1] != null && cues[tail - 1].prose()
                && cues[tail - 1].introduces();
        // a list of unpunctuated lines after the prose, bulleted or not, is one of other stories' headlines
        this.tailHasEndMatter = body && (endMatter || (!introduced
                && (bulletedLines >= LINK_LIST_MIN_LINES || linkLines >= LINK_LIST_MIN_LINES)));
        for (int i = Math.max(leadEnd, 1); i + 1 < tailStart; i++) {
            if (isCrosshead(text, spans.get(i), cues, i, inList)) {
                titles.add(i);
            }
        }
        int last = n - 1;
        if (last >= 1 && (tailStart == last || tailStart == n) && afterBody && !tailHasEndMatter && proseOrPost(cues[last - 1])
                && headingShaped(text, spans.get(last), cues[last], inList[last]) && !cues[last].truncated()
                && !endsMidSentence(text.substring(spans.get(last).start(), spans.get(last).end()))) {
            // a text cut after a crosshead, as an excerpt or a page split over several is: the last line, alone after
            // the prose, with no words of chrome, reads as the heading it is
            titles.add(last);
        }
    }

    /**
     * A crosshead: a line of a few words between paragraphs of the article's prose (or its posts), as pages set
     * their subheadings, that no sentence ends or that ends as a heading does ({@link #headingEnd}), and that
     * does not report ({@link #reports}). Only such a short line's words are read.
     */
    private static boolean isCrosshead(String text, Span line, SpanCues[] cues, int i, boolean[] inList) {
        return proseOrPost(cues[i - 1]) && proseOrPost(cues[i + 1]) && headingShaped(text, line, cues[i], inList[i]);
    }

    /** Whether a line is a heading's few words, that no sentence ends or that end as a heading does, and report nothing. */
    private static boolean headingShaped(String text, Span line, SpanCues span, boolean listed) {
        if (span == null || span.hint() != null || span.typedByItsWords() || span.bulleted() || listed || span.letters() < 3) {
            return false;
        }
        String words = text.substring(line.start(), line.end());
        if (span.words() <= LABEL_MAX_WORDS + CROSSHEAD_MAX_WORDS + 2 && labelledQuotation(words.strip())) {
            return true;
        }
        return span.words() <= CROSSHEAD_MAX_WORDS && (span.unpunctuated() || headingEnd(words)) && !reports(words);
    }

    /**
     * Whether a line is a heading that gives a speaker's words after the speaker's name and a colon ("Assane Fall (Dakar
     * Sacré-Cœur) : « Ce nul nous satisfait »", "Keller: „Wir haben vorsichtig kalkuliert …“"): a label of a few words,
     * each capitalised or a small word, no comma, then one quotation that ends the line as a heading's does
     * ({@link #headingEnd}); a sentence that reports ("But one parent asked: “…”") has a lower-case word before its colon.
     */
    private static boolean labelledQuotation(String line) {
        Matcher labelled = LABELLED_QUOTATION.matcher(line);
        if (!labelled.matches()) {
            return false;
        }
        String[] label = labelled.group(1).strip().split("\\s+");
        String quotation = labelled.group(2);
        return label.length <= LABEL_MAX_WORDS && quotation.strip().split("\\s+").length <= CROSSHEAD_MAX_WORDS + 2
                && Arrays.stream(label).allMatch(ArticleLayout::labelWord) && headingEnd(quotation) && !reports(quotation);
    }

    /** A word of a heading's speaker label: capitalised, or a small word between names ("de", "al", "von"), or a club in brackets. */
    private static boolean labelWord(String word) {
        String bare = word.replaceAll("^\\(|\\)$", "");
        return !bare.isEmpty() && (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))
                || bare.length() <= LABEL_SMALL_WORD);
    }

    /** Whether a line stops where a sentence goes on: after a comma, a semicolon or a dash ("She ended her thread by tweeting,"). */
    private static boolean endsMidSentence(String line) {
        String words = line.strip();
        return !words.isEmpty() && ",;-–—".indexOf(words.charAt(words.length() - 1)) >= 0;
    }

    /** Whether the line's first character opens a quotation. */
    private static boolean opensWithQuotation(String line) {
        return !line.isEmpty() && OPENING_MARKS.indexOf(line.charAt(0)) >= 0;
    }

    /**
     * Whether a line of a few words ends as a heading does though a mark ends it: a question with no full stop in
     * it ("Entscheidungsspiel für Stöger?"), or one quotation that opens with a capital and whose words end with no
     * full stop, exclamation or colon ("«Gibt bestimmt interessante Diskussionen»", "« Combien cela va-t-il
     * coûter ? »"). A heading opens with its words or a mark, never with a dialogue's dash.
     */
    private static boolean headingEnd(String line) {
        String words = line.strip();
        if (words.isEmpty()) {
            return false;
        }
        boolean quoted = opensWithQuotation(words);
        if (!quoted && !Character.isLetterOrDigit(words.codePointAt(0)) && INVERTED_MARKS.indexOf(words.charAt(0)) < 0) {
            // a dialogue's turn opens with a dash ("–¿Sobre los insultos de Quiroga?"), a heading with its words
            return false;
        }
        if (quoted) {
            int end = words.length();
            while (end > 1 && CLOSING_MARKS.indexOf(words.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end == words.length()) {
                // a quotation it opens and does not close at its end: a quoted sentence the narrator goes on after
                return false;
            }
            words = words.substring(1, end).strip();
            if (!words.isEmpty() && Character.isLowerCase(words.codePointAt(0))) {
                // a heading's quotation opens with a capital; a chant or a phrase the text quotes need not
                return false;
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        char last = words.charAt(words.length() - 1);
        return last == '?' ? words.indexOf('.') < 0 : quoted && ".!…:;".indexOf(last) < 0;
    }

    /**
     * Whether a line reports or quotes rather than heads: words after the close of the quotation it opens with
     * ("“Cheers to that,” wrote KFC Gaming"; a quoted word inside a heading is none, "Demir begeistert von
     * "Top-Stürmer" Kara"), or a quotation it opens and does not close ("“Al momento, es totalmente falso una
     * información […]").
     */
    private static boolean reports(String line) {
        // (a “ that closes a German „ opens nothing: „Energiewende mit der Brechstange“ is a heading's quotation)
        long opening = count(line, '“') - Math.min(count(line, '„'), count(line, '“'));
        return (opensWithQuotation(line.strip()) && REPORTED.matcher(line).find()) || opening != count(line, '”')
                || count(line, '«') != count(line, '»') || count(line, '"') % 2 != 0;
    }

    private static long count(String line, char mark) {
        return line.chars().filter(c -> c == mark).count();
    }

    private static boolean proseOrPost(SpanCues span) {
        return span == null || span.prose();
    }

    /** The first span from {@code from} on that is prose or a post, or the number of spans. */
    private static int leadEnd(SpanCues[] cues, int from) {
        int lead = from;
        while (lead < cues.length && cues[lead] != null && !cues[lead].prose()) {
            lead++;
        }
        return lead;
    }

    /**
     * A sentence or two right under the headline, followed by what stands above an article's prose
     * (advertising, a credit, an author line) and then by prose: a teaser, not the first paragraph.
     */
    private static boolean isTeaser(SpanCues[] cues, int span) {
        int next = span + 1;
        if (next >= cues.length || cues[span] == null || cues[next] == null || cues[span].words() > TEASER_MAX_WORDS
                || cues[span].sentences() > 2 || cues[next].prose() || cues[next].label()) {
            return false;
        }
        return leadEnd(cues, next) < cues.length;
    }

    /** A long line that names nobody, as a standfirst describes the people its headline named. */
    private static boolean isStandfirst(SpanCues span) {
        return span.hint() == null && !span.givenTitle() && span.words() >= STANDFIRST_MIN_WORDS
                && span.namedWords() <= STANDFIRST_MAX_NAMED && span.sentences() == 1;
    }

    /** Whether span {@code i} and the next stand in one block of lines: one line break between them, no blank line. */
    private static boolean sameBlock(String text, List<Span> spans, int i) {
        return text.substring(spans.get(i).end(), spans.get(i + 1).start()).chars().filter(c -> c == '\n').count() <= 1;
    }

    /** Whether the span is the headline printed again. */
    private static boolean repeatsTitle(SpanCues[] cues, int span, int title) {
        return span < cues.length && cues[span] != null && cues[span].key().equals(cues[title].key());
    }

    /** A short first paragraph right above the one that opens with the story's dateline. */
    private static boolean opensTheStory(SpanCues[] cues, int span) {
        return span + 1 < cues.length && cues[span] != null && cues[span + 1] != null
                && !cues[span].opensWithDateline() && cues[span + 1].opensWithDateline()
                && cues[span].words() <= TEASER_MAX_WORDS && cues[span].sentences() <= 2;
    }

    /**
     * The headline: the span the page or request named, else the headline-shaped line of the lead that
     * the page repeats (as pages print the headline twice), else the lead's first headline-shaped line
     * of a few words that is no list item, else one of two or three words right above the prose.
     */
    private static int chooseTitle(String text, List<Span> spans, SpanCues[] cues, int leadEnd, boolean[] inList) {
        for (int i = 0; i < cues.length; i++) {
            if (cues[i] != null && (cues[i].hint() == Hint.Kind.TITLE || (cues[i].hint() == null && cues[i].givenTitle()))) {
                return i;
            }
        }
        int first = -1;
        int shorter = -1;
        for (int i = 0; i < leadEnd; i++) {
            SpanCues span = cues[i];
            if (span.hint() != null || !span.headline() || span.typedByItsWords() || span.datedDash() || inList[i]
                    || span.words() < 2) {
                continue;
            }
            if (span.words() < HEADLINE_MIN_WORDS) {
                shorter = shorter < 0 ? i : shorter;
                continue;
            }
            for (int j = i + 1; j < leadEnd; j++) {
                // (a line printed twice in one block under a headline-shaped one, "YOB behaviour in Haverhill" twice under
                // "Anti social behaviour plummets in Haverhill", is a photo's alternative text and caption, not the headline)
                if (cues[j].key().equals(span.key()) && !(j == i + 1 && first >= 0 && sameBlock(text, spans, i))) {
                    return i;
                }
            }
            first = first < 0 ? i : first;
        }
        // a short line right above the prose may be the headline; elsewhere it is a label or chrome
        return first >= 0 ? first : shorter == leadEnd - 1 && leadEnd < cues.length ? shorter : -1;
    }

    /**
     * The spans of link lists: three lines or more of one block (no blank line between them) that no
     * sentence ends, in an article that sets its paragraphs apart with blank lines, as the lists of
     * other stories that scrapes carry above and below an article.
     */
    private static boolean[] linkLists(String text, List<Span> spans, SpanCues[] cues) {
        int n = spans.size();
        boolean[] inList = new boolean[n];
        boolean blankLines = false;
        for (int i = 1; i < n && !blankLines; i++) {
            blankLines = lineBreaks(text, spans.get(i - 1).end(), spans.get(i).start()) >= 2;
        }
        if (!blankLines) {
            return inList;
        }
        int blockStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || lineBreaks(text, spans.get(i - 1).end(), spans.get(i).start()) >= 2) {
                boolean list = i - blockStart >= LINK_LIST_MIN_LINES;
                for (int j = blockStart; j < i && list; j++) {
                    list = cues[j] != null && cues[j].shortLine();
                }
                for (int j = blockStart; j < i; j++) {
                    inList[j] = list;
                }
                blockStart = i;
            }
        }
        return inList;
    }

    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    /** Before the first paragraph of prose. */
    boolean inLead(int span) {
        return span < leadEnd;
    }

    /** Whether a line below this one in the lead only dates the article. */
    boolean datedLower(int span) {
        return span < lastLeadDate;
    }

    /** Above the headline: site chrome and section labels. */
    boolean aboveTitle(int span) {
        return firstTitle >= 0 && span < firstTitle;
    }

    boolean belowTitle(int span) {
        return firstTitle >= 0 && span > firstTitle;
    }

    boolean isTitle(int span) {
        return titles.contains(span);
    }

    /** The sentence or two under the headline that sums the story up. */
    boolean isTeaser(int span) {
        return span == teaser;
    }

    /** In the run of end matter and short lines that closes the article (all of it, when it has no prose). */
    boolean inTail(int span) {
        return span >= tailStart;
    }

    /** In the tail, after the last paragraph of prose. */
    boolean afterBody(int span) {
        return afterBody && span >= tailStart;
    }

    /**
     * Whether the tail holds author lines, bios, boilerplate or a bulleted list of links: then its other
     * short lines are links.
     */
    boolean tailHasEndMatter() {
        return tailHasEndMatter;
    }
}
