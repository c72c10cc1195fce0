package dev.camelcos.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.ObjectMetadata;

/**
 * An object's content that is downloaded only when first read: an exchange whose route never reads its body costs no
 * GET, and a poll holds no connection open for the exchanges still waiting their turn. Once closed (when the exchange
 * completes) it cannot be read again.
 */
final class LazyObjectContent extends InputStream {

    private final String name;
    private final Supplier<CosObject> download;
    private final Consumer<ObjectMetadata> onDownload;
    private CosObject object;
    private boolean closed;

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

    private InputStream content() throws IOException {
        if (closed) {
            throw new IOException("The content of " + name + " is closed: its exchange has completed");
        }
        if (object == null) {
            try {
                object = download.get();
            } catch (RuntimeException e) {
                throw new IOException("Could not download " + name + ": " + e.getMessage(), e);
            }
            onDownload.accept(object.getMetadata());
        }
        return object.getContent();
    }

    /** Whether the GET was sent. */
    boolean isDownloaded() {
        return object != null;
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
    public void close() throws IOException {
        closed = true;
        if (object != null) {
            object.close();
        }
    }

    @Override
    public String toString() {
        return "LazyObjectContent[" + name + (object != null ? ", downloaded" : "") + (closed ? ", closed" : "") + "]";
    }
}
