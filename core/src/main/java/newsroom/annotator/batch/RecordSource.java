package newsroom.annotator.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.BodyText;
import newsroom.annotator.input.BoundedInput;
import newsroom.annotator.input.Gunzip;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.SizeLimit;

/**
 * The records of a batch run, read lazily one at a time so that memory does not grow with the run:
 * files, folders of {@code .txt}/{@code .html}/{@code .json} files (sub-folders too, in name order), and
 * NDJSON ({@code .ndjson}/{@code .jsonl} files, or standard input), each of them gzipped or not
 * ({@code .txt.gz}…). A file's id is its path relative to the folder given (its name, when a file was
 * given), so two files of one name in two sub-folders keep apart. Nothing is read past its limit: a
 * file's size is checked before it is read (after decompression as it is read), an NDJSON line as it is
 * read. Whatever cannot be read (a locked sub-folder, a symbolic link that loops, a line that is not
 * UTF-8) is one error record, and the rest is read on. {@code *.gold.json} and {@code *.expected.json}
 * in a folder are answers kept beside articles, not requests.
 */
public final class RecordSource implements Iterator<BatchRecord> {

    /** What {@link #skip} passes over instead of a record. */
    private static final BatchRecord SKIPPED = BatchRecord.unreadable("", null);

    private final Deque<Entry> pending = new ArrayDeque<>();
    private final InputStream stdin;
    private final Limits limits;
    private LineReader lines;
    private String linesName;
    private BatchRecord next;

    /** A file or folder to read, under the id it gets; or, with a problem, an error record to give. */
    private record Entry(Path path, String id, BadInputException problem) {
    }

    private RecordSource(List<String> paths, InputStream stdin, Limits limits) {
        for (String path : paths) {
            Path file = Path.of(path);
            String id = path.equals("-") ? "stdin"
                    : file.getFileName() == null ? path : file.getFileName().toString();
            pending.addLast(new Entry(file, id, null));
        }
        this.stdin = stdin;
        this.limits = limits;
    }

    /** Records from the given paths; "-" stands for NDJSON on {@code stdin}. */
    public static RecordSource of(List<String> paths, InputStream stdin, Limits limits) {
        return new RecordSource(paths, stdin, limits);
    }

