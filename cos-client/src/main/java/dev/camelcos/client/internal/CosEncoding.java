package dev.camelcos.client.internal;

import java.nio.charset.StandardCharsets;

/**
 * COS's percent-encoding: every UTF-8 byte except {@code A-Z a-z 0-9 - _ . ~} becomes {@code %XX} in upper-case hex.
 * It is stricter than {@link java.net.URLEncoder} (which turns a space into {@code +} and leaves {@code *}), so both the
 * signature and the request line use this one.
 */
public final class CosEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CosEncoding() {
    }

    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Encodes each segment of an object key, keeping the {@code /} between them. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        int start = 0;
        int slash;
        while ((slash = path.indexOf('/', start)) >= 0) {
            out.append(encode(path.substring(start, slash))).append('/');
            start = slash + 1;
        }
        return out.append(encode(path.substring(start))).toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
