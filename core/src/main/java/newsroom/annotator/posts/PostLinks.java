package newsroom.annotator.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the address of a single post ({@code https://twitter.com/novalick/status/1346…},
 * {@code https://youtu.be/…}) from the table {@code post-links.tsv}: which platform, and which account
 * when the address names one. Immutable.
 */
final class PostLinks {

    /** What an address says: the platform, the account (or null) and the address as written. */
    record Link(Platform platform, String handle, String url) {
    }

    private record Shape(Platform platform, Pattern pattern, boolean namesAccount) {
    }

    private static final String SCHEME = "(?:https?://)?(?:www\\.|m\\.|mobile\\.)?";
    private static final String SEGMENT = "[^/\\s?#)\\]]+";
    private static final String TAIL = "[^\\s)\\]]*";

    private final List<Shape> shapes;

    private PostLinks(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** The shapes of {@code post-links.tsv}, one "platform TAB host TAB path" a line. */
    static PostLinks fromTable(List<String> lines) {
        List<Shape> shapes = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException("post-links.tsv: want platform, host and path: " + line);
            }
            Platform platform = Platform.named(cells[0])
                    .orElseThrow(() -> new IllegalArgumentException("post-links.tsv: unknown platform " + cells[0]));
            String host = cells[1].equals("*") ? "[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+" : Pattern.quote(cells[1]);
            shapes.add(new Shape(platform, Pattern.compile(SCHEME + host + path(cells[2]) + TAIL, Pattern.CASE_INSENSITIVE),
                    cells[2].contains("{handle}")));
        }
        return new PostLinks(shapes);
    }

    private static String path(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("{handle}", i)) {
                regex.append("(?<handle>").append(SEGMENT).append(')');
                i += "{handle}".length();
            } else if (template.startsWith("{id}", i)) {
                regex.append(SEGMENT);
                i += "{id}".length();
            } else {
                int next = template.indexOf('{', i);
                int end = next < 0 ? template.length() : next;
                regex.append(Pattern.quote(template.substring(i, end)));
                i = end;
            }
        }
        return regex.toString();
    }

    /** The post address that fills text[start, end) exactly, if it is one. */
    Optional<Link> whole(CharSequence text, int start, int end) {
        if (!oneToken(text, start, end)) {
            return Optional.empty();
        }
        for (Shape shape : shapes) {
            Matcher matcher = shape.pattern.matcher(text).region(start, end);
            if (matcher.matches()) {
                return Optional.of(link(shape, matcher));
            }
        }
        return Optional.empty();
    }

    /** The post address that starts at {@code start}, if one does; it ends at white space or a bracket. */
    Optional<Link> at(CharSequence text, int start) {
        for (Shape shape : shapes) {
            Matcher matcher = shape.pattern.matcher(text).region(start, text.length());
            if (matcher.lookingAt()) {
                return Optional.of(link(shape, matcher));
            }
        }
        return Optional.empty();
    }

    /** An address is one word with a slash in it; most paragraphs are not, and need no pattern tried. */
    private static boolean oneToken(CharSequence text, int start, int end) {
        boolean slash = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            slash |= c == '/';
        }
        return slash;
    }

    /** What an address given on its own (an embed's markup) says. */
    Optional<Link> of(String url) {
        return url == null ? Optional.empty() : whole(url, 0, url.length());
    }

    private static Link link(Shape shape, Matcher matcher) {
        String handle = shape.namesAccount ? stripAt(matcher.group("handle")) : null;
        if (handle != null && !shape.platform.acceptsHandle(handle)) {
            handle = null;
        }
        return new Link(shape.platform, handle, matcher.group());
    }

    private static String stripAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
