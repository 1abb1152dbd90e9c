package newsroom.annotator.json;

/**
 * Turns UTF-16 offsets into code-point offsets for one text. Text without characters outside the Basic
 * Multilingual Plane (most articles) needs no table; the others get one, built once per text.
 */
final class CodePoints {

    private final int[] before; // before[i]: code points in text[0, i); null when UTF-16 = code points

    CodePoints(String text) {
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                table = table(text);
                break;
            }
        }
        this.before = table;
    }

    private static int[] table(String text) {
        int[] table = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = count;
            // the low half of a pair does not start a code point
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                count++;
            }
        }
        table[text.length()] = count;
        return table;
    }

    int at(int utf16Offset) {
        return before == null ? utf16Offset : before[utf16Offset];
    }
}
