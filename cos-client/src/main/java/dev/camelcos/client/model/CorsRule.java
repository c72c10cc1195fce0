package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * One CORSRule: the origins (may contain one {@code *}), methods and request headers it allows, the response headers
 * the browser may read, and how long a preflight answer may be cached.
 */
public class CorsRule {

    /** The methods COS accepts in AllowedMethod. */
    public static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    @XmlElement(name = "ID")
    private String id;
    @XmlElement(name = "AllowedOrigin")
    private List<String> allowedOrigins = new ArrayList<>();
    @XmlElement(name = "AllowedMethod")
    private List<String> allowedMethods = new ArrayList<>();
    @XmlElement(name = "AllowedHeader")
    private List<String> allowedHeaders = new ArrayList<>();
    @XmlElement(name = "ExposeHeader")
    private List<String> exposeHeaders = new ArrayList<>();
    @XmlElement(name = "MaxAgeSeconds")
    private Integer maxAgeSeconds;

    public String getId() {
        return id;
    }

    public CorsRule setId(String id) {
        this.id = id;
        return this;
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public CorsRule setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = new ArrayList<>(allowedOrigins);
        return this;
    }

    public List<String> getAllowedMethods() {
        return allowedMethods;
    }

    /** Methods are upper-cased, as COS expects them. */
    public CorsRule setAllowedMethods(List<String> allowedMethods) {
        this.allowedMethods = new ArrayList<>(allowedMethods.stream().map(m -> m.trim().toUpperCase(Locale.ROOT))
                .toList());
        return this;
    }

    public List<String> getAllowedHeaders() {
        return allowedHeaders;
    }

    public CorsRule setAllowedHeaders(List<String> allowedHeaders) {
        this.allowedHeaders = new ArrayList<>(allowedHeaders);
        return this;
    }

    public List<String> getExposeHeaders() {
        return exposeHeaders;
    }

    public CorsRule setExposeHeaders(List<String> exposeHeaders) {
        this.exposeHeaders = new ArrayList<>(exposeHeaders);
        return this;
    }

    public Integer getMaxAgeSeconds() {
        return maxAgeSeconds;
    }

    public CorsRule setMaxAgeSeconds(Integer maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
        return this;
    }

    void validate() {
        if (allowedOrigins.isEmpty() || allowedOrigins.stream().anyMatch(o -> o == null || o.isBlank())) {
            throw new IllegalArgumentException("CORS rule " + this + " needs at least one allowed origin, none blank");
        }
        if (allowedMethods.isEmpty() || !METHODS.containsAll(allowedMethods)) {
            throw new IllegalArgumentException("CORS rule " + this + " has allowed methods " + allowedMethods
                    + ": give at least one of " + new TreeSet<>(METHODS));
        }
        if (maxAgeSeconds != null && maxAgeSeconds < 0) {
            throw new IllegalArgumentException("CORS rule " + this + " has maxAgeSeconds " + maxAgeSeconds
                    + ": it must not be negative");
        }
    }

    @Override
    public String toString() {
        return "CorsRule[" + (id != null ? id + ": " : "") + allowedOrigins + " " + allowedMethods + "]";
    }
}
