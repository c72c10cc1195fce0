package dev.camelcos.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;

/**
 * The content of a COS object as a message body (consumer and getObject): a stream straight from the connection that
 * is also a {@link StreamCache}, so that Camel's stream caching never copies it into memory, and that can be read
 * again. Each later read, after a {@link #reset()}, a {@link #close()} or its exchange's completion, is a new ranged
 * GET from the position reached, pinned with If-Match to the ETag first read: it reads the same version or fails,
 * never a mix. Closing gives the connection back; a body nobody reads again holds none.
 */
public final class CosObjectBody extends InputStream implements StreamCache {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");

    private final CosClient client;
    /** The read as first asked: bucket, key, version, SSE-C key and traffic limit are kept for every later read. */
    private final GetObjectRequest request;
    private final String etag;
    /** Where in the object this body's first byte is (a ranged read starts later). */
    private final long first;
    /** How many bytes the body holds. */
    private final long length;
    /** The first read's stream, taken only if reading starts at the body's first byte. */
    private InputStream opening;
    private InputStream current;
    private long position;
    /** A failure after the last byte (the whole object's CRC64 differed): every read until a reset fails with it. */
    private IOException failedAtEnd;

    /**
     * @param opening the stream of a read already sent for this body (e.g. one read ahead), or null to send one when
     *                first read
     */
    public CosObjectBody(CosClient client, GetObjectRequest request, String etag, long first, long length,
                         InputStream opening) {
        this.client = client;
        this.request = request;
        this.etag = etag;
        this.first = first;
        this.length = length;
        this.opening = opening;
    }

    /** The body of a GET already answered: its bytes are the range or the whole object that COS sent. */
    public static CosObjectBody of(CosClient client, GetObjectRequest request, CosObject object) {
        ObjectMetadata metadata = object.getMetadata();
        long first = 0;
        if (metadata.getContentRange() != null) {
            Matcher range = CONTENT_RANGE.matcher(metadata.getContentRange());
            first = range.matches() ? Long.parseLong(range.group(1)) : 0;
        }
        long length = metadata.getContentLength() != null ? metadata.getContentLength() : -1;
        return new CosObjectBody(client, request, metadata.getETag(), first, length, object.getContent());
    }

    /** Closes this body, and gives its connection back, when {@code exchange} completes. */
    public CosObjectBody closedOnCompletionOf(Exchange exchange) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                close();
            }
        });
        return this;
    }

    @Override
    public synchronized int read() throws IOException {
        try {
            int b = stream().read();
            if (b >= 0) {
                position++;
            }
            return b;
        } catch (IOException e) {
            throw dropped(e);
        }
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = stream().read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        } catch (IOException e) {
            throw dropped(e);
        }
    }

    @Override
    public synchronized long skip(long n) throws IOException {
        try {
            long skipped = stream().skip(n);
            position += skipped;
            return skipped;
        } catch (IOException e) {
            throw dropped(e);
        }
    }

    /**
     * A stream that failed (a broken or timed-out connection) holds its connection until closed: it is closed at
     * once, and a later read starts again from the position reached.
     */
    private IOException dropped(IOException failure) {
        IOHelper.close(current);
        current = null;
        if (length >= 0 && position >= length) {
            failedAtEnd = failure;
        }
        return failure;
    }

    @Override
    public synchronized int available() throws IOException {
        return current == null ? 0 : current.available();
    }

    /** Gives the connection back; reading again continues from the same position with a new request. */
    @Override
    public synchronized void close() {
        IOHelper.close(current, opening);
        current = null;
        opening = null;
    }

    /** Back to the first byte: the connection is given back unless the first read's answer is still unread. */
    @Override
    public synchronized void reset() {
        if (position > 0 || current != null) {
            close();
            position = 0;
        }
        failedAtEnd = null;
    }

    @Override
    public synchronized void writeTo(OutputStream os) throws IOException {
        transferTo(os);
    }

    @Override
    public StreamCache copy(Exchange exchange) {
        return new CosObjectBody(client, request, etag, first, length, null).closedOnCompletionOf(exchange);
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public synchronized long position() {
        return position;
    }

    private InputStream stream() throws IOException {
        if (failedAtEnd != null) {
            throw new IOException(failedAtEnd.getMessage(), failedAtEnd);
        }
        if (current != null) {
            return current;
        }
        if (length >= 0 && position >= length) {
            return InputStream.nullInputStream();
        }
        if (opening != null && position == 0) {
            current = opening;
        } else {
            IOHelper.close(opening);
            current = readAgain();
        }
        opening = null;
        return current;
    }

    private InputStream readAgain() throws IOException {
        if (etag == null) {
            throw new IOException("Cannot read " + describe() + " again: COS gave no ETag to pin the version to");
        }
        GetObjectRequest again = new GetObjectRequest(request.getBucket(), request.getKey())
                .setVersionId(request.getVersionId())
                .setCustomerKey(request.getCustomerKey())
                .setTrafficLimit(request.getTrafficLimit())
                .setIfMatch(etag);
        long from = first + position;
        if (from > 0 || request.getRange() != null) {
            // a whole object read from its start goes without a range, so that its CRC64 is checked again
            again.setRange(length >= 0 ? "bytes=" + from + "-" + (first + length - 1) : "bytes=" + from + "-");
        }
        try {
            return client.getObject(again).getContent();
        } catch (CosServiceException e) {
            boolean gone = e.statusCode() == 404 || e.statusCode() == 412;
            throw new IOException("Cannot read " + describe() + " again from byte " + position + ": "
                                  + (gone ? "the object was changed or deleted since it was read (ETag " + etag + ")"
                                          : e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + describe() + " again from byte " + position + ": "
                                  + e.getMessage(), e);
        }
    }

    private String describe() {
        return "COS object " + request.getBucket() + "/" + request.getKey();
    }

    @Override
    public synchronized String toString() {
        return "CosObjectBody[" + request.getBucket() + "/" + request.getKey() + ", ETag " + etag + ", "
               + (length >= 0 ? length + " bytes" : "length unknown") + ", at " + position
               + (current != null ? ", connected" : "") + "]";
    }
}
