package dev.camelcos.emulator.auth;

import dev.camelcos.emulator.error.EmulatorError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The two URL codings COS uses: its strict percent-encoding (signing, encoding-type=url) and plain percent-decoding. */
public final class UriCoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriCoding() {
    }

    /** Encodes every byte except A-Z a-z 0-9 - _ . ~ with upper-case hex. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Like {@link #encode} but keeps '/', the form of keys in listings with encoding-type=url. */
    public static String encodeKeepSlash(String s) {
        return encode(s).replace("%2F", "/");
    }

    /**
     * Decodes a query-string name or value: form encoding, where '+' is a space (the Python SDK sends
     * {@code prefix=a+b} and signs {@code a%20b}); a literal plus arrives as %2B.
     */
    public static String decodeQuery(String s) {
        return decode(s.replace("+", "%20"));
    }

    /** Percent-decodes as UTF-8; '+' stays '+', because in a path it is a plus, never a space. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new EmulatorError(400, "InvalidURI", "Couldn't parse the specified URI.");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new EmulatorError(400, "InvalidURI", "Couldn't parse the specified URI.");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
