package newsroom.annotator.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes as text, strictly: bytes that are not valid in the charset are a 400, never replaced, whether
 * they come as an HTTP body, a file or a batch line. A byte order mark at the start is no part of the
 * text.
 */
public final class BodyText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private BodyText() {
    }

    /** UTF-8 bytes as text; {@code what} names them in the error ("the body", "line 7"). */
    public static String utf8(byte[] bytes, String what) {
        return decode(bytes, 0, bytes.length, StandardCharsets.UTF_8, what);
    }

    public static String decode(byte[] bytes, int offset, int length, Charset charset, String what) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw BadInputException.malformed(what + " is not valid " + charset.name());
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
