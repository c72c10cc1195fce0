package dev.camelcos.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import dev.camelcos.emulator.auth.SignedRequest;
import dev.camelcos.emulator.error.EmulatorError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A request after addressing: which bucket and key it names, its decoded query and lower-cased headers.
 *
 * @param bucket null for service requests
 * @param key    decoded object key, null for bucket and service requests
 * @param path   the decoded path the client signed
 */
public record EmulatorRequest(HttpExchange exchange, String method, String bucket, String key, String path,
                         List<Map.Entry<String, String>> query, Map<String, String> headers) {
    static final int MAX_XML_BODY = 1024 * 1024;

    public String header(String name) {
        return headers.get(name);
    }

    public boolean hasQuery(String name) {
        return query.stream().anyMatch(e -> e.getKey().equals(name));
    }

    public String query(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public InputStream body() {
        return exchange.getRequestBody();
    }

    /** Reads an XML request body, refusing more than 1 MiB so that a client cannot exhaust memory. */
    public byte[] xmlBody() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = body();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_XML_BODY) {
                throw new EmulatorError(400, "EntityTooLarge", "XML request bodies are limited to 1 MiB.");
            }
        }
        return out.toByteArray();
    }

    /** "/bucket/key" style resource name for error documents. */
    public String resource() {
        return (bucket == null ? "" : "/" + bucket) + (key == null ? "/" : "/" + key);
    }

    SignedRequest signed() {
        return new SignedRequest(method, path, headers, query);
    }
}
