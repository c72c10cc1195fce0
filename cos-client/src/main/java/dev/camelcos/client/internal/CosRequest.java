package dev.camelcos.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.camelcos.client.model.CosRequestBody;
import okhttp3.Request;

/**
 * One COS call before it is signed: method, bucket, key, query parameters, headers and body. Operations build it;
 * the transport turns it into HTTP.
 */
public final class CosRequest {

    private final String method;
    private final String bucket;
    private final String key;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private CosRequestBody body;
    private boolean streamsAnswer;
    private volatile boolean bodyStarted;
    private Object document;
    private int attempts;

    private CosRequest(String method, String bucket, String key) {
        this.method = method;
        this.bucket = bucket;
        this.key = key;
    }

    /** A request on an object ({@code key} not null), a bucket ({@code key} null) or the service (both null). */
    public static CosRequest of(String method, String bucket, String key) {
        return new CosRequest(method, bucket, key);
    }

    /** Adds a query parameter; a null value sends it bare ({@code ?uploads}). */
    public CosRequest param(String name, Object value) {
        params.put(name, value == null ? null : value.toString());
        return this;
    }

    /** Adds a query parameter only when the value is present. */
    public CosRequest optionalParam(String name, Object value) {
        return value == null ? this : param(name, value);
    }

    /** Sets a header; a null value leaves it out. */
    public CosRequest header(String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
        return this;
    }

    public CosRequest headers(Map<String, String> more) {
        more.forEach(this::header);
        return this;
    }

    public CosRequest body(CosRequestBody body) {
        this.body = body;
        return this;
    }

    public String method() {
        return method;
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }

    public Map<String, String> params() {
        return Collections.unmodifiableMap(params);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public CosRequestBody body() {
        return body;
    }

    /** How many times the transport has sent this request so far: more than 1 when an attempt was retried. */
    public int attempts() {
        return attempts;
    }

    void attempted() {
        attempts++;
    }

    /** Whether a failed attempt may be sent again: no body, or one that can be written again. */
    public boolean isRepeatable() {
        return body == null || body.isRepeatable();
    }

    /**
     * Whether the request may go again after a failed attempt: it is repeatable, or its one-shot body was never
     * touched (the connection failed before the body was written, as a stale pooled connection does).
     */
    boolean canBeSentAgain() {
        return isRepeatable() || !bodyStarted;
    }

    void bodyStarted() {
        bodyStarted = true;
    }

    /** Whether the caller reads the answer's body as a stream (an object's content) rather than as a document. */
    boolean streamsAnswer() {
        return streamsAnswer;
    }

    CosRequest streamingAnswer() {
        streamsAnswer = true;
        return this;
    }

    /** The XML document the answer held, parsed in the chain; null when it held none. */
    Object document() {
        return document;
    }

    void document(Object parsed) {
        document = parsed;
    }

    /** The request an OkHttp request was built from; every request the transport sends carries it as its tag. */
    static CosRequest from(Request http) {
        return Objects.requireNonNull(http.tag(CosRequest.class), "an OkHttp request without its CosRequest");
    }

    /** For messages: what the request acted on, never its signature. */
    public String describe() {
        return method + " " + (bucket == null ? "service" : bucket) + (key == null ? "" : "/" + key);
    }
}
