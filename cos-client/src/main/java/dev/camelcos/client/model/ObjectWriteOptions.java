package dev.camelcos.client.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How a new object is stored, shared by put, copy and initiate multipart: storage class, ACL and grants,
 * encryption, a bandwidth limit and overwrite protection.
 */
public final class ObjectWriteOptions {

    /** The lowest and highest {@code x-cos-traffic-limit} COS accepts, in bit/s. */
    public static final long MIN_TRAFFIC_LIMIT = 819_200L;
    public static final long MAX_TRAFFIC_LIMIT = 838_860_800L;

    private StorageClass storageClass;
    private String acl;
    private final Map<String, String> grants = new LinkedHashMap<>();
    private ServerSideEncryption encryption;
    private Long trafficLimit;
    private boolean forbidOverwrite;

    public void writeTo(BiConsumer<String, String> header) {
        header.accept("x-cos-storage-class", storageClass == null ? null : storageClass.name());
        header.accept("x-cos-acl", acl);
        grants.forEach(header);
        if (encryption != null) {
            encryption.writeTo(header);
        }
        header.accept("x-cos-traffic-limit", trafficLimit == null ? null : trafficLimit.toString());
        header.accept("x-cos-forbid-overwrite", forbidOverwrite ? "true" : null);
    }

    public StorageClass getStorageClass() {
        return storageClass;
    }

    public ObjectWriteOptions setStorageClass(StorageClass storageClass) {
        this.storageClass = storageClass;
        return this;
    }

    public String getAcl() {
        return acl;
    }

    /** A canned ACL: {@code private}, {@code public-read}, {@code public-read-write} or {@code default}. */
    public ObjectWriteOptions setAcl(String acl) {
        if (acl != null && !acl.matches("private|public-read|public-read-write|default")) {
            throw new IllegalArgumentException("ACL '" + acl
                    + "' is not one of private, public-read, public-read-write, default");
        }
        this.acl = acl;
        return this;
    }

    /**
     * Adds a grant: {@code permission} one of read, write, read-acp, write-acp, full-control; {@code grantees} as COS
     * writes them, e.g. {@code id="100000000001"}.
     */
    public ObjectWriteOptions grant(String permission, String grantees) {
        if (!permission.matches("read|write|read-acp|write-acp|full-control")) {
            throw new IllegalArgumentException("grant permission '" + permission
                    + "' is not one of read, write, read-acp, write-acp, full-control");
        }
        grants.put("x-cos-grant-" + permission, grantees);
        return this;
    }

    public ServerSideEncryption getEncryption() {
        return encryption;
    }

    public ObjectWriteOptions setEncryption(ServerSideEncryption encryption) {
        this.encryption = encryption;
        return this;
    }

    public Long getTrafficLimit() {
        return trafficLimit;
    }

    /** Caps the transfer's bandwidth, in bit/s (819200 to 838860800). */
    public ObjectWriteOptions setTrafficLimit(Long bitsPerSecond) {
        this.trafficLimit = checkTrafficLimit(bitsPerSecond);
        return this;
    }

    static Long checkTrafficLimit(Long bitsPerSecond) {
        if (bitsPerSecond != null && (bitsPerSecond < MIN_TRAFFIC_LIMIT || bitsPerSecond > MAX_TRAFFIC_LIMIT)) {
            throw new IllegalArgumentException("traffic limit " + bitsPerSecond + " bit/s is outside "
                    + MIN_TRAFFIC_LIMIT + ".." + MAX_TRAFFIC_LIMIT);
        }
        return bitsPerSecond;
    }

    public boolean isForbidOverwrite() {
        return forbidOverwrite;
    }

    /** Refuse the write (409) when the key already exists, instead of replacing the object. */
    public ObjectWriteOptions setForbidOverwrite(boolean forbidOverwrite) {
        this.forbidOverwrite = forbidOverwrite;
        return this;
    }
}
