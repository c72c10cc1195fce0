package dev.camelcos.emulator.store;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * An object's metadata. Immutable: every change writes a new record, so readers never see a half-updated one.
 *
 * @param blob           where the bytes are kept; null for a delete marker
 * @param etag           without quotes
 * @param restoreReadyAt when a requested restore of an archived object completes; null if never requested
 * @param restoreExpiry  when the restored copy stops being readable
 * @param versionId      null for the "null" version (every object of a bucket that never had versioning)
 * @param deleteMarker   a versioned bucket's record that a key was deleted: no blob, no bytes, not an object
 */
public record ObjectRecord(String key, Blob blob, long size, String etag, long crc64, Instant lastModified,
                           ObjectAttributes attributes, Instant restoreReadyAt, Instant restoreExpiry,
                           String versionId, boolean deleteMarker) {
    /** How COS names the version of an object written while versioning was off or suspended. */
    public static final String NULL_VERSION = "null";

    static ObjectRecord deleteMarker(String key, String versionId, Instant at) {
        return new ObjectRecord(key, null, 0, "", 0, at, ObjectAttributes.of(Map.of(), "STANDARD",
                Map.of()), null, null, versionId, true);
    }

    /** The version id as COS shows it: {@value #NULL_VERSION} for the null version. */
    public String shownVersionId() {
        return versionId == null ? NULL_VERSION : versionId;
    }

    /** Whether a versionId parameter names this record. */
    public boolean hasVersion(String requested) {
        return shownVersionId().equals(requested);
    }

    public boolean archived() {
        String c = attributes.storageClass();
        return c.equals("ARCHIVE") || c.equals("DEEP_ARCHIVE");
    }

    public boolean restoring(Instant now) {
        return restoreReadyAt != null && now.isBefore(restoreReadyAt);
    }

    public boolean readable(Instant now) {
        return !archived() || (restoreReadyAt != null && !now.isBefore(restoreReadyAt) && now.isBefore(restoreExpiry));
    }

    public ObjectRecord withRestore(Instant readyAt, Instant expiry) {
        return new ObjectRecord(key, blob, size, etag, crc64, lastModified, attributes, readyAt, expiry, versionId,
                deleteMarker);
    }

    public ObjectRecord withAttributes(ObjectAttributes changed) {
        return new ObjectRecord(key, blob, size, etag, crc64, lastModified, changed, restoreReadyAt, restoreExpiry,
                versionId, deleteMarker);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("key", key);
        if (blob != null) {
            blob.store(p);
        }
        if (versionId != null) {
            p.setProperty("versionId", versionId);
        }
        if (deleteMarker) {
            p.setProperty("deleteMarker", "true");
        }
        p.setProperty("size", Long.toString(size));
        p.setProperty("etag", etag);
        p.setProperty("crc64", Long.toUnsignedString(crc64));
        p.setProperty("lastModified", Long.toString(lastModified.toEpochMilli()));
        if (restoreReadyAt != null) {
            p.setProperty("restoreReadyAt", Long.toString(restoreReadyAt.toEpochMilli()));
            p.setProperty("restoreExpiry", Long.toString(restoreExpiry.toEpochMilli()));
        }
        attributes.store(p);
        return p;
    }

    static ObjectRecord fromProperties(Properties p) {
        return new ObjectRecord(p.getProperty("key"), Blob.load(p), Long.parseLong(p.getProperty("size")),
                p.getProperty("etag"), Long.parseUnsignedLong(p.getProperty("crc64")),
                Instant.ofEpochMilli(Long.parseLong(p.getProperty("lastModified"))), ObjectAttributes.load(p),
                instant(p, "restoreReadyAt"), instant(p, "restoreExpiry"), p.getProperty("versionId"),
                Boolean.parseBoolean(p.getProperty("deleteMarker")));
    }

    static Instant instant(Properties p, String name) {
        String v = p.getProperty(name);
        return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
    }
}
