package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Buckets, objects and multipart uploads on disk. Object keys are hashed into file names, so no key can
 * name a path outside the data directory. Mutations of one bucket are serialised on its state object;
 * bytes are always staged to a temp file first, so slow uploads never hold a lock.
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

    public Store(Path root, Clock clock) throws IOException {
        this.root = root;
        this.clock = clock;
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        this.stager = new BodyStager(tmp);
        Files.createDirectories(root.resolve("buckets"));
        load();
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
        saveBucketProperties(b);
        buckets.put(name, b);
    }

    private static void saveBucketProperties(BucketState b) throws IOException {
        Properties p = new Properties();
        p.setProperty("created", Long.toString(b.created.toEpochMilli()));
        if (b.versioning != null) {
            p.setProperty("versioning", b.versioning);
        }
        if (b.acl != null) {
            p.setProperty("acl", b.acl);
        }
        PropertiesFiles.write(b.properties(), p);
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
            saveBucketProperties(b);
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
        deleteTree(b.dir);
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
    private ObjectRecord install(BucketState b, String key, Blob blob, long size, String etag, long crc64,
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
            record = new ObjectRecord(key, blob, size, etag, crc64, now(), attributes, null, null, newVersionId(b), false);
            PropertiesFiles.write(metaFile(b, key), record.toProperties());
            b.objects.put(key, record);
            replaced = supersede(b, key, previous, record);
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
            PropertiesFiles.write(metaFile(b, key), changed.toProperties());
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
                Files.deleteIfExists(metaFile(b, key));
            }
            if (b.versioning != null) {
                marker = ObjectRecord.deleteMarker(key, newVersionId(b), now());
            }
            replaced = supersede(b, key, removed, marker);
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
                Files.deleteIfExists(metaFile(b, key));
            } else {
                removed = older.stream().filter(v -> v.hasVersion(versionId)).findFirst().orElse(null);
                if (removed == null) {
                    return null;
                }
                older.remove(removed);
            }
            if (!b.objects.containsKey(key) && !older.isEmpty() && !older.get(0).deleteMarker()) {
                ObjectRecord promoted = older.remove(0);
                PropertiesFiles.write(metaFile(b, key), promoted.toProperties());
                b.objects.put(key, promoted);
            }
            saveHistory(b, key, older);
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

    /** Enabled: a fresh id; never configured or suspended: the null version. */
    private static String newVersionId(BucketState b) {
        return VERSIONING_ENABLED.equals(b.versioning) ? UUID.randomUUID().toString().replace("-", "") : null;
    }

    /**
     * Records that {@code latest} (an object or a delete marker) replaced {@code previous} as the key's latest
     * version, and returns the versions that are gone for good, whose blobs the caller deletes.
     */
    private List<ObjectRecord> supersede(BucketState b, String key, ObjectRecord previous, ObjectRecord latest)
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
        saveHistory(b, key, older);
        return gone;
    }

    private static void saveHistory(BucketState b, String key, List<ObjectRecord> older) throws IOException {
        Path file = b.history().resolve(hashName(key) + ".properties");
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

    private static List<ObjectRecord> loadHistory(Properties p) {
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

    private static void deleteBlobs(BucketState b, List<ObjectRecord> gone) throws IOException {
        for (ObjectRecord r : gone) {
            if (r != null && r.blob() != null) {
                b.blobs.delete(r.blob());
            }
        }
    }

    // ---- multipart uploads

    public UploadRecord initiate(String bucket, String key, ObjectAttributes attributes) throws IOException {
        BucketState b = bucket(bucket);
        String id = UUID.randomUUID().toString().replace("-", "");
        UploadRecord record = new UploadRecord(id, key, now(), attributes);
        Path dir = Files.createDirectories(b.uploads().resolve(id));
        PropertiesFiles.write(dir.resolve("upload.properties"), record.toProperties());
        b.uploads.put(id, new UploadState(record, dir));
        return record;
    }

    public UploadRecord upload(String bucket, String uploadId, String key) {
        return uploadState(bucket, uploadId, key).record;
    }

    /** Unfinished uploads ordered by key, then by initiation time, as COS lists them. */
    public List<UploadRecord> uploads(String bucket) {
        return bucket(bucket).uploads.values().stream().map(u -> u.record)
                .sorted(Comparator.comparing(UploadRecord::key, KeyOrder.UTF8)
                        .thenComparing(UploadRecord::initiated).thenComparing(UploadRecord::uploadId))
                .toList();
    }

    public List<PartRecord> parts(String bucket, String uploadId, String key) {
        return new ArrayList<>(uploadState(bucket, uploadId, key).parts.values());
    }

    public PartRecord putPart(String bucket, String uploadId, String key, int number, StagedBody body) throws IOException {
        UploadState u = uploadState(bucket, uploadId, key);
        PartRecord part = new PartRecord(number, body.size(), body.md5(), body.crc64(), now());
        synchronized (u) {
            if (u.finished) {
                discard(body);
                throw new Refusal(Refusal.Reason.NO_SUCH_UPLOAD, uploadId);
            }
            Files.move(body.file(), u.partData(number), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PropertiesFiles.write(u.partMeta(number), part.toProperties());
            u.parts.put(number, part);
        }
        return part;
    }

    /**
     * Makes the chosen parts the final object, in O(parts): their files become the object's (linked, not copied)
     * and its CRC64 is combined from theirs. The caller has validated the part list against {@link #parts}; it is
     * checked again here under the upload's lock.
     */
    public ObjectRecord complete(String bucket, String uploadId, String key, List<PartRecord> chosen, String etag)
            throws IOException {
        UploadState u = uploadState(bucket, uploadId, key);
        BucketState b = bucket(bucket);
        ObjectRecord record;
        synchronized (u) {
            if (u.finished) {
                throw new Refusal(Refusal.Reason.NO_SUCH_UPLOAD, uploadId);
            }
            for (PartRecord p : chosen) {
                if (!p.equals(u.parts.get(p.number()))) {
                    throw new Refusal(Refusal.Reason.PART_CHANGED, Integer.toString(p.number()));
                }
            }
            List<Long> sizes = chosen.stream().map(PartRecord::size).toList();
            Blob blob = b.blobs.link(chosen.stream().map(p -> u.partData(p.number())).toList(), sizes);
            long crc64 = chosen.get(0).crc64();
            for (PartRecord p : chosen.subList(1, chosen.size())) {
                crc64 = EmulatorCrc64.combine(crc64, p.crc64(), p.size());
            }
            long size = sizes.stream().mapToLong(Long::longValue).sum();
            record = install(b, key, blob, size, etag, crc64, u.record.attributes(), false);
            u.finished = true;
            b.uploads.remove(uploadId);
        }
        deleteTree(u.dir);
        return record;
    }

    public void abort(String bucket, String uploadId, String key) throws IOException {
        UploadState u = uploadState(bucket, uploadId, key);
        synchronized (u) {
            u.finished = true;
            bucket(bucket).uploads.remove(uploadId);
        }
        deleteTree(u.dir);
    }

    private UploadState uploadState(String bucket, String uploadId, String key) {
        UploadState u = bucket(bucket).uploads.get(uploadId);
        if (u == null || (key != null && !u.record.key().equals(key))) {
            throw new Refusal(Refusal.Reason.NO_SUCH_UPLOAD, uploadId);
        }
        return u;
    }

    // ---- internals

    private BucketState bucket(String name) {
        BucketState b = buckets.get(name);
        if (b == null) {
            throw new Refusal(Refusal.Reason.NO_SUCH_BUCKET, name);
        }
        return b;
    }

    private static Refusal noSuchObject(String key) {
        return new Refusal(Refusal.Reason.NO_SUCH_OBJECT, key);
    }

    private Instant now() {
        return Instant.ofEpochSecond(clock.instant().getEpochSecond());
    }

    private static Path metaFile(BucketState b, String key) {
        return b.objects().resolve(hashName(key) + ".properties");
    }

    private static String hashName(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load() throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("buckets"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Properties p = PropertiesFiles.read(dir.resolve("bucket.properties"));
                BucketState b = new BucketState(dir.getFileName().toString(),
                        Instant.ofEpochMilli(Long.parseLong(p.getProperty("created"))), dir);
                b.versioning = p.getProperty("versioning");
                b.acl = p.getProperty("acl");
                if (Files.isDirectory(b.history())) {
                    for (Path file : propertiesIn(b.history())) {
                        List<ObjectRecord> older = loadHistory(PropertiesFiles.read(file));
                        b.history.put(older.get(0).key(), List.copyOf(older));
                    }
                }
                for (String name : CONFIGURATIONS) {
                    if (Files.exists(b.configuration(name))) {
                        b.configurations.put(name, Files.readString(b.configuration(name)));
                    }
                }
                for (Path meta : propertiesIn(b.objects())) {
                    ObjectRecord r = ObjectRecord.fromProperties(PropertiesFiles.read(meta));
                    b.objects.put(r.key(), r);
                }
                try (Stream<Path> uploads = Files.list(b.uploads())) {
                    for (Path udir : uploads.toList()) {
                        loadUpload(b, udir);
                    }
                }
                Set<String> kept = new HashSet<>();
                Stream.concat(b.objects.values().stream(), b.history.values().stream().flatMap(List::stream))
                        .filter(r -> r.blob() != null).forEach(r -> kept.add(r.blob().name()));
                b.blobs.removeAllBut(kept);
                buckets.put(b.name, b);
            }
        }
    }

    private static void loadUpload(BucketState b, Path dir) throws IOException {
        Path meta = dir.resolve("upload.properties");
        if (!Files.exists(meta)) {
            return;
        }
        UploadState u = new UploadState(UploadRecord.fromProperties(PropertiesFiles.read(meta)), dir);
        for (Path partMeta : propertiesIn(dir)) {
            if (partMeta.getFileName().toString().startsWith("part-")) {
                PartRecord part = PartRecord.fromProperties(PropertiesFiles.read(partMeta));
                u.parts.put(part.number(), part);
            }
        }
        b.uploads.put(u.record.uploadId(), u);
    }

    private static List<Path> propertiesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList();
        }
    }

    /** Removes a directory tree; used for the temp data dir on close and for deleted buckets/uploads. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public record BucketInfo(String name, Instant created) {
    }

}
