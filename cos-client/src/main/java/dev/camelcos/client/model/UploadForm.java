package dev.camelcos.client.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed HTML form upload (POST Object): a browser posts multipart/form-data to {@link #getUrl()} with
 * {@link #getFields()} in order, then the file as the last field, named {@code file}, until {@link #getExpiration()}.
 */
public final class UploadForm {

    private final String url;
    private final Map<String, String> fields;
    private final Instant expiration;

    public UploadForm(String url, Map<String, String> fields, Instant expiration) {
        this.url = url;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.expiration = expiration;
    }

    public String getUrl() {
        return url;
    }

    /** Field names to values, in the order the form sends them: key, any answer fields, policy and signature. */
    public Map<String, String> getFields() {
        return fields;
    }

    public Instant getExpiration() {
        return expiration;
    }

    @Override
    public String toString() {
        return "UploadForm[url=" + url + ", fields=" + fields.keySet() + ", expiration=" + expiration + "]";
    }
}
