package newsroom.annotator.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole, but never more than a limit: past it the reading stops with a 413. */
public final class BoundedInput {

    private BoundedInput() {
    }

    /** Every byte of {@code in}, at most {@code limit} of them. */
    public static byte[] readAll(InputStream in, SizeLimit limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit.maxBytes()) {
                throw limit.exceeded();
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }
}
