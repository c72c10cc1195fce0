package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Buckets, their objects and the objects' versions, kept in a {@link DataDirectory}; unfinished multipart uploads
 * are in {@link MultipartUploads}. Mutations of one bucket are serialised on its state object; bytes are always staged to a temp
 * file first, so slow uploads never hold a lock.
 */
public final class Store {
    public static final String VERSIONING_ENABLED = "Enabled";
    /** The bucket sub-resource configurations kept, as {@link #configuration} names them. */
    public static final String CORS = "cors";
    public static final String LIFECYCLE = "lifecycle";
    private static final List<String> CONFIGURATIONS = List.of(CORS, LIFECYCLE);

    private final Path root;
    private final Clock clock;
    private final BodyStager stager;
    private final ConcurrentSkipListMap<String, BucketState> buckets = new ConcurrentSkipListMap<>();
    private final MultipartUploads uploads = new MultipartUploads(this);

    public Store(Path root, Clock clock) throws IOException {
        this.root = root;
        this.clock = clock;
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        this.stager = new BodyStager(tmp);
        for (BucketState b : DataDirectory.load(Files.createDirectories(root.resolve("buckets")), CONFIGURATIONS)) {
            buckets.put(b.name, b);
        }
    }

    public MultipartUploads uploads() {
        return uploads;
    }

    public StagedBody stage(InputStream in) throws IOException {
        return stager.stage(in);
    }

    public void discard(StagedBody body) throws IOException {
        Files.deleteIfExists(body.file());
    }

    // ---- buckets

    public List<BucketInfo> buckets() {
        return buckets.values().stream().map(b -> new BucketInfo(b.name, b.created)).toList();
    }

    public boolean bucketExists(String name) {
        return buckets.containsKey(name);
    }

    public synchronized void createBucket(String name) throws IOException {
        if (buckets.containsKey(name)) {
            throw new Refusal(Refusal.Reason.BUCKET_EXISTS, name);
        }
        Path dir = root.resolve("buckets").resolve(name);
        Instant now = clock.instant();
        Files.createDirectories(dir.resolve("objects"));
        Files.createDirectories(dir.resolve("blobs"));
        Files.createDirectories(dir.resolve("uploads"));
        BucketState b = new BucketState(name, now, dir);
        DataDirectory.writeBucket(b);
        buckets.put(name, b);
    }

    public String bucketAcl(String bucket) {
        return bucket(bucket).acl;
    }

    public void setBucketAcl(String bucket, String acl) throws IOException {
        changeBucket(bucket, b -> b.acl = acl);
    }

    /** Applies a change to a bucket's settings and saves them, under the bucket's lock. */
    private void changeBucket(String bucket, Consumer<BucketState> change) throws IOException {
        BucketState b = bucket(bucket);
        synchronized (b) {
            change.accept(b);
            DataDirectory.writeBucket(b);
        }
    }

    /** Null while versioning was never configured, else {@value #VERSIONING_ENABLED} or Suspended. */
    public String versioning(String bucket) {
        return bucket(bucket).versioning;
    }

    public void setVersioning(String bucket, String status) throws IOException {
        changeBucket(bucket, b -> b.versioning = status);
    }

    public synchronized void deleteBucket(String name) throws IOException {
        BucketState b = bucket(name);
        synchronized (b) {
            if (!b.objects.isEmpty() || !b.uploads.isEmpty() || !b.history.isEmpty()) {
                throw new Refusal(Refusal.Reason.BUCKET_NOT_EMPTY, name);
            }
            b.deleted = true;
            buckets.remove(name);
        }
        DataDirectory.deleteTree(b.dir);
    }

    /** A bucket sub-resource configuration (e.g. cors, lifecycle) as stored, or null when none is set. */
    public String configuration(String bucket, String name) {
        return bucket(bucket).configurations.get(name);
    }

