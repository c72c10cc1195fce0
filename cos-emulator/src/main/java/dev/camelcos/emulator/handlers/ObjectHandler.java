package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.CosError;
import dev.camelcos.emulator.http.CosRequest;
import dev.camelcos.emulator.http.CosResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.Crc64;
import dev.camelcos.emulator.store.ObjectAttributes;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.OpenObject;
import dev.camelcos.emulator.store.StagedBody;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** Single-object operations: PUT, GET/HEAD, copy, DELETE and restore. */
public final class ObjectHandler {
    private static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-language", "Content-Language",
            "response-expires", "Expires",
            "response-cache-control", "Cache-Control",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding");

    private final HandlerContext ctx;
    private final Store store;

    public ObjectHandler(HandlerContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    public void put(CosRequest request, CosResponse response) throws IOException {
        requireBucket(request);
        ObjectAttributes attributes = ObjectHeaders.fromRequest(request);
        ObjectHeaders.checkTrafficLimit(request);
        StagedBody body = Uploads.receive(store, request);
        ObjectRecord stored = store.put(request.bucket(), request.key(), body, HexFormat.of().formatHex(body.md5()),
                attributes, "true".equalsIgnoreCase(request.header("x-cos-forbid-overwrite")));
        response.header("ETag", ObjectHeaders.quoted(stored.etag()));
        response.header("x-cos-hash-crc64ecma", Crc64.format(stored.crc64()));
        echoEncryption(response, stored);
        versionHeader(request, response, stored);
        response.empty(200);
    }

    public void read(CosRequest request, CosResponse response) throws IOException {
        ObjectHeaders.checkTrafficLimit(request);
        boolean head = request.method().equals("HEAD");
        String versionId = request.query("versionId");
        ObjectRecord version = versionId == null ? null : version(request.bucket(), request.key(), versionId, response);
        if (version != null && version.deleteMarker()) {
            throw new CosError(405, "MethodNotAllowed", "The specified version is a delete marker, not an object.");
        }
        if (version == null) {
            markLatestDeleteMarker(request.bucket(), request.key(), response);
        }
        try (OpenObject opened = head ? null : version != null ? store.openVersion(request.bucket(), version)
                : store.openLatest(request.bucket(), request.key())) {
            ObjectRecord object = opened != null ? opened.record()
                    : version != null ? version : existing(request.bucket(), request.key());
            versionHeader(request, response, object);
            ObjectHeaders.checkCustomerKey(request, object);
            Instant now = ctx.now();
            if (!head && !object.readable(now)) {
                throw new CosError(403, "InvalidObjectState",
                        "The operation is not valid for the object's storage class; restore it first.");
            }
            if (Preconditions.evaluate(request, "", object) == Preconditions.Outcome.NOT_MODIFIED) {
                response.header("ETag", ObjectHeaders.quoted(object.etag()));
                response.header("Last-Modified", HttpDates.rfc1123(object.lastModified()));
                response.empty(304);
                return;
            }
            ObjectHeaders.write(response, object, now);
            RESPONSE_OVERRIDES.forEach((param, header) -> response.header(header, request.query(param)));
            if (head) {
                response.stream(200, InputStream.nullInputStream(), object.size());
                return;
            }
            ByteRange range = rangeOf(request, object, response);
            if (range == null) {
                response.stream(200, opened.in(), object.size());
                return;
            }
            response.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + object.size());
            opened.in().skipNBytes(range.first());
            response.stream(206, opened.in(), range.length());
        }
    }

    private static ByteRange rangeOf(CosRequest request, ObjectRecord object, CosResponse response) {
        try {
            return ByteRange.parse(request.header("range"), object.size());
        } catch (CosError e) {
            response.header("Content-Range", "bytes */" + object.size());
            throw e;
        }
    }

    public void copy(CosRequest request, CosResponse response) throws IOException {
        requireBucket(request);
        CopySource source = CopySource.parse(request.header("x-cos-copy-source"));
        ObjectRecord original = copySource(request, source, response);
        String directive = request.header("x-cos-metadata-directive");
        ObjectAttributes attributes;
        if (directive == null || directive.equalsIgnoreCase("Copy")) {
            if (source.bucket().equals(request.bucket()) && source.key().equals(request.key())
                    && source.versionId() == null) {
                throw new CosError(400, "InvalidRequest", "This copy request is illegal because it is trying to copy an "
                        + "object to itself without x-cos-metadata-directive: Replaced.");
            }
            attributes = ObjectHeaders.copiedFrom(original.attributes(), request);
        } else if (directive.equalsIgnoreCase("Replaced") || directive.equalsIgnoreCase("Replace")) {
            // COS documents "Replaced"; the official Java SDK sends "REPLACE"
            attributes = ObjectHeaders.fromRequest(request);
        } else {
            throw CosError.invalidArgument("x-cos-metadata-directive must be Copy or Replaced, not " + directive + ".");
        }
        StagedBody body;
        try (InputStream in = store.open(source.bucket(), original)) {
            body = store.stage(in);
        }
        ObjectRecord copied = store.put(request.bucket(), request.key(), body, HexFormat.of().formatHex(body.md5()),
                attributes, "true".equalsIgnoreCase(request.header("x-cos-forbid-overwrite")));
        response.header("x-cos-hash-crc64ecma", Crc64.format(copied.crc64()));
        echoEncryption(response, copied);
        versionHeader(request, response, copied);
        XmlWriter xml = new XmlWriter("CopyObjectResult")
                .element("ETag", ObjectHeaders.quoted(copied.etag()))
                .element("LastModified", HttpDates.iso(copied.lastModified()))
                .element("VersionId", store.versioning(request.bucket()) == null ? null : copied.shownVersionId())
                .element("CRC64", Crc64.format(copied.crc64()));
        response.xml(200, xml.finish());
    }

