package newsroom.annotator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.batch.RecordSource;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.BodyText;
import newsroom.annotator.input.Limits;
import newsroom.annotator.model.Article;

/**
 * The request readers under Jazzer: whatever the bytes, a reader gives an article or a
 * {@link BadInputException} (a 400, 413 or 415 for the caller), never another exception. The first byte
 * chooses the reader: plain text, a JSON request, an HTML page, NDJSON lines as the batch reads them.
 * The normal suite runs the committed inputs (RequestReadersFuzzTestInputs); {@code bin/fuzz readers N}
 * fuzzes N inputs.
 */
public class RequestReadersFuzzTest {

    private static final Annotator ANNOTATOR = Annotators.shared();
    private static final Limits LIMITS = Limits.of(1 << 16, 1 << 16);

    @FuzzTest
    void readers(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /** Jazzer's entry point for {@code bin/fuzz}. */
    public static void fuzzerTestOneInput(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch (Math.floorMod(input[0], 4)) {
                case 0 -> check(ANNOTATOR.plainText().read(null, BodyText.utf8(body, "the body")));
                case 1 -> check(ANNOTATOR.requests().read(BodyText.utf8(body, "the body")));
                case 2 -> check(ANNOTATOR.html().read(null, BodyText.utf8(body, "the body")));
                default -> readLines(body);
            }
        } catch (BadInputException expected) {
            if (expected.status() < 400 || expected.status() > 499 || expected.getMessage() == null) {
                throw new AssertionError("not a client error: " + expected.status() + " " + expected.getMessage());
            }
        }
    }

    private static void readLines(byte[] body) {
        RecordSource lines = RecordSource.ndjson(new ByteArrayInputStream(body), "line", LIMITS);
        while (lines.hasNext()) {
            BatchRecord record = lines.next();
            if (record.unreadable() == null) {
                check(ANNOTATOR.requests().read(record.content()));
            }
        }
    }

    private static void check(Article article) {
        String text = article.text();
        if (article.bodyStart() < 0 || article.bodyStart() > text.length()) {
            throw new AssertionError("body start " + article.bodyStart() + " outside a text of " + text.length());
        }
        article.hints().forEach(hint -> {
            if (hint.start() < 0 || hint.end() > text.length() || hint.start() > hint.end()) {
                throw new AssertionError("hint " + hint + " outside a text of " + text.length());
            }
        });
    }
}
