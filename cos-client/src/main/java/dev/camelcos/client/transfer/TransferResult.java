package dev.camelcos.client.transfer;

/**
 * The object an upload or copy wrote.
 *
 * @param etag      its ETag
 * @param crc64     its CRC64 as COS computed it (unsigned decimal), checked against the parts'; null if COS gave none
 * @param versionId the version created, null when the bucket is not versioned
 * @param uploadId  the multipart upload that wrote it; null for a single request
 * @param size      its length in bytes
 * @param partCount how many parts it was written in (1 for a single request)
 */
public record TransferResult(String bucket, String key, String etag, String crc64, String versionId, String uploadId,
        long size, int partCount) {

    public boolean isMultipart() {
        return uploadId != null;
    }
}
