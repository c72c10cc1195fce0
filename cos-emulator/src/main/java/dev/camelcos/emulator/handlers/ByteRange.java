package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One inclusive byte range, from "bytes=a-b", "bytes=a-" or "bytes=-n". */
record ByteRange(long first, long last) {
    private static final Pattern SPEC = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    long length() {
        return last - first + 1;
    }

    /** Returns null when there is no usable range (the whole object is sent, as HTTP allows). */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SPEC.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        ByteRange range;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                throw unsatisfiable();
            }
            range = new ByteRange(Math.max(0, size - suffix), size - 1);
        } else {
            long first = Long.parseLong(m.group(1));
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                return null;
            }
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            range = new ByteRange(first, last);
        }
        if (range.first >= size || range.last < range.first) {
            throw unsatisfiable();
        }
        return range;
    }

    static EmulatorError unsatisfiable() {
        return new EmulatorError(416, "InvalidRange", "The requested range is not satisfiable.");
    }
}
