package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.Store;

/**
 * Which object, or which version of it, a request or a copy source names, and the version headers COS answers
 * with: what the object, multipart, form and tagging handlers share.
 */
final class ObjectVersions {
    private final HandlerContext ctx;
    private final Store store;

    ObjectVersions(HandlerContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    /** The key's current object, or 404 NoSuchKey. */
    ObjectRecord existing(String bucket, String key) {
        ObjectRecord object = store.object(bucket, key);
        if (object == null) {
            throw EmulatorError.noSuchKey();
        }
        return object;
    }

    /** A named version; a delete marker is returned too, after saying so in the response (if there is one). */
    ObjectRecord version(String bucket, String key, String versionId, EmulatorResponse response) {
        ObjectRecord version = store.version(bucket, key, versionId);
        if (version == null) {
            throw new EmulatorError(404, "NoSuchVersion", "The specified version " + versionId + " does not exist.");
        }
        if (version.deleteMarker() && response != null) {
            response.header("x-cos-delete-marker", "true");
            response.header("x-cos-version-id", version.shownVersionId());
        }
        return version;
    }

    /** Writes x-cos-version-id once the bucket's versioning was configured, as COS does. */
    void versionHeader(EmulatorRequest request, EmulatorResponse response, ObjectRecord object) {
        if (store.versioning(request.bucket()) != null) {
            response.header("x-cos-version-id", object.shownVersionId());
        }
    }

    /** Resolves and checks a copy source (its latest version unless it names one), for CopyObject and UploadPartCopy. */
    ObjectRecord copySource(EmulatorRequest request, EmulatorCopySource source, EmulatorResponse response) {
        if (!store.bucketExists(source.bucket())) {
            throw EmulatorError.noSuchKey();
        }
        ObjectRecord original = source.versionId() == null ? existing(source.bucket(), source.key())
                : version(source.bucket(), source.key(), source.versionId(), null);
        if (original.deleteMarker()) {
            throw EmulatorError.invalidArgument("The copy source version is a delete marker.");
        }
        if (source.versionId() != null) {
            response.header("x-cos-copy-source-version-id", original.shownVersionId());
        }
        if (!original.readable(ctx.now())) {
            throw new EmulatorError(403, "InvalidObjectState", "The copy source is archived and not restored.");
        }
        if (Preconditions.evaluate(request, "x-cos-copy-source-", original) == Preconditions.Outcome.NOT_MODIFIED) {
            throw EmulatorError.preconditionFailed();
        }
        return original;
    }
}
