package dev.camelcos.component.consumer;

import java.io.Closeable;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.model.ObjectSummary;

/**
 * The at-least-once contract of one consumed object, run when its exchange completes. Success: the after-read action
 * (delete or move), whose failure goes to the consumer's exception handler, and the claim is confirmed. Failure: the
 * object stays where it is and its claim is released, so a later poll emits it again. Either way its content stream
 * is closed.
 */
final class ObjectCompletion extends SynchronizationAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectCompletion.class);

    private final ObjectSummary object;
    private final Closeable content;
    private final ObjectClaims claims;
    private final AfterRead afterRead;
    private final ExceptionHandler exceptionHandler;

    /**
     * @param content the exchange's content stream, or null without a body
     */
    ObjectCompletion(ObjectSummary object, Closeable content, ObjectClaims claims, AfterRead afterRead,
                     ExceptionHandler exceptionHandler) {
        this.object = object;
        this.content = content;
        this.claims = claims;
        this.afterRead = afterRead;
        this.exceptionHandler = exceptionHandler;
    }

    @Override
    public void onComplete(Exchange exchange) {
        IOHelper.close(content);
        try {
            afterRead.apply(object);
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Processed " + object.getKey() + " but could not delete or move it"
                                             + " afterwards; it stays in place", exchange, e);
        }
        claims.confirm(object);
    }

    @Override
    public void onFailure(Exchange exchange) {
        IOHelper.close(content);
        claims.release(object);
        LOG.debug("Exchange for {} failed: the object is left in place and emitted again on a later poll",
                object.getKey());
    }

    @Override
    public String toString() {
        return "CosConsumerCompletion[" + object.getKey() + "]";
    }
}
