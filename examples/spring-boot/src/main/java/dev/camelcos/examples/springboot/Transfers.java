package dev.camelcos.examples.springboot;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Header;

import dev.camelcos.component.CosConstants;

/**
 * What the two routes did so far, and whether every file the application uploaded came back. Called from the routes
 * as the bean {@value #BEAN_NAME}.
 */
public final class Transfers {

    static final String BEAN_NAME = "transfers";

    private final CountDownLatch allReceived;
    private final AtomicInteger filesUploaded = new AtomicInteger();
    private final AtomicLong bytesUploaded = new AtomicLong();
    private final AtomicInteger objectsReceived = new AtomicInteger();
    private final AtomicLong bytesReceived = new AtomicLong();

    Transfers(int expected) {
        this.allReceived = new CountDownLatch(expected);
    }

    public void uploaded(@Header(Exchange.FILE_LENGTH) long length) {
        bytesUploaded.addAndGet(length);
        filesUploaded.incrementAndGet();
    }

    public void received(@Header(CosConstants.CONTENT_LENGTH) long length) {
        bytesReceived.addAndGet(length);
        objectsReceived.incrementAndGet();
        allReceived.countDown();
    }

    /** Returns once as many objects as expected came back, or when the time limit passed (the summary tells). */
    void awaitAllReceived(Duration timeLimit) throws InterruptedException {
        allReceived.await(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    }

    int filesUploaded() {
        return filesUploaded.get();
    }

    long bytesUploaded() {
        return bytesUploaded.get();
    }

    int objectsReceived() {
        return objectsReceived.get();
    }

    long bytesReceived() {
        return bytesReceived.get();
    }
}
