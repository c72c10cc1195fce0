package dev.camelcos.emulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/** Writes answers with the headers every COS response carries. */
public final class EmulatorResponse {
    private final HttpExchange exchange;
    private final String requestId;

    EmulatorResponse(HttpExchange exchange, String requestId, Clock clock) {
        this.exchange = exchange;
        this.requestId = requestId;
        Headers h = exchange.getResponseHeaders();
        HeaderCase.install(h);
        h.set("Date", HttpDates.rfc1123(clock.instant()));
        h.set("Server", "tencent-cos");
        h.set("x-cos-request-id", requestId);
        h.set("x-cos-trace-id", requestId);
    }

    public String requestId() {
        return requestId;
    }

    public EmulatorResponse header(String name, String value) {
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
        contentLength(body.length);
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void contentLength(long length) {
        header("Content-Length", Long.toString(length));
    }

    /** Streams {@code length} bytes with a fixed Content-Length; HEAD sends only the length. */
    public void stream(int status, InputStream in, long length) throws IOException {
        contentLength(length);
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
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
