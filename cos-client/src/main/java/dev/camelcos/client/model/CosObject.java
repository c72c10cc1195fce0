package dev.camelcos.client.model;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A downloaded object: its metadata and its content as a stream straight from the connection. Close it (or read it
 * to its end and close it) to give the connection back.
 */
public final class CosObject implements Closeable {

    private final String bucket;
    private final String key;
    private final ObjectMetadata metadata;
    private final InputStream content;

    public CosObject(String bucket, String key, ObjectMetadata metadata, InputStream content) {
        this.bucket = bucket;
        this.key = key;
        this.metadata = metadata;
        this.content = content;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public ObjectMetadata getMetadata() {
        return metadata;
    }

    /** The bytes; for a whole object its CRC64 is checked when the stream reaches its end. */
    public InputStream getContent() {
        return content;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    @Override
    public String toString() {
        return "CosObject[" + bucket + "/" + key + ", " + metadata + "]";
    }
}
