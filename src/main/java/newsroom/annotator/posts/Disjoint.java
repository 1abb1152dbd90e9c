package newsroom.annotator.posts;

import java.util.Map;
import java.util.TreeMap;

/**
 * Ranges of the text, none overlapping another, that tell in logarithmic time whether a new range overlaps
 * one of them: the posts stage keeps its marks and embeds here, so that a page of ten thousand signature
 * lines costs ten thousand look-ups, not fifty million comparisons.
 */
final class Disjoint {

    /** Each non-empty range's end by its start; empty ranges overlap nothing and are not kept. */
    private final TreeMap<Integer, Integer> ends = new TreeMap<>();

    /** Adds [from, to), which must overlap none of the ranges already here. */
    void add(int from, int to) {
        if (to > from) {
            ends.put(from, to);
        }
    }

    /** Whether [from, to) overlaps a range here. */
    boolean overlaps(int from, int to) {
        if (to <= from) {
            return false;
        }
        // ranges do not overlap one another, so only the last one starting before {@code to} can reach {@code from}
        Map.Entry<Integer, Integer> last = ends.lowerEntry(to);
        return last != null && last.getValue() > from;
    }

    /** The end of the last range that ends at or before {@code offset}, or {@code floor} when none ends later than it. */
    int lastEndBefore(int offset, int floor) {
        Map.Entry<Integer, Integer> last = ends.lowerEntry(offset);
        while (last != null && last.getValue() > offset) {
            last = ends.lowerEntry(last.getKey());
        }
        return last == null ? floor : Math.max(floor, last.getValue());
    }
}
