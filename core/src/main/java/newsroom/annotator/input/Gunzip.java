package newsroom.annotator.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Opens a file's bytes as written: a gzipped one ("article.txt.gz") is read through gzip. */
public final class Gunzip {

    private static final int BUFFER = 1 << 16;

    private Gunzip() {
    }

    /** {@code in} itself, or read through gzip when {@code gzipped}; {@code in} is closed if gzip refuses it. */
    public static InputStream ifGzipped(InputStream in, boolean gzipped) throws IOException {
        if (!gzipped) {
            return in;
        }
        try {
            return new GZIPInputStream(new BufferedInputStream(in, BUFFER), BUFFER);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
