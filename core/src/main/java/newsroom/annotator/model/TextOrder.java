package newsroom.annotator.model;

import java.util.List;
import java.util.function.ToIntFunction;

/** Look-ups in lists kept in text order (spans, sentences): binary searches, so a long article costs log n each. */
public final class TextOrder {

    private TextOrder() {
    }

    /** The index of the first item that ends after {@code position}, or the list's size when none does. */
    public static <T> int firstEndingAfter(List<T> items, int position, ToIntFunction<T> end) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (end.applyAsInt(items.get(middle)) <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
