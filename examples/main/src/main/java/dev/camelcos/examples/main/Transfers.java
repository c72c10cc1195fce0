package dev.camelcos.examples.main;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Header;

import dev.camelcos.component.CosConstants;

/**
 * What the two routes did so far; tells the application (through {@code allReceived}) once every file it uploaded
 * came back. Called from the routes as the bean {@value #BEAN_NAME}.
 */
public final class Transfers {

    public static final String BEAN_NAME = "transfers";

    private final int expected;
    private final Runnable allReceived;
    private final AtomicInteger filesUploaded = new AtomicInteger();
    private final AtomicLong bytesUploaded = new AtomicLong();
    private final AtomicInteger objectsReceived = new AtomicInteger();
    private final AtomicLong bytesReceived = new AtomicLong();

    public Transfers(int expected, Runnable allReceived) {
        this.expected = expected;
        this.allReceived = allReceived;
    }

    public void uploaded(@Header(Exchange.FILE_LENGTH) long length) {
        bytesUploaded.addAndGet(length);
        filesUploaded.incrementAndGet();
    }

    public void received(@Header(CosConstants.CONTENT_LENGTH) long length) {
        bytesReceived.addAndGet(length);
        if (objectsReceived.incrementAndGet() == expected) {
            allReceived.run();
        }
    }

    public int filesUploaded() {
        return filesUploaded.get();
    }

    public long bytesUploaded() {
        return bytesUploaded.get();
    }

    public int objectsReceived() {
        return objectsReceived.get();
    }

    public long bytesReceived() {
        return bytesReceived.get();
    }
}
