package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.EmulatorError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One page of a key-ordered listing with prefix/delimiter grouping, shared by GET Bucket and
 * List Multipart Uploads. Common prefixes count against the page size like entries do.
 */
final class ListingPage<T> {
    final List<T> entries = new ArrayList<>();
    final Set<String> commonPrefixes = new LinkedHashSet<>();
    boolean truncated;
    /** The key (or common prefix) of the last item returned, where the next page starts. */
    String lastKey;
    T lastEntry;

    /** {@code marker}: the previous page's last key or common prefix; a group equal to it was already returned. */
    static <T> ListingPage<T> of(Collection<T> sorted, Function<T, String> key, String prefix, String delimiter,
                                 String marker, int max) {
        ListingPage<T> page = new ListingPage<>();
        String p = prefix == null ? "" : prefix;
        for (T item : sorted) {
            String k = key.apply(item);
            if (!k.startsWith(p)) {
                continue;
            }
            String group = null;
            if (delimiter != null && !delimiter.isEmpty()) {
                int at = k.indexOf(delimiter, p.length());
                if (at >= 0) {
                    group = k.substring(0, at + delimiter.length());
                }
            }
            if (group != null && (page.commonPrefixes.contains(group) || group.equals(marker))) {
                continue;
            }
            if (page.entries.size() + page.commonPrefixes.size() >= max) {
                page.truncated = true;
                break;
            }
            if (group != null) {
                page.commonPrefixes.add(group);
                page.lastKey = group;
            } else {
                page.entries.add(item);
                page.lastKey = k;
                page.lastEntry = item;
            }
        }
        return page;
    }

    static int limit(String value, int max, String name) {
        if (value == null) {
            return max;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw EmulatorError.invalidArgument(name + " must not be negative.");
            }
            return Math.min(n, max);
        } catch (NumberFormatException e) {
            throw EmulatorError.invalidArgument(name + " must be an integer.");
        }
    }

    /** Applies encoding-type=url to a value for the response, leaving '/' readable as COS does. */
    static String encode(String value, boolean url) {
        return value == null || !url ? value : UriCoding.encodeKeepSlash(value);
    }

    static boolean urlEncoding(String encodingType) {
        if (encodingType == null) {
            return false;
        }
        if (!encodingType.equals("url")) {
            throw EmulatorError.invalidArgument("encoding-type must be url.");
        }
        return true;
    }
}
