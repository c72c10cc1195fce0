package dev.camelcos.client;

/**
 * A failure on this side of the wire: the connection (refused, reset, timed out), a body that could not be sent
 * again, or an integrity check (CRC64) that did not hold. The message names the cause.
 */
public class CosClientException extends CosException {

    private final boolean retryable;

    public CosClientException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public CosClientException(String message) {
        this(message, null, false);
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