    /** Resolves and checks a copy source (its latest version unless it names one); also used by Upload Part - Copy. */
    ObjectRecord copySource(CosRequest request, CopySource source, CosResponse response) {
        if (!store.bucketExists(source.bucket())) {
            throw CosError.noSuchKey();
        }
        ObjectRecord original = source.versionId() == null ? existing(source.bucket(), source.key())
                : version(source.bucket(), source.key(), source.versionId(), null);
        if (original.deleteMarker()) {
            throw CosError.invalidArgument("The copy source version is a delete marker.");
        }
        if (source.versionId() != null) {
            response.header("x-cos-copy-source-version-id", original.shownVersionId());
        }
        if (!original.readable(ctx.now())) {
            throw new CosError(403, "InvalidObjectState", "The copy source is archived and not restored.");
        }
        if (Preconditions.evaluate(request, "x-cos-copy-source-", original) == Preconditions.Outcome.NOT_MODIFIED) {
            throw CosError.preconditionFailed();
        }
        return original;
    }

    /** Without versionId: in a versioned bucket a delete marker is written. With it: that version is gone for good. */
    public void delete(CosRequest request, CosResponse response) throws IOException {
        String versionId = request.query("versionId");
        ObjectRecord affected = versionId == null ? store.delete(request.bucket(), request.key())
                : store.deleteVersion(request.bucket(), request.key(), versionId);
        if (affected != null) {
            response.header("x-cos-version-id", affected.shownVersionId());
            response.header("x-cos-delete-marker", affected.deleteMarker() ? "true" : null);
        }
        response.empty(204);
    }

    /** Writes x-cos-version-id once the bucket's versioning was configured, as COS does. */
    void versionHeader(CosRequest request, CosResponse response, ObjectRecord object) {
        if (store.versioning(request.bucket()) != null) {
            response.header("x-cos-version-id", object.shownVersionId());
        }
    }

    /** A named version; a delete marker is returned too, after saying so in the response (if there is one). */
    private ObjectRecord version(String bucket, String key, String versionId, CosResponse response) {
        ObjectRecord version = store.version(bucket, key, versionId);
        if (version == null) {
            throw new CosError(404, "NoSuchVersion", "The specified version " + versionId + " does not exist.");
        }
        if (version.deleteMarker() && response != null) {
            response.header("x-cos-delete-marker", "true");
            response.header("x-cos-version-id", version.shownVersionId());
        }
        return version;
    }

    /** When a delete marker is the key's latest version, the 404 that follows says so. */
    private void markLatestDeleteMarker(String bucket, String key, CosResponse response) {
        ObjectRecord marker = store.latestDeleteMarker(bucket, key);
        if (marker != null) {
            response.header("x-cos-delete-marker", "true");
            response.header("x-cos-version-id", marker.shownVersionId());
        }
    }

    public void restore(CosRequest request, CosResponse response) throws IOException {
        XmlElement xml = XmlElement.parse(request.xmlBody(), "RestoreRequest");
        int days;
        try {
            days = Integer.parseInt(xml.childText("Days"));
        } catch (RuntimeException e) {
            throw CosError.malformedXml("RestoreRequest needs a positive Days value.");
        }
        if (days <= 0) {
            throw CosError.malformedXml("RestoreRequest needs a positive Days value.");
        }
        XmlElement job = xml.child("CASJobParameters");
        String tier = job == null ? null : job.childText("Tier");
        if (tier != null && !tier.matches("Expedited|Standard|Bulk")) {
            throw CosError.malformedXml("Tier must be Expedited, Standard or Bulk.");
        }
        ObjectRecord object = existing(request.bucket(), request.key());
        if (!object.archived()) {
            throw new CosError(400, "InvalidObjectState", "Only ARCHIVE and DEEP_ARCHIVE objects can be restored.");
        }
        Instant now = ctx.now();
        if (object.restoring(now)) {
            throw new CosError(409, "RestoreAlreadyInProgress", "Object restore is already in progress.");
        }
        if (object.readable(now)) {
            store.update(request.bucket(), object.withRestore(object.restoreReadyAt(), now.plus(Duration.ofDays(days))));
            response.empty(200);
            return;
        }
        Instant ready = now.plus(ctx.restoreDelay());
        store.update(request.bucket(), object.withRestore(ready, ready.plus(Duration.ofDays(days))));
        response.empty(202);
    }

    private static void echoEncryption(CosResponse response, ObjectRecord object) {
        Map<String, String> h = object.attributes().headers();
        response.header("x-cos-server-side-encryption", h.get("x-cos-server-side-encryption"));
        response.header("x-cos-server-side-encryption-customer-algorithm",
                h.get("x-cos-server-side-encryption-customer-algorithm"));
        response.header("x-cos-server-side-encryption-customer-key-MD5", h.get(ObjectHeaders.SSE_C_MD5));
    }

    private ObjectRecord existing(String bucket, String key) {
        ObjectRecord object = store.object(bucket, key);
        if (object == null) {
            throw CosError.noSuchKey();
        }
        return object;
    }

    private void requireBucket(CosRequest request) {
        if (!store.bucketExists(request.bucket())) {
            throw CosError.noSuchBucket();
        }
    }
}
