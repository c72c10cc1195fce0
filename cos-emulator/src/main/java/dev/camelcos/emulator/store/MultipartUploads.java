package dev.camelcos.emulator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A bucket's unfinished multipart uploads and their parts, each part's bytes in a file of its own until Complete
 * makes them the object's. Parts of one upload are replaced and completed under the upload's lock.
 */
public final class MultipartUploads {
    private final Store store;

    MultipartUploads(Store store) {
        this.store = store;
    }

    public UploadRecord initiate(String bucket, String key, ObjectAttributes attributes) throws IOException {
        BucketState b = store.bucket(bucket);
        String id = UUID.randomUUID().toString().replace("-", "");
        UploadRecord record = new UploadRecord(id, key, store.now(), attributes);
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
        return store.bucket(bucket).uploads.values().stream().map(u -> u.record)
                .sorted(Comparator.comparing(UploadRecord::key, KeyOrder.UTF8)
                        .thenComparing(UploadRecord::initiated).thenComparing(UploadRecord::uploadId))
                .toList();
    }

    public List<PartRecord> parts(String bucket, String uploadId, String key) {
        return new ArrayList<>(uploadState(bucket, uploadId, key).parts.values());
    }

    public PartRecord putPart(String bucket, String uploadId, String key, int number, StagedBody body) throws IOException {
        UploadState u = uploadState(bucket, uploadId, key);
        PartRecord part = new PartRecord(number, body.size(), body.md5(), body.crc64(), store.now());
        synchronized (u) {
            if (u.finished) {
                store.discard(body);
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
        BucketState b = store.bucket(bucket);
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
            record = store.install(b, key, blob, size, etag, crc64, u.record.attributes(), false);
            u.finished = true;
            b.uploads.remove(uploadId);
        }
        DataDirectory.deleteTree(u.dir);
        return record;
    }

    public void abort(String bucket, String uploadId, String key) throws IOException {
        UploadState u = uploadState(bucket, uploadId, key);
        synchronized (u) {
            u.finished = true;
            store.bucket(bucket).uploads.remove(uploadId);
        }
        DataDirectory.deleteTree(u.dir);
    }

    private UploadState uploadState(String bucket, String uploadId, String key) {
        UploadState u = store.bucket(bucket).uploads.get(uploadId);
        if (u == null || (key != null && !u.record.key().equals(key))) {
            throw new Refusal(Refusal.Reason.NO_SUCH_UPLOAD, uploadId);
        }
        return u;
    }
}
