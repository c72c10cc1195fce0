package dev.camelcos.client.transfer;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param file       where the object now is
 * @param crc64      the object's CRC64, which the file's matched; null if COS gave none
 * @param rangeCount how many ranged GETs wrote it (1 for a single GET), counting ranges found written by an earlier,
 *                   interrupted run
 * @param resumedRanges how many of those an earlier run had written
 */
public record DownloadResult(String bucket, String key, Path file, String etag, String crc64, String versionId,
        long size, int rangeCount, int resumedRanges) {
}
