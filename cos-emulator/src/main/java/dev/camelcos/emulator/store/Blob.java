package dev.camelcos.emulator.store;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Where an object's bytes are kept inside its bucket's blob directory, under a random name (never derived from the
 * key): one file, or for a completed multipart upload a directory holding its parts' files in order.
 *
 * @param partSizes the parts' sizes, in order; empty when the bytes are one file
 */
public record Blob(String name, List<Long> partSizes) {
    public Blob {
        partSizes = List.copyOf(partSizes);
    }

    boolean multipart() {
        return !partSizes.isEmpty();
    }

    void store(Properties p) {
        p.setProperty("blob", name);
        if (multipart()) {
            p.setProperty("parts", partSizes.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** The blob a record's properties name, or null for a delete marker, which has none. */
    static Blob load(Properties p) {
        String name = p.getProperty("blob");
        if (name == null) {
            return null;
        }
        String parts = p.getProperty("parts");
        return new Blob(name, parts == null ? List.of() : Arrays.stream(parts.split(",")).map(Long::valueOf).toList());
    }
}
