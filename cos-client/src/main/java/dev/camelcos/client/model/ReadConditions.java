package dev.camelcos.client.model;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The four conditions a read can be made under (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since):
 * a GET or HEAD checks them against the object it reads, a copy against its source.
 *
 * @param <T> the request type, so that the setters chain
 */
public abstract class ReadConditions<T extends ReadConditions<T>> {

    private String ifMatch;
    private String ifNoneMatch;
    private Instant ifModifiedSince;
    private Instant ifUnmodifiedSince;

    /** This request, as its own type. */
    protected abstract T self();

    public String getIfMatch() {
        return ifMatch;
    }

    public T setIfMatch(String ifMatch) {
        this.ifMatch = ifMatch;
        return self();
    }

    public String getIfNoneMatch() {
        return ifNoneMatch;
    }

    public T setIfNoneMatch(String ifNoneMatch) {
        this.ifNoneMatch = ifNoneMatch;
        return self();
    }

    public Instant getIfModifiedSince() {
        return ifModifiedSince;
    }

    public T setIfModifiedSince(Instant ifModifiedSince) {
        this.ifModifiedSince = ifModifiedSince;
        return self();
    }

    public Instant getIfUnmodifiedSince() {
        return ifUnmodifiedSince;
    }

    public T setIfUnmodifiedSince(Instant ifUnmodifiedSince) {
        this.ifUnmodifiedSince = ifUnmodifiedSince;
        return self();
    }

    /** Sets the four conditions as {@code other} has them. */
    public T setConditions(ReadConditions<?> other) {
        ifMatch = other.ifMatch;
        ifNoneMatch = other.ifNoneMatch;
        ifModifiedSince = other.ifModifiedSince;
        ifUnmodifiedSince = other.ifUnmodifiedSince;
        return self();
    }

    /**
     * Writes the conditions that are set as headers named {@code prefix} + {@code If-Match} and so on (the prefix is
     * empty for a read, {@code x-cos-copy-source-} for a copy's source), dates in RFC 1123.
     */
    public void writeConditions(String prefix, BiConsumer<String, String> header) {
        write(header, prefix + "If-Match", ifMatch);
        write(header, prefix + "If-None-Match", ifNoneMatch);
        write(header, prefix + "If-Modified-Since", ifModifiedSince == null ? null : CosDates.rfc1123(ifModifiedSince));
        write(header, prefix + "If-Unmodified-Since",
                ifUnmodifiedSince == null ? null : CosDates.rfc1123(ifUnmodifiedSince));
    }

    private static void write(BiConsumer<String, String> header, String name, String value) {
        if (value != null) {
            header.accept(name, value);
        }
    }
}
