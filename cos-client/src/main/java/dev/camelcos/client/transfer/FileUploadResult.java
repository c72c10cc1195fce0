package dev.camelcos.client.transfer;

import java.nio.file.Path;

/**
 * How one file of a batch upload went: its object, or why it failed.
 *
 * @param result the object written; null when the upload failed
 * @param error  why the upload failed; null when it succeeded
 */
public record FileUploadResult(Path file, String key, TransferResult result, Exception error) {

    public boolean isSuccess() {
        return error == null;
    }

    /** The stored object's ETag; null when the upload failed. */
    public String etag() {
        return result == null ? null : result.etag();
    }

    @Override
    public String toString() {
        return isSuccess() ? "FileUploadResult[" + file + " -> " + key + ", etag=" + etag() + "]"
                : "FileUploadResult[" + file + " -> " + key + " failed: " + error.getMessage() + "]";
    }
}
