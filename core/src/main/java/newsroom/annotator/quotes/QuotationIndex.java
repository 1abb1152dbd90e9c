package newsroom.annotator.quotes;

import java.util.List;

/**
 * An article's quotations looked up by position: which one a position lies in, which ones a stretch of
 * text overlaps. The quotations are in text order and do not overlap, so each look-up is a binary search
 * rather than a walk over all of them. Immutable.
 */
final class QuotationIndex {

    private final List<Quotation> quotations;
    private final int[] opens;

    QuotationIndex(List<Quotation> quotations) {
        this.quotations = List.copyOf(quotations);
        this.opens = new int[quotations.size()];
        for (int i = 0; i < opens.length; i++) {
            opens[i] = quotations.get(i).open();
        }
    }

    List<Quotation> all() {
        return quotations;
    }

    /** The quotation whose marks enclose {@code position} (open &lt; position &lt; close), or null. */
    Quotation around(int position) {
        int last = lastOpeningBefore(position);
        return last >= 0 && quotations.get(last).close() > position ? quotations.get(last) : null;
    }

    /** The quotation that has begun at or before {@code position} and not ended there (open ≤ position &lt; close), or null. */
    Quotation covering(int position) {
        int last = lastOpeningBefore(position + 1);
        return last >= 0 && quotations.get(last).close() > position ? quotations.get(last) : null;
    }

    /** The quotations that overlap text[from, to), in order: a view, not a copy. */
    List<Quotation> overlapping(int from, int to) {
        int first = Math.max(0, lastOpeningBefore(from + 1));
        if (first < quotations.size() && quotations.get(first).close() <= from) {
            first++;
        }
        int end = lastOpeningBefore(to) + 1;
        return first >= end ? List.of() : quotations.subList(first, end);
    }

    /** The index of the last quotation that opens before {@code position}, or -1. */
    int lastOpeningBefore(int position) {
        int low = 0;
        int high = opens.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (opens[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    Quotation get(int index) {
        return quotations.get(index);
    }
}
