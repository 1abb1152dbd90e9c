package newsroom.annotator.posts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.dates.DateMatch;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.model.TextRange;

/**
 * One line of a {@code post-signatures.txt}: a platform, the role of its chrome and the chrome's words
 * with placeholders, compiled once into a pattern. {@code {dash}} is an em dash (or {@code &mdash;}),
 * an en dash, "--" or "-" after a space; {@code {name}} a display name on one line (the rest of the line
 * when it ends the template); {@code {handle}} an account without "@"; {@code {date}} a date the
 * {@link DateParser} reads, only at the end (after a word such as "on", the end of the line will do:
 * pages drop the embed's {@code <time>}); {@code {rest}} the rest of the line. A leading "^" asks
 * for the start of a paragraph. Spaces stand for any run of blanks, line breaks included.
 */
final class SignatureTemplate {

    private static final String BLANKS = "\\h*(?:\\R\\h*)?";
    private static final String SOME_BLANKS = "(?:\\h+(?:\\R\\h*)?|\\R\\h*)";
    private static final String DASH = "(?:—|&mdash;|&#8212;|(?<![^\\s])(?:--|–|-))";
    /** A display name before more chrome: up to 60 characters on one line, no "(@", no spaced dash. */
    private static final String NAME = "(?<name>(?:(?!\\h[-–—]\\h)[^\\n\\r()—@]|\\((?!@)[^\\n\\r()]{0,40}\\)){1,60}?)";
    private static final String LAST_NAME = "(?<name>[^\\n\\r]{1,100})";
    private static final String HANDLE =
            "(?<handle>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,60}[\\p{L}\\p{N}_])?(?:@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+)?)";
    private static final String REST = "[^\\n\\r]{1,200}";
    private static final Pattern LINK_OPENER = Pattern.compile("\\G\\h*\\(?");

    private final Platform platform;
    private final Mark.Role role;
    private final Pattern pattern;
    private final String anchor;
    private final boolean endsWithDate;
    /** The template writes a word before its date ("on {date}", "el {date}"). */
    private final boolean dateAfterWord;
    private final boolean atParagraphStart;
    private final boolean hasName;
    private final boolean hasHandle;

