package newsroom.annotator.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.Utf8;

/**
 * The records of a batch run, read lazily one at a time so that memory does not grow with the run:
 * files, folders of {@code .txt}/{@code .html}/{@code .json} files (sorted by name, sub-folders too), and
 * NDJSON ({@code .ndjson}/{@code .jsonl} files, or standard input).
 */
public final class RecordSource implements Iterator<BatchRecord> {

    private final Deque<Path> pending = new ArrayDeque<>();
    private final InputStream stdin;
    private BufferedReader lines;
    private String linesName;
    private long lineNumber;
    private BatchRecord next;

    private RecordSource(List<Path> paths, InputStream stdin) {
        this.pending.addAll(paths);
        this.stdin = stdin;
    }

    /** Records from the given paths; "-" stands for NDJSON on {@code stdin}. */
    public static RecordSource of(List<String> paths, InputStream stdin) {
        return new RecordSource(paths.stream().map(Path::of).toList(), stdin);
    }

    /** NDJSON requests, one a line; a request without an id is called {@code name:line}. */
    public static RecordSource ndjson(InputStream in, String name) {
        RecordSource source = new RecordSource(List.of(), null);
        source.openLines(in, name);
        return source;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (lines != null) {
                next = nextLine();
                if (next != null) {
                    return true;
                }
            }
            if (pending.isEmpty()) {
                return false;
            }
            next = open(pending.removeFirst());
        }
        return true;
    }

    @Override
    public BatchRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchRecord record = next;
        next = null;
        return record;
    }

    private BatchRecord open(Path path) {
        if (path.toString().equals("-")) {
            openLines(stdin, "stdin");
            return null;
        }
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> inside = files.filter(Files::isRegularFile).filter(RecordSource::isArticleFile)
                        .sorted(Comparator.comparing(Path::toString)).toList();
                for (int i = inside.size() - 1; i >= 0; i--) {
                    pending.addFirst(inside.get(i));
                }
            } catch (IOException | UncheckedIOException e) {
                return BatchRecord.unreadable(name, BadInputException.malformed("cannot list folder " + path + ": " + e.getMessage()));
            }
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return BatchRecord.unreadable(name, BadInputException.malformed("no such file: " + path));
        }
        String extension = extension(name);
        if (extension.equals("ndjson") || extension.equals("jsonl")) {
            try {
                openLines(Files.newInputStream(path), name);
            } catch (IOException e) {
                return BatchRecord.unreadable(name, BadInputException.malformed("cannot read " + path + ": " + e.getMessage()));
            }
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            BatchRecord.Format format = switch (extension) {
                case "html", "htm" -> BatchRecord.Format.HTML;
                case "json" -> BatchRecord.Format.JSON_FILE;
                default -> BatchRecord.Format.TEXT;
            };
            return BatchRecord.of(name, format, utf8(bytes, name), bytes.length);
        } catch (BadInputException e) {
            return BatchRecord.unreadable(name, e);
        } catch (IOException e) {
            return BatchRecord.unreadable(name, BadInputException.malformed("cannot read " + path + ": " + e.getMessage()));
        }
    }

    private void openLines(InputStream in, String name) {
        lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        linesName = name;
        lineNumber = 0;
    }

    private BatchRecord nextLine() {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    long bytes = Utf8.length(line);
                    return BatchRecord.of(linesName + ":" + lineNumber, BatchRecord.Format.JSON_LINE, line, bytes);
                }
            }
            lines.close();
        } catch (IOException e) {
            BatchRecord failed = BatchRecord.unreadable(linesName + ":" + (lineNumber + 1),
                    BadInputException.malformed("cannot read " + linesName + ": " + e.getMessage()));
            closeQuietly();
            return failed;
        }
        lines = null;
        return null;
    }

    private void closeQuietly() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // reading already failed; that is what gets reported
        }
        lines = null;
    }

    static boolean isArticleFile(Path path) {
        return switch (extension(path.getFileName().toString())) {
            case "txt", "html", "htm", "json", "ndjson", "jsonl" -> true;
            default -> false;
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BadInputException.malformed(name + " is not UTF-8 text");
        }
    }
}
