package dev.camelcos.client.model;

import java.util.Objects;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.CosRequestBody;

/** PUT Object: the body, its metadata and how it is stored. */
public final class PutObjectRequest {

    private final String bucket;
    private final String key;
    private final CosRequestBody body;
    private ObjectMetadata metadata = new ObjectMetadata();
    private ObjectWriteOptions options = new ObjectWriteOptions();

    public PutObjectRequest(String bucket, String key, CosRequestBody body) {
        this.bucket = CosValidation.bucket(bucket);
        this.key = CosValidation.key(key);
        this.body = Objects.requireNonNull(body, "a put needs a body");
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public CosRequestBody getBody() {
        return body;
    }

    public ObjectMetadata getMetadata() {
        return metadata;
    }

    public PutObjectRequest setMetadata(ObjectMetadata metadata) {
        this.metadata = metadata == null ? new ObjectMetadata() : metadata;
        return this;
    }

    public ObjectWriteOptions getOptions() {
        return options;
    }

    public PutObjectRequest setOptions(ObjectWriteOptions options) {
        this.options = options == null ? new ObjectWriteOptions() : options;
        return this;
    }
}
