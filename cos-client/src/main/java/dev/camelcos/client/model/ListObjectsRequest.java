package dev.camelcos.client.model;

import dev.camelcos.client.CosValidation;

/** GET Bucket: which keys (prefix, delimiter), from where (marker) and how many per page (max-keys, at most 1000). */
public final class ListObjectsRequest {

    public static final int MAX_KEYS_LIMIT = 1000;

    private final String bucket;
    private String prefix;
    private String delimiter;
    private String marker;
    private Integer maxKeys;

    public ListObjectsRequest(String bucket) {
        this.bucket = CosValidation.bucket(bucket);
    }

    public String getBucket() {
        return bucket;
    }

    public String getPrefix() {
        return prefix;
    }

    public ListObjectsRequest setPrefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public ListObjectsRequest setDelimiter(String delimiter) {
        this.delimiter = delimiter;
        return this;
    }

    public String getMarker() {
        return marker;
    }

    public ListObjectsRequest setMarker(String marker) {
        this.marker = marker;
        return this;
    }

    public Integer getMaxKeys() {
        return maxKeys;
    }

    public ListObjectsRequest setMaxKeys(Integer maxKeys) {
        if (maxKeys != null && (maxKeys < 1 || maxKeys > MAX_KEYS_LIMIT)) {
            throw new IllegalArgumentException("max keys " + maxKeys + " is outside 1.." + MAX_KEYS_LIMIT);
        }
        this.maxKeys = maxKeys;
        return this;
    }

    /** The same listing, starting after {@code nextMarker}. */
    public ListObjectsRequest next(String nextMarker) {
        return new ListObjectsRequest(bucket).setPrefix(prefix).setDelimiter(delimiter).setMaxKeys(maxKeys)
                .setMarker(nextMarker);
    }
}
