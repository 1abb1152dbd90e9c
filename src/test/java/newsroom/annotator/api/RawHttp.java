package newsroom.annotator.api;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client that writes HTTP/1.1 by hand, for what a well-behaved client never does: stop sending a body
 * half way, send no Content-Type, send a malformed chunk, leave before the answer.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    RawHttp() throws IOException {
        socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
    }

    /** Sends the request line and headers (Host and Connection are added) and {@code body}, if any. */
    RawHttp send(String method, String path, String headers, byte[] body) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return this;
    }

    /** Writes more of the body; false when the server has closed the connection. */
    boolean write(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The answer, read until the server closes the connection or {@code timeoutMillis} pass. */
    Answer answer(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.write(buffer, 0, n);
                Answer partial = Answer.parse(read.toString(StandardCharsets.UTF_8));
                if (partial != null && partial.complete()) {
                    return partial;
                }
            }
        } catch (SocketTimeoutException e) {
            // what arrived is the answer
        } catch (IOException reset) {
            // the server closed the connection after answering
        }
        Answer answer = Answer.parse(read.toString(StandardCharsets.UTF_8));
        return answer == null ? new Answer(0, "", "") : answer;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A status, the headers as written and the body. */
    record Answer(int status, String headers, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
                return null;
            }
            int status = Integer.parseInt(raw.substring(9, 12));
            return new Answer(status, raw.substring(0, end), raw.substring(end + 4));
        }

        boolean complete() {
            String lower = headers.toLowerCase(java.util.Locale.ROOT);
            int at = lower.indexOf("content-length:");
            if (at < 0) {
                return false;
            }
            int lineEnd = lower.indexOf("\r\n", at);
            long length = Long.parseLong(lower.substring(at + 15, lineEnd < 0 ? lower.length() : lineEnd).strip());
            return body.getBytes(StandardCharsets.UTF_8).length >= length;
        }

        String contentType() {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    return line.substring(13).strip();
                }
            }
            return null;
        }
    }
}
