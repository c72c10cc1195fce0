package dev.camelcos.client.model;

/** What Upload Part answered: the part's ETag (for Complete) and CRC64 (for the end-to-end check). */
public record PartResult(int partNumber, String etag, String crc64, long size) {

    public PartETag toPartETag() {
        return new PartETag(partNumber, etag, crc64, size);
    }
}
