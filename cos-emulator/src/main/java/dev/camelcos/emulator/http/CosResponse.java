package dev.camelcos.emulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Writes answers with the headers every COS response carries. */
public final class CosResponse {
    private final HttpExchange exchange;
    private final String requestId;

    CosResponse(HttpExchange exchange, String requestId, Clock clock) {
        this.exchange = exchange;
        this.requestId = requestId;
        Headers h = exchange.getResponseHeaders();
        h.set("Server", "tencent-cos");
        h.set("x-cos-request-id", requestId);
        h.set("x-cos-trace-id", requestId);
        setDate(h, clock.instant());
    }

    /**
     * The JDK server overwrites "Date" with its own wall clock. Header names differing only in case are
     * distinct entries to it, and this spelling is iterated before "Date" in its header table, so clients
     * reading the first Date header see the emulator's clock, which tests may have skewed.
     */
    private static void setDate(Headers h, Instant serverNow) {
        if (Duration.between(Instant.now(), serverNow).abs().toSeconds() >= 1) {
            h.set("DatE", HttpDates.rfc1123(serverNow));
        }
    }

    public String requestId() {
        return requestId;
    }

    public CosResponse header(String name, String value) {
        if (value != null) {
            exchange.getResponseHeaders().set(name, value);
        }
        return this;
    }

    public void empty(int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    public void xml(int status, byte[] body) throws IOException {
        header("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            header("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Streams {@code length} bytes with a fixed Content-Length; HEAD sends only the length. */
    public void stream(int status, InputStream in, long length) throws IOException {
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            header("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] buf = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new IOException("stored object shorter than its metadata says");
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }
}
