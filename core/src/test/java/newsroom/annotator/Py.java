package newsroom.annotator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Python's meaning of the few string and JSON operations the team's scorer ({@code ../shared/eval/score})
 * relies on, so that {@link GoldScorer} reads like the scorer and counts like it: strings index by code
 * point, split on Unicode white space, and JSON values are true, false or equal as Python values are.
 * Where Python would stop with a TypeError, these throw {@link IllegalArgumentException}.
 */
final class Py {

    /** Python's order of strings: by code point (Java's compareTo orders by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = Py::compare;

    private Py() {
    }

    // ---- strings

    /** {@code len(s)}: code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[:n]}. */
    static String head(String s, int n) {
        return len(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code text.find(sub, start)}, positions in code points; -1 when absent. */
    static int find(String text, String sub, int start) {
        if (start > len(text)) {
            return -1; // Python finds nothing past the end, not even "" (Java's indexOf would clamp)
        }
        int at = text.indexOf(sub, text.offsetByCodePoints(0, start));
        return at < 0 ? -1 : text.codePointCount(0, at);
    }

    /** {@code str.isspace()} of one character: category Zs, or bidirectional class WS, B or S. */
    static boolean isSpace(int c) {
        byte bidi = Character.getDirectionality(c);
        return Character.getType(c) == Character.SPACE_SEPARATOR || bidi == Character.DIRECTIONALITY_WHITESPACE
                || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** {@code s.split()}: the words between runs of white space. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            boolean space = isSpace(s.codePointAt(i));
            if (space && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@code s.lower()}: full Unicode lower case, as Python has it in any locale. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    // ---- JSON values as Python sees them (missing and null are both None: Java null)

    /** {@code d.get(key)}: null when the key is absent or its value is null. */
    static JsonNode get(JsonNode dict, String key) {
        JsonNode value = dict == null ? null : dict.get(key);
        return value == null || value.isNull() ? null : value;
    }

    /** {@code d[key]}: the gold's required fields; Python raises KeyError without them. */
    static JsonNode require(JsonNode dict, String key) {
        if (!dict.has(key)) {
            throw new IllegalArgumentException("no \"" + key + "\" in " + dict);
        }
        return get(dict, key);
    }

    /** {@code bool(value)}. */
    static boolean truthy(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    /** {@code a == b} of two JSON values; True == 1 and 1 == 1.0 as in Python. */
    static boolean eq(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return number(a) == number(b);
        }
        if (a.isTextual() || b.isTextual()) {
            return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!eq(get(a, i), get(b, i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var fields = a.fieldNames(); fields.hasNext();) {
                String key = fields.next();
                if (!b.has(key) || !eq(get(a, key), get(b, key))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code value == "literal"}. */
    static boolean eq(JsonNode value, String literal) {
        return value != null && value.isTextual() && value.textValue().equals(literal);
    }

    /** {@code value or ""} where a string is needed next. */
    static String orEmpty(JsonNode value) {
        if (!truthy(value)) {
            return "";
        }
        return string(value);
    }

    /** A value used as a string. */
    static String string(JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("not a string: " + value);
        }
        return value.textValue();
    }

    /** {@code d.get(key, default)} of a number (an offset). */
    static double number(JsonNode dict, String key, double absent) {
        if (!dict.has(key)) {
            return absent;
        }
        JsonNode value = dict.get(key);
        if (!isNumeric(value)) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number in " + dict);
        }
        return number(value);
    }

    /** {@code value or {}} where a dict is needed next. */
    static JsonNode dictOrEmpty(JsonNode value) {
        if (truthy(value) && !value.isObject()) {
            throw new IllegalArgumentException("not an object: " + value);
        }
        return value;
    }

    /** {@code [x for x in (value or []) if isinstance(x, dict)]}. */
    static List<JsonNode> dicts(JsonNode value) {
        List<JsonNode> dicts = new ArrayList<>();
        for (JsonNode item : items(value)) {
            if (item != null && item.isObject()) {
                dicts.add(item);
            }
        }
        return dicts;
    }

    /** {@code for x in (value or [])}: an object iterates its keys and a string its characters, never dicts. */
    static List<JsonNode> items(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (!truthy(value) || value.isObject() || value.isTextual()) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("not iterable: " + value);
        }
        value.forEach(item -> items.add(item.isNull() ? null : item));
        return items;
    }

    /** {@code sorted(values)}: strings by code point; Python cannot order two values of other kinds. */
    static List<JsonNode> sorted(List<JsonNode> values) {
        if (values.size() < 2) {
            return values;
        }
        if (!values.stream().allMatch(v -> v != null && v.isTextual())) {
            throw new IllegalArgumentException("cannot order " + values);
        }
        List<JsonNode> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> compare(a.textValue(), b.textValue()));
        return sorted;
    }

    private static JsonNode get(JsonNode array, int i) {
        JsonNode value = array.get(i);
        return value.isNull() ? null : value;
    }

    private static boolean isNumeric(JsonNode value) {
        return value != null && (value.isNumber() || value.isBoolean());
    }

    private static double number(JsonNode value) {
        return value.isBoolean() ? (value.booleanValue() ? 1 : 0) : value.doubleValue();
    }

    // ---- printing as the scorer prints

    /** {@code str(value)}. */
    static String str(JsonNode value) {
        if (value == null) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        return value.isTextual() ? value.textValue() : repr(value);
    }

    /** {@code repr(value)} of a JSON value, or of a list or tuple (a Java List or array) of them. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return reprString(s);
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(Py::repr).toList()) + "]";
        }
        if (value instanceof Object[] tuple) {
            return "(" + String.join(", ", java.util.Arrays.stream(tuple).map(Py::repr).toList()) + ")";
        }
        JsonNode node = (JsonNode) value;
        if (node.isTextual()) {
            return reprString(node.textValue());
        }
        if (node.isBoolean()) {
            return str(node);
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isNull() ? null : item));
            return repr(items);
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            node.properties().forEach(e -> fields.add(reprString(e.getKey()) + ": "
                    + repr(e.getValue().isNull() ? null : e.getValue())));
            return "{" + String.join(", ", fields) + "}";
        }
        return node.asText();
    }

    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (!printable(c)) {
                out.append(c < 0x100 ? String.format("\\x%02x", c)
                        : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} of one character (Java's Unicode tables, a version behind Python 3.11's). */
    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }
}
