package dev.camelcos.emulator.store;

import java.util.Comparator;

/**
 * COS lists keys in UTF-8 byte order. Comparing code points gives the same order as comparing
 * UTF-8 bytes, whereas String.compareTo (UTF-16 units) differs for characters above U+FFFF.
 */
public final class KeyOrder {
    public static final Comparator<String> UTF8 = KeyOrder::compare;

    private KeyOrder() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
