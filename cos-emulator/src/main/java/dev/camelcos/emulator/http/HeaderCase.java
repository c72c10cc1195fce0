package dev.camelcos.emulator.http;

import com.sun.net.httpserver.Headers;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Makes response header names go out in COS's spelling. The JDK server capitalises the first letter of every
 * header name ("X-cos-hash-crc64ecma", "Content-length"), but the official SDK looks headers up in a
 * case-sensitive map and so misses them. With {@code --add-opens jdk.httpserver/com.sun.net.httpserver=ALL-UNNAMED}
 * (in the jar's manifest; tests pass it too) the response header map is swapped for one that stores names in
 * canonical spelling. The same map keeps the first Date set (ours, from the emulator clock) instead of the JDK's.
 */
final class HeaderCase {
    private static final Logger LOG = Logger.getLogger(HeaderCase.class.getName());
    private static final Field MAP = mapField();

    private HeaderCase() {
    }

    static void install(Headers headers) {
        if (MAP == null) {
            return;
        }
        try {
            MAP.set(headers, new CanonicalMap());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("x-cos-")) {
            return lower.endsWith("-key-md5") ? lower.substring(0, lower.length() - 3) + "MD5" : lower;
        }
        if (lower.equals("etag")) {
            return "ETag";
        }
        StringBuilder out = new StringBuilder(lower.length());
        boolean upper = true;
        for (char c : lower.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }

    private static Field mapField() {
        try {
            Field f = Headers.class.getDeclaredField("map");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("Response header names will be capitalised by the JDK (the COS SDK then misses some); run with "
                    + "--add-opens jdk.httpserver/com.sun.net.httpserver=ALL-UNNAMED to avoid this.");
            return null;
        }
    }

    private static final class CanonicalMap extends HashMap<String, List<String>> {
        @Override
        public List<String> put(String key, List<String> value) {
            String name = canonical(key);
            if (name.equals("Date") && containsKey(name)) {
                return get(name);
            }
            return super.put(name, value);
        }

        @Override
        public List<String> get(Object key) {
            return key instanceof String s ? super.get(canonical(s)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && super.containsKey(canonical(s));
        }

        @Override
        public List<String> remove(Object key) {
            return key instanceof String s ? super.remove(canonical(s)) : null;
        }
    }
}
