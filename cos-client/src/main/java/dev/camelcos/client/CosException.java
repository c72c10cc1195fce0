package dev.camelcos.client;

/** Every failure the client reports is one of these: {@link CosServiceException} or {@link CosClientException}. */
public abstract class CosException extends RuntimeException {

    protected CosException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying the same request again may succeed. */
    public abstract boolean isRetryable();
}
