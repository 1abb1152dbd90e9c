package newsroom.annotator.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * NDJSON lines as bytes, each read against a limit: a line longer than the limit is skipped to its end
 * without being kept, and told as {@link Line#overLimit()}, so that one 300 MB line costs no memory and
 * its neighbours are read as usual. Lines end at LF (a CR before it is dropped); UTF-8 never puts that
 * byte inside a character, so the bytes are decoded line by line, strictly, by the caller. Not thread-safe.
 */
final class LineReader implements AutoCloseable {

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private byte[] line = new byte[1 << 12];
    private long number;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16);
    }

    /**
     * One line of the input.
     *
     * @param number    its number, from 1
     * @param bytes     its bytes without the line end (null when over the limit)
     * @param length    how many bytes it has, counted to its end even when over the limit
     * @param overLimit whether it was longer than the limit
     */
    record Line(long number, byte[] bytes, long length, boolean overLimit) {

        /** Only white space: no record. */
        boolean blank() {
            if (overLimit) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? finish(length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int run = position - start;
            if (length + run <= maxBytes + 1) {
                // keep one byte more than the limit: a CR before the LF may still be dropped
                ensure((int) (length + run));
                System.arraycopy(buffer, start, line, (int) length, run);
            }
            length += run;
            if (position < filled) {
                position++; // the LF
                return finish(length);
            }
        }
    }

    private Line finish(long length) {
        number++;
        long bytes = length;
        if (bytes <= maxBytes + 1 && bytes > 0 && line[(int) bytes - 1] == '\r') {
            bytes--;
        }
        if (bytes > maxBytes) {
            return new Line(number, null, bytes, true);
        }
        return new Line(number, Arrays.copyOf(line, (int) bytes), bytes, false);
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, line.length * 2));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
