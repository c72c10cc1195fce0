package dev.camelcos.emulator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Each key's older versions and delete markers, newest first, kept in one properties file per key; the caller holds
 * the bucket's lock.
 */
final class VersionHistory {
    private VersionHistory() {
    }

    /** Enabled: a fresh id; never configured or suspended: the null version. */
    static String newVersionId(BucketState b) {
        return Store.VERSIONING_ENABLED.equals(b.versioning) ? UUID.randomUUID().toString().replace("-", "") : null;
    }

    /**
     * Records that {@code latest} (an object or a delete marker) replaced {@code previous} as the key's latest
     * version, and returns the versions that are gone for good, whose blobs the caller deletes.
     */
    static List<ObjectRecord> supersede(BucketState b, String key, ObjectRecord previous, ObjectRecord latest)
            throws IOException {
        List<ObjectRecord> gone = new ArrayList<>();
        if (b.versioning == null) {
            if (previous != null) {
                gone.add(previous);
            }
            return gone;
        }
        List<ObjectRecord> older = new ArrayList<>(b.history.getOrDefault(key, List.of()));
        if (previous != null) {
            older.add(0, previous);
        }
        if (latest.versionId() == null) {
            older.removeIf(v -> v.versionId() == null && gone.add(v));
        }
        if (latest.deleteMarker()) {
            older.add(0, latest);
        }
        save(b, key, older);
        return gone;
    }

    static void save(BucketState b, String key, List<ObjectRecord> older) throws IOException {
        Path file = DataDirectory.historyFile(b, key);
        if (older.isEmpty()) {
            Files.deleteIfExists(file);
            b.history.remove(key);
            return;
        }
        Properties p = new Properties();
        for (int i = 0; i < older.size(); i++) {
            String prefix = i + ".";
            older.get(i).toProperties().forEach((name, value) -> p.setProperty(prefix + name, (String) value));
        }
        Files.createDirectories(b.history());
        PropertiesFiles.write(file, p);
        b.history.put(key, List.copyOf(older));
    }

    static List<ObjectRecord> load(Properties p) {
        List<ObjectRecord> older = new ArrayList<>();
        for (int i = 0; p.getProperty(i + ".key") != null; i++) {
            String prefix = i + ".";
            Properties one = new Properties();
            p.stringPropertyNames().stream().filter(n -> n.startsWith(prefix))
                    .forEach(n -> one.setProperty(n.substring(prefix.length()), p.getProperty(n)));
            older.add(ObjectRecord.fromProperties(one));
        }
        return older;
    }
}