    private SignatureTemplate(Platform platform, Mark.Role role, String source) {
        this.platform = platform;
        this.role = role;
        String body = source;
        this.atParagraphStart = body.startsWith("^");
        if (atParagraphStart) {
            body = body.substring(1);
        }
        this.endsWithDate = body.endsWith("{date}");
        String beforeDate = endsWithDate ? body.substring(0, body.length() - "{date}".length()).strip() : "";
        this.dateAfterWord = !beforeDate.isEmpty() && Character.isLetter(beforeDate.charAt(beforeDate.length() - 1));
        if (body.indexOf("{date}") != body.lastIndexOf("{date}") || body.contains("{date}") && !endsWithDate) {
            throw new IllegalArgumentException("post-signatures: {date} can only end a template: " + source);
        }
        this.hasName = body.contains("{name}");
        this.hasHandle = body.contains("{handle}");
        this.pattern = Pattern.compile(regex(body), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.anchor = anchor(body);
    }

    /** The template's longest literal, lower case: a text without it cannot hold the chrome. */
    private static String anchor(String template) {
        String longest = "";
        for (String literal : template.replaceAll("\\{[a-z]+}", " ").split(" ")) {
            if (literal.length() > longest.length()) {
                longest = literal;
            }
        }
        return longest.toLowerCase(Locale.ROOT);
    }

    /** A line "platform TAB role TAB template" of a {@code post-signatures.txt}. */
    static SignatureTemplate parse(String line) {
        String[] cells = line.split("\t");
        if (cells.length != 3 || cells[2].isBlank()) {
            throw new IllegalArgumentException("post-signatures: want platform, role and template: " + line);
        }
        Platform platform = Platform.named(cells[0])
                .orElseThrow(() -> new IllegalArgumentException("post-signatures: unknown platform " + cells[0]));
        Mark.Role role;
        try {
            role = Mark.Role.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("post-signatures: unknown role " + cells[1] + " in: " + line, e);
        }
        return new SignatureTemplate(platform, role, cells[2].strip());
    }

    Platform platform() {
        return platform;
    }

    Mark.Role role() {
        return role;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether a text, given in lower case, can hold this chrome at all: a cheap test before the pattern's search. */
    boolean mayOccurIn(String lowerCaseText) {
        return lowerCaseText.contains(anchor);
    }

    /**
     * The mark this template's {@code matcher} found, if the match holds up: a name left after trimming,
     * a handle the platform allows, a date where the template ends with one (or the end of the line after
     * the word that announces the date, where the page dropped it), a paragraph start where asked. A post
     * address right after a signature's date (as some exports write it) joins the mark.
     */
    Optional<Mark> mark(CharSequence text, Matcher matcher, DateParser dates, PostLinks links) {
        int start = matcher.start();
        if (atParagraphStart && !opensParagraph(text, start)) {
            return Optional.empty();
        }
        String handle = hasHandle ? matcher.group("handle") : null;
        if (handle != null && !platform.acceptsHandle(handle)) {
            return Optional.empty();
        }
        String name = null;
        TextRange nameAt = null;
        if (hasName) {
            int from = matcher.start("name");
            int to = matcher.end("name");
            while (from < to && isBlank(text.charAt(from))) {
                from++;
            }
            while (to > from && isBlank(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                name = text.subSequence(from, to).toString();
                nameAt = new TextRange(from, to);
            }
        }
        int end = trimmedEnd(text, start, matcher.end());
        LocalDate date = null;
        String dateText = null;
        String url = null;
        if (endsWithDate) {
            Optional<DateMatch> written = dates.parseAt(text, matcher.end());
            if (written.isEmpty()) {
                // "A photo posted by Selena Gomez (@selenagomez) on": the page dropped the embed's <time>,
                // and the word that announced the date ends the line
                return dateAfterWord && endsLine(text, end) ? Optional.of(new Mark(platform, role, start, end, name,
                        nameAt, handle, null, null, null)) : Optional.empty();
            }
            date = written.get().date();
            dateText = written.get().text(text);
            end = written.get().end();
            Matcher opener = LINK_OPENER.matcher(text).region(end, text.length());
            if (opener.lookingAt()) {
                Optional<PostLinks.Link> link = links.at(text, opener.end());
                if (link.isPresent() && link.get().platform() == platform) {
                    url = link.get().url();
                    end = opener.end() + url.length();
                    if (opener.group().endsWith("(") && end < text.length() && text.charAt(end) == ')') {
                        end++;
                    }
                }
            }
        }
        if (end <= start) {
            return Optional.empty();
        }
        return Optional.of(new Mark(platform, role, start, end, name, nameAt, handle, date, dateText, url));
    }

    private static boolean endsLine(CharSequence text, int at) {
        return blanksToLineBreak(text, at, 1);
    }

    private static boolean opensParagraph(CharSequence text, int at) {
        return blanksToLineBreak(text, at - 1, -1);
    }

    /** Whether only blanks stand from {@code from}, walking by {@code step}, to a line break or the text's end. */
    private static boolean blanksToLineBreak(CharSequence text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    private static int trimmedEnd(CharSequence text, int start, int end) {
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether the blanks at template[from, to) must be there: between two words ("shared by"), or between
     * a word and a placeholder ("by {name}", "on {date}"), lest a lazy name end inside a word ("Ge|on|bae").
     */
    private static boolean separatesWords(String template, int from, int to) {
        if (from == 0 || to == template.length()) {
            return false;
        }
        char before = template.charAt(from - 1);
        char after = template.charAt(to);
        boolean wordBefore = Character.isLetterOrDigit(before);
        boolean wordAfter = Character.isLetterOrDigit(after);
        return (wordBefore && (wordAfter || after == '{')) || (wordAfter && before == '}');
    }

    /** The template's words as a pattern: placeholders become groups, literals are quoted. */
    private static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < template.length() && template.charAt(j) == ' ') {
                    j++;
                }
                regex.append(separatesWords(template, i, j) ? SOME_BLANKS : BLANKS);
                i = j;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("post-signatures: unclosed placeholder in: " + template);
                }
                String placeholder = template.substring(i, close + 1);
                boolean last = template.substring(close + 1).isBlank();
                regex.append(switch (placeholder) {
                    case "{dash}" -> DASH;
                    case "{name}" -> last ? LAST_NAME : NAME;
                    case "{handle}" -> HANDLE;
                    case "{rest}" -> REST;
                    case "{date}" -> ""; // read by the DateParser where the pattern ends
                    default -> throw new IllegalArgumentException("post-signatures: unknown placeholder "
                            + placeholder + " in: " + template);
                });
                i = close + 1;
            } else {
                int j = i;
                while (j < template.length() && template.charAt(j) != ' ' && template.charAt(j) != '{') {
                    j++;
                }
                regex.append(Pattern.quote(template.substring(i, j)));
                i = j;
            }
        }
        return regex.toString();
    }
}
