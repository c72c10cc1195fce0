package dev.camelcos.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.camel.util.IOHelper;

import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.ObjectMetadata;

/**
 * An object's content, downloaded when first read or, when the consumer reads ahead, started in the background before
 * its exchange is processed. Either way the exchange's headers are completed from the GET's answer on the thread that
 * first reads, and a failed GET surfaces as an {@link IOException} on that read. Once closed (when the exchange
 * completes) it cannot be read again, and a download still under way is closed as soon as it answers.
 */
final class LazyObjectContent extends InputStream {

    /** Marks content closed before any download started. */
    private static final CompletableFuture<CosObject> CLOSED = CompletableFuture.failedFuture(
            new IllegalStateException("closed"));

    private final String name;
    private final Supplier<CosObject> download;
    private final Consumer<ObjectMetadata> onDownload;
    /** The download, once started; {@link #CLOSED} when closed first. */
    private final AtomicReference<CompletableFuture<CosObject>> started = new AtomicReference<>();
    /** Runs once, when the object read ahead is taken by its reader or dropped. */
    private final AtomicReference<Runnable> onHandOver = new AtomicReference<>();
    /** The downloaded object, as seen by the reading thread. */
    private CosObject object;
    private volatile boolean closed;

    /**
     * @param name       bucket/key, for error messages
     * @param download   sends the GET
     * @param onDownload receives what the GET answered, before the first byte is read
     */
    LazyObjectContent(String name, Supplier<CosObject> download, Consumer<ObjectMetadata> onDownload) {
        this.name = name;
        this.download = download;
        this.onDownload = onDownload;
    }

    /**
     * Starts the download on {@code executor} unless it started already or the content is closed. Called by one
     * thread only (the consumer's), and only while {@link #isStarted()} is false.
     *
     * @param handedOver runs exactly once: when the reader takes the object, when the content is closed, or at once
     *                   when a reader or a close came first
     */
    void readAhead(Executor executor, Runnable handedOver) {
        // set before the download can be seen, so that whoever takes it also hands it over
        onHandOver.set(handedOver);
        CompletableFuture<CosObject> future = new CompletableFuture<>();
        if (!started.compareAndSet(null, future)) {
            handOver();
            return;
        }
        try {
            executor.execute(() -> complete(future));
        } catch (RejectedExecutionException e) {
            complete(future);
        }
    }

    /** Whether the download was started (ahead or by a reader) or the content closed. */
    boolean isStarted() {
        return started.get() != null;
    }

    private void complete(CompletableFuture<CosObject> future) {
        try {
            future.complete(download.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    private InputStream content() throws IOException {
        if (closed) {
            throw new IOException("The content of " + name + " is closed: its exchange has completed");
        }
        if (object == null) {
            object = await(startedHere());
            handOver();
            onDownload.accept(object.getMetadata());
        }
        return object.getContent();
    }

    /** The download started ahead, or one sent now on the reading thread. */
    private CompletableFuture<CosObject> startedHere() throws IOException {
        CompletableFuture<CosObject> future = new CompletableFuture<>();
        CompletableFuture<CosObject> existing = started.compareAndExchange(null, future);
        if (existing == CLOSED) {
            throw new IOException("The content of " + name + " is closed: its exchange has completed");
        }
        if (existing != null) {
            return existing;
        }
        complete(future);
        return future;
    }

    private CosObject await(CompletableFuture<CosObject> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while downloading " + name);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException("Could not download " + name + ": " + cause.getMessage(), cause);
        }
    }

    private void handOver() {
        Runnable handedOver = onHandOver.getAndSet(null);
        if (handedOver != null) {
            handedOver.run();
        }
    }

    @Override
    public int read() throws IOException {
        return content().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return content().read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        return content().skip(n);
    }

    @Override
    public int available() throws IOException {
        return object == null || closed ? 0 : object.getContent().available();
    }

    @Override
    public void close() {
        closed = true;
        CompletableFuture<CosObject> future = started.getAndSet(CLOSED);
        if (future != null && future != CLOSED) {
            // a download read ahead but never read still holds its connection until it answers
            future.whenComplete((downloaded, failure) -> IOHelper.close(downloaded));
        }
        handOver();
    }

    @Override
    public String toString() {
        return "LazyObjectContent[" + name + (object != null ? ", downloaded" : "") + (closed ? ", closed" : "") + "]";
    }
}
