package dev.camelcos.client.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.camelcos.client.CosValidation;

/** GET or HEAD Object: which object (and version), which bytes, under which conditions, with which overrides. */
public final class GetObjectRequest extends ReadConditions<GetObjectRequest> {

    /** The {@code response-*} overrides COS honours on GET. */
    public static final Set<String> RESPONSE_OVERRIDES = Set.of("response-content-type",
            "response-content-language", "response-expires", "response-cache-control",
            "response-content-disposition", "response-content-encoding");

    private final String bucket;
    private final String key;
    private String versionId;
    private String range;
    private final Map<String, String> responseOverrides = new LinkedHashMap<>();
    private ServerSideEncryption customerKey;
    private Long trafficLimit;

    public GetObjectRequest(String bucket, String key) {
        this.bucket = CosValidation.bucket(bucket);
        this.key = CosValidation.key(key);
    }

    @Override
    protected GetObjectRequest self() {
        return this;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getVersionId() {
        return versionId;
    }

    public GetObjectRequest setVersionId(String versionId) {
        this.versionId = versionId;
        return this;
    }

    public String getRange() {
        return range;
    }

    /** {@code bytes=first-last}; checked here, before any request. */
    public GetObjectRequest setRange(String range) {
        this.range = CosValidation.range(range);
        return this;
    }

    public GetObjectRequest setRange(long first, long last) {
        return setRange("bytes=" + first + "-" + last);
    }

    public Map<String, String> getResponseOverrides() {
        return responseOverrides;
    }

    /** Asks COS to answer a header differently, e.g. {@code response-content-type}. */
    public GetObjectRequest setResponseOverride(String name, String value) {
        if (!RESPONSE_OVERRIDES.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a response override; use one of "
                    + RESPONSE_OVERRIDES);
        }
        responseOverrides.put(name, value);
        return this;
    }

    public ServerSideEncryption getCustomerKey() {
        return customerKey;
    }

    /** The SSE-C key the object was written with. */
    public GetObjectRequest setCustomerKey(ServerSideEncryption customerKey) {
        this.customerKey = customerKey;
        return this;
    }

    public Long getTrafficLimit() {
        return trafficLimit;
    }

    public GetObjectRequest setTrafficLimit(Long bitsPerSecond) {
        this.trafficLimit = ObjectWriteOptions.checkTrafficLimit(bitsPerSecond);
        return this;
    }
}
