package dev.camelcos.client;

import java.net.Proxy;
import java.util.Locale;
import java.util.Objects;

/**
 * The proxy every request goes through: an HTTP proxy (HTTPS requests are tunnelled with CONNECT, so the proxy never
 * sees their content) or a SOCKS proxy. Credentials are sent to an HTTP proxy as Basic authentication, only to the
 * proxy; SOCKS proxies are used without credentials. {@link #toString()} never shows the password.
 */
public record CosProxy(Proxy.Type type, String host, int port, String username, String password) {

    public CosProxy {
        Objects.requireNonNull(type, "type");
        if (type == Proxy.Type.DIRECT) {
            throw new IllegalArgumentException("a proxy is HTTP or SOCKS, not DIRECT");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("proxyHost is required for a proxy");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxyPort " + port + " must be from 1 to 65535");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("proxyUsername and proxyPassword must be given together");
        }
        if (username != null && type != Proxy.Type.HTTP) {
            throw new IllegalArgumentException("proxy credentials are supported for HTTP proxies only, not " + type);
        }
    }

    /** {@code HTTP} or {@code SOCKS}, any case. */
    public static Proxy.Type type(String protocol) {
        String p = protocol == null ? "HTTP" : protocol.toUpperCase(Locale.ROOT);
        return switch (p) {
            case "HTTP" -> Proxy.Type.HTTP;
            case "SOCKS" -> Proxy.Type.SOCKS;
            default -> throw new IllegalArgumentException("proxyProtocol '" + protocol + "' must be HTTP or SOCKS");
        };
    }

    public boolean hasCredentials() {
        return username != null;
    }

    @Override
    public String toString() {
        return "CosProxy[" + type + " " + host + ":" + port + (username != null ? ", user " + username
                + ", password ***" : "") + "]";
    }
}
