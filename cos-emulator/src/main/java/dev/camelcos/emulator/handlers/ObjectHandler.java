package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.EmulatorCrc64;
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

/** Single-object operations: PutObject, GetObject, HeadObject, CopyObject, DeleteObject, PostObjectRestore. */
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
    private final ObjectVersions versions;

    public ObjectHandler(HandlerContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
        this.versions = new ObjectVersions(ctx);
    }

    public void putObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        requireBucket(request);
        ObjectAttributes attributes = EmulatorObjectHeaders.fromRequest(request);
        EmulatorObjectHeaders.checkTrafficLimit(request);
        StagedBody body = Uploads.receive(store, request);
        ObjectRecord stored = store.put(request.bucket(), request.key(), body, HexFormat.of().formatHex(body.md5()),
                attributes, "true".equalsIgnoreCase(request.header("x-cos-forbid-overwrite")));
        response.header("ETag", EmulatorObjectHeaders.quoted(stored.etag()));
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(stored.crc64()));
        echoEncryption(response, stored);
        versions.versionHeader(request, response, stored);
        response.empty(200);
    }

    public void getObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        read(request, response, false);
    }

    public void headObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        read(request, response, true);
    }

    private void read(EmulatorRequest request, EmulatorResponse response, boolean head) throws IOException {
        EmulatorObjectHeaders.checkTrafficLimit(request);
        String versionId = request.query("versionId");
        ObjectRecord version = versionId == null ? null
                : versions.version(request.bucket(), request.key(), versionId, response);
        if (version != null && version.deleteMarker()) {
            throw new EmulatorError(405, "MethodNotAllowed", "The specified version is a delete marker, not an object.");
        }
        if (version == null) {
            markLatestDeleteMarker(request.bucket(), request.key(), response);
        }
        try (OpenObject opened = head ? null : version != null ? store.openVersion(request.bucket(), version)
                : store.openLatest(request.bucket(), request.key())) {
            ObjectRecord object = opened != null ? opened.record()
                    : version != null ? version : versions.existing(request.bucket(), request.key());
            versions.versionHeader(request, response, object);
            EmulatorObjectHeaders.checkCustomerKey(request, object);
            Instant now = ctx.now();
            if (!head && !object.readable(now)) {
                throw new EmulatorError(403, "InvalidObjectState",
                        "The operation is not valid for the object's storage class; restore it first.");
            }
            if (Preconditions.evaluate(request, "", object) == Preconditions.Outcome.NOT_MODIFIED) {
                response.header("ETag", EmulatorObjectHeaders.quoted(object.etag()));
                response.header("Last-Modified", HttpDates.rfc1123(object.lastModified()));
                response.empty(304);
                return;
            }
            EmulatorObjectHeaders.write(response, object, now);
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

    private static ByteRange rangeOf(EmulatorRequest request, ObjectRecord object, EmulatorResponse response) {
        try {
            return ByteRange.parse(request.header("range"), object.size());
        } catch (EmulatorError e) {
            response.header("Content-Range", "bytes */" + object.size());
            throw e;
        }
    }

    public void copyObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        requireBucket(request);
        EmulatorCopySource source = EmulatorCopySource.parse(request.header("x-cos-copy-source"));
        ObjectRecord original = versions.copySource(request, source, response);
        String directive = request.header("x-cos-metadata-directive");
        ObjectAttributes attributes;
        if (directive == null || directive.equalsIgnoreCase("Copy")) {
            if (source.bucket().equals(request.bucket()) && source.key().equals(request.key())
                    && source.versionId() == null) {
                throw new EmulatorError(400, "InvalidRequest", "This copy request is illegal because it is trying to copy an "
                        + "object to itself without x-cos-metadata-directive: Replaced.");
            }
            attributes = EmulatorObjectHeaders.copiedFrom(original.attributes(), request);
        } else if (directive.equalsIgnoreCase("Replaced") || directive.equalsIgnoreCase("Replace")) {
            // COS documents "Replaced"; the official Java SDK sends "REPLACE"
            attributes = EmulatorObjectHeaders.fromRequest(request);
        } else {
            throw EmulatorError.invalidArgument("x-cos-metadata-directive must be Copy or Replaced, not " + directive + ".");
        }
        StagedBody body;
        try (InputStream in = store.open(source.bucket(), original)) {
            body = store.stage(in);
        }
        ObjectRecord copied = store.put(request.bucket(), request.key(), body, HexFormat.of().formatHex(body.md5()),
                attributes, "true".equalsIgnoreCase(request.header("x-cos-forbid-overwrite")));
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(copied.crc64()));
        echoEncryption(response, copied);
        versions.versionHeader(request, response, copied);
        XmlWriter xml = new XmlWriter("CopyObjectResult")
                .element("ETag", EmulatorObjectHeaders.quoted(copied.etag()))
                .element("LastModified", HttpDates.iso(copied.lastModified()))
                .element("VersionId", store.versioning(request.bucket()) == null ? null : copied.shownVersionId())
                .element("CRC64", EmulatorCrc64.format(copied.crc64()));
        response.xml(200, xml.finish());
    }

    /** Without versionId: in a versioned bucket a delete marker is written. With it: that version is gone for good. */
    public void deleteObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String versionId = request.query("versionId");
        ObjectRecord affected = versionId == null ? store.delete(request.bucket(), request.key())
                : store.deleteVersion(request.bucket(), request.key(), versionId);
        if (affected != null) {
            response.header("x-cos-version-id", affected.shownVersionId());
            response.header("x-cos-delete-marker", affected.deleteMarker() ? "true" : null);
        }
        response.empty(204);
    }

    /** When a delete marker is the key's latest version, the 404 that follows says so. */
    private void markLatestDeleteMarker(String bucket, String key, EmulatorResponse response) {
        ObjectRecord marker = store.latestDeleteMarker(bucket, key);
        if (marker != null) {
            response.header("x-cos-delete-marker", "true");
            response.header("x-cos-version-id", marker.shownVersionId());
        }
    }

    /** POST Object restore (the client's restoreObject). */
    public void postObjectRestore(EmulatorRequest request, EmulatorResponse response) throws IOException {
        XmlElement xml = XmlElement.parse(request.xmlBody(), "RestoreRequest");
        int days;
        try {
            days = Integer.parseInt(xml.childText("Days"));
        } catch (RuntimeException e) {
            throw EmulatorError.malformedXml("RestoreRequest needs a positive Days value.");
        }
        if (days <= 0) {
            throw EmulatorError.malformedXml("RestoreRequest needs a positive Days value.");
        }
        XmlElement job = xml.child("CASJobParameters");
        String tier = job == null ? null : job.childText("Tier");
        if (tier != null && !tier.matches("Expedited|Standard|Bulk")) {
            throw EmulatorError.malformedXml("Tier must be Expedited, Standard or Bulk.");
        }
        ObjectRecord object = versions.existing(request.bucket(), request.key());
        if (!object.archived()) {
            throw new EmulatorError(400, "InvalidObjectState", "Only ARCHIVE and DEEP_ARCHIVE objects can be restored.");
        }
        Instant now = ctx.now();
        if (object.restoring(now)) {
            throw new EmulatorError(409, "RestoreAlreadyInProgress", "Object restore is already in progress.");
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

    private static void echoEncryption(EmulatorResponse response, ObjectRecord object) {
        Map<String, String> h = object.attributes().headers();
        response.header("x-cos-server-side-encryption", h.get("x-cos-server-side-encryption"));
        response.header("x-cos-server-side-encryption-customer-algorithm",
                h.get("x-cos-server-side-encryption-customer-algorithm"));
        response.header("x-cos-server-side-encryption-customer-key-MD5", h.get(EmulatorObjectHeaders.SSE_C_MD5));
    }

    /** Answered rather than taken for a PUT Object, which would replace the object with the empty body. */
    public void putObjectAcl(EmulatorRequest request, EmulatorResponse response) {
        throw new EmulatorError(501, "NotImplemented", "PUT Object acl is not emulated.");
    }

    private void requireBucket(EmulatorRequest request) {
        if (!store.bucketExists(request.bucket())) {
            throw EmulatorError.noSuchBucket();
        }
    }
}
