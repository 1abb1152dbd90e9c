package newsroom.annotator.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a batch run's lines go: standard output, or a file written atomically. A file's lines are written
 * to {@code FILE.partial} beside it, each flushed as it is complete, and the partial file becomes
 * {@code FILE} by a rename only when the run has finished; a run that was killed leaves the partial file,
 * whose complete lines a run with {@code --resume} keeps (a cut last line is dropped) and goes on after.
 * Every line is flushed whole, so a write error (a full disk, a closed pipe) shows at once.
 */
public final class BatchOutput implements BatchRunner.LineSink, AutoCloseable {

    private final Writer writer;
    /** A PrintStream swallows write errors: it is asked after every line. */
    private final PrintStream printStream;
    private final FileChannel channel;
    private final Path partial;
    private final Path target;
    private final long resumedLines;

    private BatchOutput(Writer writer, FileChannel channel, Path partial, Path target, long resumedLines) {
        this(writer, null, channel, partial, target, resumedLines);
    }

    private BatchOutput(Writer writer, PrintStream printStream, FileChannel channel, Path partial, Path target,
                        long resumedLines) {
        this.writer = writer;
        this.printStream = printStream;
        this.channel = channel;
        this.partial = partial;
        this.target = target;
        this.resumedLines = resumedLines;
    }

    /** Lines to {@code out}, not closed at the end. */
    public static BatchOutput to(OutputStream out) {
        return new BatchOutput(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                out instanceof PrintStream print ? print : null, null, null, null, 0);
    }

    /**
     * Lines to {@code target}, through its partial file; with {@code resume}, after the complete lines a
     * killed run left there.
     */
    public static BatchOutput toFile(Path target, boolean resume) throws IOException {
        Path partial = partialOf(target);
        long kept = 0;
        FileChannel channel;
        if (resume && Files.exists(partial)) {
            channel = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long end = completeLinesEnd(partial);
            kept = countLines(partial, end);
            channel.truncate(end);
            channel.position(end);
        } else {
            channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
        return new BatchOutput(writer, channel, partial, target, kept);
    }

    public static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    /** How many complete lines a resumed run found: the records to pass over. */
    public long resumedLines() {
        return resumedLines;
    }

    @Override
    public void write(String line) throws IOException {
        writer.write(line);
        writer.write('\n');
        writer.flush();
        if (printStream != null && printStream.checkError()) {
            throw new IOException("the output stream failed");
        }
    }

    /** Makes the file whole: synced, then renamed over the target. Only after a run that finished. */
    public void complete() throws IOException {
        writer.flush();
        if (channel == null) {
            return;
        }
        channel.force(true);
        channel.close();
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes what is complete; a file stays partial, to resume. */
    @Override
    public void close() throws IOException {
        if (channel == null) {
            writer.flush();
        } else if (channel.isOpen()) {
            writer.close();
        }
    }

    /** The length of the file up to and with its last line end. */
    private static long completeLinesEnd(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] block = new byte[1 << 16];
            for (long end = in.length(); end > 0; ) {
                int size = (int) Math.min(block.length, end);
                in.seek(end - size);
                in.readFully(block, 0, size);
                for (int i = size - 1; i >= 0; i--) {
                    if (block[i] == '\n') {
                        return end - size + i + 1;
                    }
                }
                end -= size;
            }
            return 0;
        }
    }

    private static long countLines(Path file, long end) throws IOException {
        long lines = 0;
        try (var in = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 16];
            long read = 0;
            for (int n = in.read(block); n > 0 && read < end; n = in.read(block)) {
                int upTo = (int) Math.min(n, end - read);
                for (int i = 0; i < upTo; i++) {
                    if (block[i] == '\n') {
                        lines++;
                    }
                }
                read += n;
            }
        }
        return lines;
    }
}
