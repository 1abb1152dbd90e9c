package newsroom.annotator.batch;

import java.io.PrintStream;

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

    /** Progress on {@code err} when it is a terminal, else none. */
    public static Progress onTerminal(PrintStream err) {
        return System.console() != null ? new Progress(err) : SILENT;
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