    /** Stores (or, with null, removes) a bucket sub-resource configuration, atomically on disk. */
    public void setConfiguration(String bucket, String name, String xml) throws IOException {
        BucketState b = bucket(bucket);
        synchronized (b) {
            if (xml == null) {
                Files.deleteIfExists(b.configuration(name));
                b.configurations.remove(name);
            } else {
                Path tmp = b.configuration(name).resolveSibling(name + ".xml.tmp");
                Files.writeString(tmp, xml);
                Files.move(tmp, b.configuration(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                b.configurations.put(name, xml);
            }
        }
    }

    // ---- objects

    public ObjectRecord object(String bucket, String key) {
        return bucket(bucket).objects.get(key);
    }

    /** The bucket's objects in UTF-8 key order; a live view, safe to iterate while others write. */
    public NavigableMap<String, ObjectRecord> objects(String bucket) {
        return Collections.unmodifiableNavigableMap(bucket(bucket).objects);
    }

    public InputStream open(String bucket, ObjectRecord object) throws IOException {
        try {
            return bucket(bucket).blobs.open(object);
        } catch (NoSuchFileException e) {
            throw noSuchObject(object.key());
        }
    }

    /**
     * Opens the current version of an object together with the record describing it. A concurrent overwrite
     * may delete the blob between looking up the record and opening it; then the newer record is used.
     */
    public OpenObject openLatest(String bucket, String key) throws IOException {
        BucketState b = bucket(bucket);
        while (true) {
            ObjectRecord record = b.objects.get(key);
            if (record == null) {
                throw noSuchObject(key);
            }
            try {
                return new OpenObject(record, b.blobs.open(record));
            } catch (NoSuchFileException e) {
                if (b.objects.get(key) == record) {
                    throw noSuchObject(key);
                }
            }
        }
    }

    /** Opens the bytes of one version, found by {@link #version}. */
    public OpenObject openVersion(String bucket, ObjectRecord version) throws IOException {
        return new OpenObject(version, open(bucket, version));
    }

    /**
     * Makes a staged body the object's new content; the staged file is consumed. In a versioned bucket the
     * previous content stays as an older version (with versioning suspended, only a null version is replaced).
     */
    public ObjectRecord put(String bucket, String key, StagedBody body, String etag, ObjectAttributes attributes,
                            boolean forbidOverwrite) throws IOException {
        BucketState b = bucket(bucket);
        return install(b, key, b.blobs.adopt(body), body.size(), etag, body.crc64(), attributes, forbidOverwrite);
    }

    /** Makes a blob already in the bucket the key's latest version; on refusal the blob is deleted. */
    ObjectRecord install(BucketState b, String key, Blob blob, long size, String etag, long crc64,
                                 ObjectAttributes attributes, boolean forbidOverwrite) throws IOException {
        List<ObjectRecord> replaced;
        ObjectRecord record;
        synchronized (b) {
            if (b.deleted) {
                b.blobs.delete(blob);
                throw new Refusal(Refusal.Reason.NO_SUCH_BUCKET, b.name);
            }
            ObjectRecord previous = b.objects.get(key);
            if (forbidOverwrite && previous != null) {
                b.blobs.delete(blob);
                throw new Refusal(Refusal.Reason.OBJECT_EXISTS, key);
            }
            record = new ObjectRecord(key, blob, size, etag, crc64, now(), attributes, null, null, VersionHistory.newVersionId(b), false);
            PropertiesFiles.write(DataDirectory.metaFile(b, key), record.toProperties());
            b.objects.put(key, record);
            replaced = VersionHistory.supersede(b, key, previous, record);
        }
        deleteBlobs(b, replaced);
        return record;
    }

    public ObjectRecord update(String bucket, ObjectRecord changed) throws IOException {
        return update(bucket, changed.key(), current -> changed);
    }

    /** Replaces an object's tags on the version current when the bucket's lock is taken. */
    public ObjectRecord setTags(String bucket, String key, Map<String, String> tags) throws IOException {
        return update(bucket, key, current -> current.withAttributes(current.attributes().withTags(tags)));
    }

    private ObjectRecord update(String bucket, String key, UnaryOperator<ObjectRecord> change) throws IOException {
        BucketState b = bucket(bucket);
        synchronized (b) {
            ObjectRecord current = b.objects.get(key);
            if (current == null) {
                throw noSuchObject(key);
            }
            ObjectRecord changed = change.apply(current);
            PropertiesFiles.write(DataDirectory.metaFile(b, key), changed.toProperties());
            b.objects.put(key, changed);
            return changed;
        }
    }

    /**
     * Deletes the key's current object. In a versioned bucket nothing is lost: a delete marker becomes the
     * latest version and is returned; otherwise the bytes are gone and null is returned.
     */
    public ObjectRecord delete(String bucket, String key) throws IOException {
        BucketState b = bucket(bucket);
        List<ObjectRecord> replaced;
        ObjectRecord marker = null;
        synchronized (b) {
            ObjectRecord removed = b.objects.remove(key);
            if (removed != null) {
                Files.deleteIfExists(DataDirectory.metaFile(b, key));
            }
            if (b.versioning != null) {
                marker = ObjectRecord.deleteMarker(key, VersionHistory.newVersionId(b), now());
            }
            replaced = VersionHistory.supersede(b, key, removed, marker);
        }
        deleteBlobs(b, replaced);
        return marker;
    }

    // ---- versions

    /** The version a versionId parameter names ("null" for the null version), delete markers included; or null. */
    public ObjectRecord version(String bucket, String key, String versionId) {
        BucketState b = bucket(bucket);
        ObjectRecord current = b.objects.get(key);
        if (current != null && current.hasVersion(versionId)) {
            return current;
        }
        return b.history.getOrDefault(key, List.of()).stream().filter(v -> v.hasVersion(versionId)).findFirst()
                .orElse(null);
    }

    /** The key's latest version if it is a delete marker, else null. */
    public ObjectRecord latestDeleteMarker(String bucket, String key) {
        BucketState b = bucket(bucket);
        List<ObjectRecord> older = b.history.get(key);
        return b.objects.containsKey(key) || older == null || !older.get(0).deleteMarker() ? null : older.get(0);
    }

    /**
     * Removes one version for good and returns it (null if there is none); when it was the latest, the newest
     * older version becomes the latest again.
     */
    public ObjectRecord deleteVersion(String bucket, String key, String versionId) throws IOException {
        BucketState b = bucket(bucket);
        ObjectRecord removed;
        synchronized (b) {
            List<ObjectRecord> older = new ArrayList<>(b.history.getOrDefault(key, List.of()));
            ObjectRecord current = b.objects.get(key);
            if (current != null && current.hasVersion(versionId)) {
                removed = current;
                b.objects.remove(key);
                Files.deleteIfExists(DataDirectory.metaFile(b, key));
            } else {
                removed = older.stream().filter(v -> v.hasVersion(versionId)).findFirst().orElse(null);
                if (removed == null) {
                    return null;
                }
                older.remove(removed);
            }
            if (!b.objects.containsKey(key) && !older.isEmpty() && !older.get(0).deleteMarker()) {
                ObjectRecord promoted = older.remove(0);
                PropertiesFiles.write(DataDirectory.metaFile(b, key), promoted.toProperties());
                b.objects.put(key, promoted);
            }
            VersionHistory.save(b, key, older);
        }
        deleteBlobs(b, List.of(removed));
        return removed;
    }

    /** Every version of every key, by key in UTF-8 order and newest first within a key. */
    public List<Version> versions(String bucket) {
        BucketState b = bucket(bucket);
        synchronized (b) {
            NavigableMap<String, List<ObjectRecord>> all = new TreeMap<>(KeyOrder.UTF8);
            b.objects.forEach((key, current) -> all.computeIfAbsent(key, k -> new ArrayList<>()).add(current));
            b.history.forEach((key, older) -> all.computeIfAbsent(key, k -> new ArrayList<>()).addAll(older));
            List<Version> versions = new ArrayList<>();
            all.values().forEach(chain -> {
                for (int i = 0; i < chain.size(); i++) {
                    versions.add(new Version(chain.get(i), i == 0));
                }
            });
            return versions;
        }
    }

    /** One entry of a version listing. */
    public record Version(ObjectRecord record, boolean latest) {
    }

    private static void deleteBlobs(BucketState b, List<ObjectRecord> gone) throws IOException {
        for (ObjectRecord r : gone) {
            if (r != null && r.blob() != null) {
                b.blobs.delete(r.blob());
            }
        }
    }

    // ---- internals

    BucketState bucket(String name) {
        BucketState b = buckets.get(name);
        if (b == null) {
            throw new Refusal(Refusal.Reason.NO_SUCH_BUCKET, name);
        }
        return b;
    }

    private static Refusal noSuchObject(String key) {
        return new Refusal(Refusal.Reason.NO_SUCH_OBJECT, key);
    }

    Instant now() {
        return Instant.ofEpochSecond(clock.instant().getEpochSecond());
    }

    public record BucketInfo(String name, Instant created) {
    }

}
