package dev.camelcos.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The start line and headers of an HTTP/1.1 request or response as {@link FaultProxy} reads them off the wire, kept as the exact
 * bytes to forward plus what the proxy needs to find the end of the body.
 */
public final class MessageHead {

    private static final int MAX_HEAD = 64 * 1024;

    private final byte[] raw;
    private final String startLine;
    private final Map<String, String> headers;

    private MessageHead(byte[] raw, String startLine, Map<String, String> headers) {
        this.raw = raw;
        this.startLine = startLine;
        this.headers = headers;
    }

    /** Reads a head up to its empty line; null when the peer closed before sending a byte. */
    static MessageHead read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("connection closed inside a message head");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("message head longer than " + MAX_HEAD + " bytes");
            }
        }
        byte[] raw = head.toByteArray();
        String[] lines = new String(raw, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + "," + b);
            }
        }
        return new MessageHead(raw, lines[0], headers);
    }

    byte[] raw() {
        return raw;
    }

    /** A request's method. */
    public String method() {
        return startLine.split(" ", 2)[0];
    }

    /** A request's target: path and query as sent. */
    public String target() {
        String[] parts = startLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    /** A response's status code. */
    int status() {
        String[] parts = startLine.split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }

    String header(String name) {
        return headers.get(name);
    }

    boolean chunked() {
        String te = headers.get("transfer-encoding");
        return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** The announced body length; -1 when the body is chunked or runs to the end of the connection. */
    long contentLength() {
        String cl = headers.get("content-length");
        return cl == null || chunked() ? -1 : Long.parseLong(cl.trim());
    }

    /** Whether this is an upload of a part (PUT with {@code partNumber}), the step of a multipart upload. */
    public boolean isUploadPart() {
        return method().equals("PUT") && target().contains("partNumber=");
    }

    @Override
    public String toString() {
        return startLine;
    }
}
