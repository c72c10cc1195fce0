package dev.camelcos.client.transfer;

import java.time.Duration;

/**
 * Where a transfer stands.
 *
 * @param operation        upload, copy or download
 * @param bucket           the bucket written to (upload, copy) or read from (download)
 * @param key              the object's key
 * @param bytesTransferred bytes done so far, including parts found done by a resumed transfer
 * @param totalBytes       the object's size, or -1 while a stream of unknown length is still being read
 * @param elapsed          time since the transfer started
 * @param done             true on the last report of a transfer that succeeded
 */
public record TransferProgress(String operation, String bucket, String key, long bytesTransferred, long totalBytes,
        Duration elapsed, boolean done) {

    /** Average bytes per second since the start. */
    public double bytesPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : bytesTransferred * 1e9 / nanos;
    }

    /** Percentage done, or -1 when the total is not known yet. */
    public double percent() {
        return totalBytes <= 0 ? -1 : 100.0 * bytesTransferred / totalBytes;
    }
}
