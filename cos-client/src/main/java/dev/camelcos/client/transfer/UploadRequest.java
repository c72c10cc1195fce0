package dev.camelcos.client.transfer;

import java.util.Objects;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;

/**
 * An upload: where to, from what, with which metadata and storage options. A Content-MD5 in the metadata is sent
 * only by a single PUT; a multipart upload is checked end to end by CRC64 instead.
 */
public final class UploadRequest {

    private final String bucket;
    private final String key;
    private final UploadSource source;
    private ObjectMetadata metadata = new ObjectMetadata();
    private ObjectWriteOptions options = new ObjectWriteOptions();

    public UploadRequest(String bucket, String key, UploadSource source) {
        this.bucket = CosValidation.bucket(bucket);
        this.key = CosValidation.key(key);
        this.source = Objects.requireNonNull(source, "an upload needs a source");
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public UploadSource getSource() {
        return source;
    }

    public ObjectMetadata getMetadata() {
        return metadata;
    }

    public UploadRequest setMetadata(ObjectMetadata metadata) {
        this.metadata = metadata == null ? new ObjectMetadata() : metadata;
        return this;
    }

    public ObjectWriteOptions getOptions() {
        return options;
    }

    public UploadRequest setOptions(ObjectWriteOptions options) {
        this.options = options == null ? new ObjectWriteOptions() : options;
        return this;
    }

    String describe() {
        return bucket + "/" + key;
    }
}
