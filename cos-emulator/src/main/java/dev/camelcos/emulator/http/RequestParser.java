package dev.camelcos.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.EmulatorError;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Works out bucket and key from the Host header (virtual-hosted) or the first path segment (path style). */
public final class RequestParser {
    /** COS's two default domains: myqcloud.com and tencentcos.cn (the Python SDK's with EnableOldDomain=False). */
    public static final String COS_DOMAIN = "(?:myqcloud\\.com|tencentcos\\.cn)";
    private static final Pattern VIRTUAL_HOST = Pattern.compile("^([a-z0-9-]+)\\.cos\\.[a-z0-9-]+\\." + COS_DOMAIN + "$");
    private static final Pattern SERVICE_HOST = Pattern.compile("^(service\\.cos|cos\\.[a-z0-9-]+)\\." + COS_DOMAIN + "$");
    static final int MAX_KEY_BYTES = 850;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private RequestParser() {
    }

    static EmulatorRequest parse(HttpExchange exchange) {
        Map<String, String> headers = headers(exchange);
        String rawPath = exchange.getRequestURI().getRawPath();
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        List<Map.Entry<String, String>> query = query(exchange.getRequestURI().getRawQuery());
        String host = hostWithoutPort(headers.getOrDefault("host", ""));
        String path = UriCoding.decode(rawPath);
        String bucket;
        String rawKey;
        Matcher vh = VIRTUAL_HOST.matcher(host);
        if (vh.matches()) {
            bucket = vh.group(1);
            rawKey = rawPath.substring(1);
        } else if (SERVICE_HOST.matcher(host).matches()) {
            bucket = null;
            rawKey = "";
        } else {
            String rest = rawPath.substring(1);
            int slash = rest.indexOf('/');
            bucket = slash < 0 ? rest : rest.substring(0, slash);
            rawKey = slash < 0 ? "" : rest.substring(slash + 1);
            bucket = bucket.isEmpty() ? null : UriCoding.decode(bucket);
        }
        String key = rawKey.isEmpty() ? null : UriCoding.decode(rawKey);
        return new EmulatorRequest(exchange, exchange.getRequestMethod().toUpperCase(), bucket, key, path, query, headers);
    }

    /** Checked after the request is recorded, so that tests still see rejected requests. */
    static void checkLimits(EmulatorRequest request) {
        int total = 0;
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        if (total > MAX_HEADER_BYTES) {
            throw EmulatorError.invalidArgument("The request headers exceed " + MAX_HEADER_BYTES + " bytes.");
        }
        if (request.key() != null && request.key().getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new EmulatorError(400, "KeyTooLong", "Your key is too long: at most " + MAX_KEY_BYTES + " bytes.");
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        return headers;
    }

    private static String hostWithoutPort(String host) {
        String h = host.toLowerCase();
        int colon = h.lastIndexOf(':');
        return colon > 0 && !h.endsWith("]") ? h.substring(0, colon) : h;
    }

    private static List<Map.Entry<String, String>> query(String raw) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = UriCoding.decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : UriCoding.decodeQuery(pair.substring(eq + 1));
            query.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        }
        return query;
    }
}
