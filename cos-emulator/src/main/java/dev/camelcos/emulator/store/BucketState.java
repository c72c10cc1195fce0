package dev.camelcos.emulator.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A bucket's in-memory index; the files under {@code dir} are the source of truth across restarts. */
final class BucketState {
    final String name;
    final Instant created;
    final Path dir;
    final ConcurrentSkipListMap<String, ObjectRecord> objects = new ConcurrentSkipListMap<>(KeyOrder.UTF8);
    final ConcurrentHashMap<String, UploadState> uploads = new ConcurrentHashMap<>();
    /** Bucket sub-resource configurations (cors, lifecycle) by name, as the XML documents stored. */
    final ConcurrentHashMap<String, String> configurations = new ConcurrentHashMap<>();
    volatile boolean deleted;

    BucketState(String name, Instant created, Path dir) {
        this.name = name;
        this.created = created;
        this.dir = dir;
    }

    Path objects() {
        return dir.resolve("objects");
    }

    Path blobs() {
        return dir.resolve("blobs");
    }

    Path uploads() {
        return dir.resolve("uploads");
    }

    Path configuration(String name) {
        return dir.resolve(name + ".xml");
    }
}
