package dev.camelcos.client.model;

import dev.camelcos.client.CosValidation;

/**
 * The object a copy reads (PUT Object - Copy, Upload Part - Copy), possibly in another bucket and region, and the
 * conditions it must meet for the copy to happen.
 */
public final class CopySource extends ReadConditions<CopySource> {

    private final String bucket;
    private final String key;
    private String region;
    private String versionId;
    private ServerSideEncryption customerKey;

    public CopySource(String bucket, String key) {
        this.bucket = CosValidation.bucket(bucket);
        this.key = CosValidation.key(key);
    }

    @Override
    protected CopySource self() {
        return this;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getRegion() {
        return region;
    }

    /** The source bucket's region when it is not the client's. */
    public CopySource setRegion(String region) {
        this.region = region;
        return this;
    }

    public String getVersionId() {
        return versionId;
    }

    public CopySource setVersionId(String versionId) {
        this.versionId = versionId;
        return this;
    }

    public ServerSideEncryption getCustomerKey() {
        return customerKey;
    }

    /** The SSE-C key of an encrypted source. */
    public CopySource setCustomerKey(ServerSideEncryption customerKey) {
        this.customerKey = customerKey;
        return this;
    }

    /** This source with its If-Match condition replaced, e.g. to pin the version every part copy reads. */
    public CopySource withIfMatch(String etag) {
        return new CopySource(bucket, key).setRegion(region).setVersionId(versionId).setCustomerKey(customerKey)
                .setConditions(this).setIfMatch(etag);
    }

    @Override
    public String toString() {
        return bucket + "/" + key + (versionId != null ? "?versionId=" + versionId : "");
    }
}
