package newsroom.annotator.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsroom.annotator.model.Hint;

/**
 * The text extracted from a page as it is being written: white space squeezed the way a browser shows
 * it, blocks apart by a blank line (so that each paragraph is a line of its own), and the regions that
 * markup named, as hints whose offsets point into this very text. Regions start at their first
 * character and end after their last one, so a hint never covers the separators around it.
 */
final class PageText {

    private final StringBuilder text = new StringBuilder();
    private final List<Region> open = new ArrayList<>();
    private final List<Hint> hints = new ArrayList<>();
    private int pendingBreaks;
    private boolean pendingSpace;

    /**
     * Words as markup holds them; runs of white space become one space. A no-break space is a character
     * of the text, as in a browser: it does not collapse, and scraped text keeps it too.
     */
    void append(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
            } else {
                writeSeparator();
                text.append(c);
            }
        }
    }

    /** A {@code <br>}: one ends the line, two in a row leave a blank line as a block does. */
    void lineBreak() {
        pendingBreaks = Math.min(2, pendingBreaks + 1);
    }

    /** The end or start of a block. */
    void blockBreak() {
        pendingBreaks = 2;
    }

    /** A space between words that markup set apart as blocks inside one line, such as a post's parts. */
    void space() {
        pendingSpace = true;
    }

    /** Starts a region of the given kind; its hint is kept only if some text is written before it closes. */
    Region open(Hint.Kind kind, Map<String, String> attributes) {
        Region region = new Region(kind, attributes);
        open.add(region);
        return region;
    }

    void close(Region region) {
        open.remove(region);
        if (region.start >= 0 && text.length() > region.start) {
            hints.add(new Hint(region.start, text.length(), region.kind, region.attributes));
        }
    }

    /** Whether any character was written since the region opened. */
    boolean hasText(Region region) {
        return region.start >= 0;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    /** The hints in the order their regions start. */
    List<Hint> hints() {
        List<Hint> sorted = new ArrayList<>(hints);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return sorted;
    }

    private void writeSeparator() {
        if (!text.isEmpty()) {
            if (pendingBreaks > 0) {
                text.append(pendingBreaks == 1 ? "\n" : "\n\n");
            } else if (pendingSpace) {
                text.append(' ');
            }
        }
        pendingBreaks = 0;
        pendingSpace = false;
        for (Region region : open) {
            if (region.start < 0) {
                region.start = text.length();
            }
        }
    }

    /** A region being written. */
    static final class Region {
        private final Hint.Kind kind;
        private final Map<String, String> attributes;
        private int start = -1;

        private Region(Hint.Kind kind, Map<String, String> attributes) {
            this.kind = kind;
            this.attributes = attributes;
        }
    }
}