    /** NDJSON requests, one a line; a request without an id is called {@code name:line}. */
    public static RecordSource ndjson(InputStream in, String name, Limits limits) {
        RecordSource source = new RecordSource(List.of(), null, limits);
        source.openLines(in, name);
        return source;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (lines != null) {
                next = nextLine(false);
                if (next != null) {
                    return true;
                }
            }
            if (pending.isEmpty()) {
                return false;
            }
            next = open(pending.removeFirst(), false);
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

    /**
     * Passes over the next {@code count} records without reading their content (a resumed run's records
     * already written); returns how many there were.
     */
    public long skip(long count) {
        long skipped = 0;
        while (skipped < count) {
            if (next != null) {
                next = null;
                skipped++;
                continue;
            }
            if (lines != null) {
                if (nextLine(true) != null) {
                    skipped++;
                }
                continue;
            }
            if (pending.isEmpty()) {
                break;
            }
            if (open(pending.removeFirst(), true) != null) {
                skipped++;
            }
        }
        return skipped;
    }

    /** The entry's record, or null when it opened lines or listed a folder; {@code skipping} reads no content. */
    private BatchRecord open(Entry entry, boolean skipping) {
        if (entry.problem() != null) {
            return BatchRecord.unreadable(entry.id(), entry.problem());
        }
        Path path = entry.path();
        if (path.toString().equals("-")) {
            openLines(stdin, "stdin");
            return null;
        }
        if (Files.isDirectory(path)) {
            List<Entry> inside = list(path);
            for (int i = inside.size() - 1; i >= 0; i--) {
                pending.addFirst(inside.get(i));
            }
            return null;
        }
        if (!Files.exists(path)) {
            return BatchRecord.unreadable(entry.id(), BadInputException.malformed("no such file: " + path));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzipped = name.endsWith(".gz");
        String extension = extension(gzipped ? name.substring(0, name.length() - 3) : name);
        if (extension.equals("ndjson") || extension.equals("jsonl")) {
            try {
                openLines(open(path, gzipped), entry.id());
            } catch (IOException e) {
                return BatchRecord.unreadable(entry.id(), cannotRead(path, e));
            }
            return null;
        }
        if (skipping) {
            return SKIPPED;
        }
        BatchRecord.Format format = switch (extension) {
            case "html", "htm" -> BatchRecord.Format.HTML;
            case "json" -> BatchRecord.Format.JSON_FILE;
            default -> BatchRecord.Format.TEXT;
        };
        SizeLimit limit = format == BatchRecord.Format.TEXT ? limits.text() : limits.page();
        try {
            if (!gzipped) {
                long size = Files.size(path);
                if (size > limit.maxBytes()) {
                    return BatchRecord.unreadable(entry.id(), limit.tooLarge(size));
                }
            }
            byte[] bytes;
            try (InputStream in = open(path, gzipped)) {
                bytes = BoundedInput.readAll(in, limit);
            }
            return BatchRecord.of(entry.id(), format, BodyText.utf8(bytes, entry.id()));
        } catch (BadInputException e) {
            return BatchRecord.unreadable(entry.id(), e);
        } catch (IOException e) {
            return BatchRecord.unreadable(entry.id(), cannotRead(path, e));
        }
    }

    private static InputStream open(Path path, boolean gzipped) throws IOException {
        return Gunzip.ifGzipped(Files.newInputStream(path), gzipped);
    }

    /** The article files under a folder, sorted by id, with an error entry for each part that cannot be read. */
    private List<Entry> list(Path folder) {
        List<Entry> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && isArticleFile(file)) {
                                found.add(new Entry(file, relative(folder, file), null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            found.add(new Entry(file, relative(folder, file), cannotRead(file, failure)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            found.add(new Entry(folder, folder.toString(), BadInputException.malformed(
                    "cannot list folder " + folder + ": " + e.getMessage())));
        }
        found.sort(Comparator.comparing(Entry::id));
        return found;
    }

    private static String relative(Path folder, Path file) {
        String relative = folder.relativize(file).toString();
        return relative.replace(file.getFileSystem().getSeparator(), "/");
    }

    private static BadInputException cannotRead(Path path, IOException e) {
        String why;
        if (e instanceof FileSystemLoopException) {
            why = "a symbolic link that loops back to a folder above it";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof ZipException) {
            why = "not gzip data (" + e.getMessage() + ")";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return BadInputException.malformed("cannot read " + path + ": " + why);
    }

    private void openLines(InputStream in, String name) {
        lines = new LineReader(in, limits.page().maxBytes());
        linesName = name;
    }

    /** The next non-blank line's record, or null when the lines are done; {@code skipping} decodes nothing. */
    private BatchRecord nextLine(boolean skipping) {
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.blank()) {
                    continue;
                }
                String id = linesName + ":" + line.number();
                if (skipping) {
                    return SKIPPED;
                }
                if (line.overLimit()) {
                    return BatchRecord.unreadable(id, limits.page().tooLarge(line.length()));
                }
                try {
                    return BatchRecord.of(id, BatchRecord.Format.JSON_LINE, BodyText.utf8(line.bytes(), "line " + line.number()));
                } catch (BadInputException e) {
                    return BatchRecord.unreadable(id, e);
                }
            }
            closeLines();
        } catch (IOException e) {
            BatchRecord failed = BatchRecord.unreadable(linesName, BadInputException.malformed(
                    "cannot read " + linesName + " on: " + e.getMessage()));
            closeLines();
            return failed;
        }
        return null;
    }

    private void closeLines() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // reading is over either way; a failure to read was reported where it happened
        }
        lines = null;
    }

    /** Whether a folder's file is a record to read (the Spark job reads folders the same way). */
    public static boolean isArticleFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gold.json") || name.endsWith(".expected.json")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return switch (extension(name)) {
            case "txt", "html", "htm", "json", "ndjson", "jsonl" -> true;
            default -> false;
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
