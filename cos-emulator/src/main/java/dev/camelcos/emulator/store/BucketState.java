package dev.camelcos.emulator.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A bucket's in-memory index; the files under {@code dir} are the source of truth across restarts. */
final class BucketState {
    final String name;
    final Instant created;
    final Path dir;
    final ConcurrentSkipListMap<String, ObjectRecord> objects = new ConcurrentSkipListMap<>(KeyOrder.UTF8);
    final ConcurrentHashMap<String, UploadState> uploads = new ConcurrentHashMap<>();
    /** Each key's older versions and delete markers, newest first; the current object, if any, is in objects. */
    final ConcurrentSkipListMap<String, List<ObjectRecord>> history = new ConcurrentSkipListMap<>(KeyOrder.UTF8);
    /** Null while versioning was never configured, else Enabled or Suspended. */
    volatile String versioning;
    /** The bucket's canned ACL (x-cos-acl), null for the default, private. */
    volatile String acl;
    /** Bucket sub-resource configurations (cors, lifecycle) by name, as the XML documents stored. */
    final ConcurrentHashMap<String, String> configurations = new ConcurrentHashMap<>();
    volatile boolean deleted;
    final BlobFiles blobs;

    BucketState(String name, Instant created, Path dir) {
        this.name = name;
        this.created = created;
        this.dir = dir;
        this.blobs = new BlobFiles(dir.resolve("blobs"));
    }

    Path objects() {
        return dir.resolve("objects");
    }

    Path uploads() {
        return dir.resolve("uploads");
    }

    Path history() {
        return dir.resolve("versions");
    }

    Path properties() {
        return dir.resolve("bucket.properties");
    }

    Path configuration(String name) {
        return dir.resolve(name + ".xml");
    }
}
