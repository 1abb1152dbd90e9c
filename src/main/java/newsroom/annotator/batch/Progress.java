package newsroom.annotator.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A progress line on standard error (records, records/s, failures), redrawn at most once a second. */
public final class Progress {

    public static final Progress SILENT = new Progress(null);

    private final PrintStream terminal;
    private final long started = System.nanoTime();
    private long records;
    private long failed;
    private long lastDrawn;

    private Progress(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Progress on {@code err} when the process's standard error is a terminal, else none. */
    public static Progress onTerminal(PrintStream err) {
        return err == System.err && standardErrorIsTerminal() ? new Progress(err) : SILENT;
    }

    /**
     * Whether file descriptor 2 is a terminal. Java tells only whether standard input and output both are
     * ({@code System.console()}), which is the wrong question for a line drawn on standard error: on Linux
     * the descriptor's link names the terminal device.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    void record(boolean recordFailed) {
        records++;
        failed += recordFailed ? 1 : 0;
        if (terminal == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn > 1_000_000_000L) {
            lastDrawn = now;
            draw(now);
        }
    }

    /** The last line, with the final figures. */
    public void finish() {
        if (terminal != null) {
            draw(System.nanoTime());
            terminal.println();
        }
    }

    private void draw(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        terminal.printf("\r%d records, %.1f records/s, %d failed", records, records / seconds, failed);
        terminal.flush();
    }
}
