package dev.camelcos.client.model;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a browser form upload (POST Object) may do: which key, how large a file, what COS answers, until when. Turned
 * into the form's fields and the policy COS checks them against.
 */
public final class UploadFormRequest {

    /** In a key, COS puts the name of the file the browser posts in place of this. */
    public static final String FILENAME = "${filename}";
    private static final Duration DEFAULT_EXPIRATION = Duration.ofHours(1);

    private final String bucket;
    private final String key;
    private Duration expiration = DEFAULT_EXPIRATION;
    private Long minSize;
    private Long maxSize;
    private Integer successActionStatus;
    private String successActionRedirect;

    /** {@code key} may contain {@value #FILENAME}; the form then accepts any file name in its place. */
    public UploadFormRequest(String bucket, String key) {
        this.bucket = bucket;
        this.key = key;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public Duration getExpiration() {
        return expiration;
    }

    public UploadFormRequest setExpiration(Duration expiration) {
        if (expiration == null || expiration.toSeconds() < 1) {
            throw new IllegalArgumentException("an upload form must stay valid for at least 1 second, not " + expiration);
        }
        this.expiration = expiration;
        return this;
    }

    /** Bounds of the file's size in bytes, either may be null; checked as the policy's content-length-range. */
    public UploadFormRequest setSizeRange(Long min, Long max) {
        if (min != null && min < 0 || max != null && max < 0 || min != null && max != null && min > max) {
            throw new IllegalArgumentException("the file size range " + min + ".." + max
                                               + " must be non-negative with the minimum not above the maximum");
        }
        this.minSize = min;
        this.maxSize = max;
        return this;
    }

    /** What COS answers a successful post with: 200, 201 (an XML document) or 204 (its default). */
    public UploadFormRequest setSuccessActionStatus(Integer status) {
        if (status != null && status != 200 && status != 201 && status != 204) {
            throw new IllegalArgumentException("success action status " + status + " must be 200, 201 or 204");
        }
        this.successActionStatus = status;
        return this;
    }

    /** Where COS redirects the browser (303) after a successful post, with bucket, key and etag appended. */
    public UploadFormRequest setSuccessActionRedirect(String url) {
        this.successActionRedirect = url;
        return this;
    }

    /** The fields the form sends besides the signature and the file, in order. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        if (successActionStatus != null) {
            fields.put("success_action_status", successActionStatus.toString());
        }
        if (successActionRedirect != null) {
            fields.put("success_action_redirect", successActionRedirect);
        }
        return fields;
    }

    /** The policy document: the bucket, the key (a prefix when it holds {@value #FILENAME}), size and answer. */
    public String policy(Instant expiresAt, String secretId) {
        StringBuilder conditions = new StringBuilder();
        condition(conditions, "{\"bucket\":" + json(bucket) + "}");
        int file = key.indexOf(FILENAME);
        condition(conditions, file < 0 ? "{\"key\":" + json(key) + "}"
                : "[\"starts-with\",\"$key\"," + json(key.substring(0, file)) + "]");
        if (minSize != null || maxSize != null) {
            condition(conditions, "[\"content-length-range\"," + (minSize == null ? 0 : minSize) + ","
                                  + (maxSize == null ? Long.MAX_VALUE : maxSize) + "]");
        }
        fields().forEach((name, value) -> {
            if (!name.equals("key")) {
                condition(conditions, "{" + json(name) + ":" + json(value) + "}");
            }
        });
        condition(conditions, "{\"q-sign-algorithm\":\"sha1\"}");
        condition(conditions, "{\"q-ak\":" + json(secretId) + "}");
        return "{\"expiration\":" + json(expiresAt.toString()) + ",\"conditions\":[" + conditions + "]}";
    }

    private static void condition(StringBuilder conditions, String condition) {
        conditions.append(conditions.isEmpty() ? "" : ",").append(condition);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
