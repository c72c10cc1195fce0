package dev.camelcos.client;

import java.util.Set;

/** COS answered with an error: its HTTP status, error code, message and the ids support asks for. */
public class CosServiceException extends CosException {

    /** BadDigest: the body did not arrive as it was sent (its Content-MD5), which another attempt may repair. */
    private static final Set<String> RETRYABLE_CODES = Set.of("InternalError", "SlowDown", "ServiceUnavailable",
            "RequestTimeout", "BadDigest");

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String traceId;
    private final String resource;

    public CosServiceException(int statusCode, String errorCode, String errorMessage, String requestId,
            String traceId, String resource) {
        super(describe(statusCode, errorCode, errorMessage, requestId, resource), null);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.traceId = traceId;
        this.resource = resource;
    }

    private static String describe(int status, String code, String message, String requestId, String resource) {
        StringBuilder s = new StringBuilder("COS error ").append(status);
        if (code != null) {
            s.append(' ').append(code);
        }
        if (message != null && !message.isBlank()) {
            s.append(": ").append(message);
        }
        if (resource != null && !resource.isBlank()) {
            s.append(" (resource ").append(resource).append(')');
        }
        if (requestId != null) {
            s.append(" [request id ").append(requestId).append(']');
        }
        return s.toString();
    }

    public int statusCode() {
        return statusCode;
    }

    /** COS's error code, e.g. {@code NoSuchKey}; null for an answer without a body (HEAD). */
    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String requestId() {
        return requestId;
    }

    public String traceId() {
        return traceId;
    }

    public String resource() {
        return resource;
    }

    @Override
    public boolean isRetryable() {
        return statusCode == 500 || statusCode == 502 || statusCode == 503 || statusCode == 504
                || errorCode != null && RETRYABLE_CODES.contains(errorCode);
    }
}
