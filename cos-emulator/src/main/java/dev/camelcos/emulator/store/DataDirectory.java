package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the store keeps what it knows, and how a start reads it back. Per bucket: bucket.properties, one properties
 * file per object and per key's older versions named by a SHA-256 of the key (so no key can name a path outside the
 * data directory), configuration documents, upload directories with their parts, and the blobs.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    static Path metaFile(BucketState b, String key) {
        return b.objects().resolve(hashName(key) + ".properties");
    }

    static Path historyFile(BucketState b, String key) {
        return b.history().resolve(hashName(key) + ".properties");
    }

    private static String hashName(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeBucket(BucketState b) throws IOException {
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

    /** Reads every bucket under {@code bucketsDir}, and removes blobs no record names any more. */
    static List<BucketState> load(Path bucketsDir, List<String> configurations) throws IOException {
        List<BucketState> loaded = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bucketsDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Properties p = PropertiesFiles.read(dir.resolve("bucket.properties"));
                BucketState b = new BucketState(dir.getFileName().toString(),
                        Instant.ofEpochMilli(Long.parseLong(p.getProperty("created"))), dir);
                b.versioning = p.getProperty("versioning");
                b.acl = p.getProperty("acl");
                if (Files.isDirectory(b.history())) {
                    for (Path file : propertiesIn(b.history())) {
                        List<ObjectRecord> older = VersionHistory.load(PropertiesFiles.read(file));
                        b.history.put(older.get(0).key(), List.copyOf(older));
                    }
                }
                for (String name : configurations) {
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
                loaded.add(b);
            }
        }
        return loaded;
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

    /** Removes a directory tree; used for the temp data dir on close and for deleted buckets, uploads and blobs. */
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
}
