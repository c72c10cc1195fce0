package dev.camelcos.client.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What an upload sends. Bytes and file ranges can be sent again, so a failed attempt can be retried; a caller's
 * stream cannot, so a request carrying one is tried once.
 */
public abstract class CosRequestBody {

    private static final int BUFFER = 64 * 1024;

    /** Writes a whole body to a stream; a repeatable body's writer writes it again from its start on every call. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A body of any other source: its length (-1 when unknown), whether it can be written again, and how. */
    public static CosRequestBody of(long length, boolean repeatable, Writer writer) {
        return new CosRequestBody() {
            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public boolean isRepeatable() {
                return repeatable;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.writeTo(out);
            }
        };
    }

    /** The length in bytes, or -1 when only reading to the end tells. */
    public abstract long contentLength();

    public abstract boolean isRepeatable();

    /** Writes the whole body; for a repeatable body, each call writes it again from its start. */
    public abstract void writeTo(OutputStream out) throws IOException;

    public static CosRequestBody of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public static CosRequestBody of(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return of(length, true, out -> out.write(bytes, offset, length));
    }

    public static CosRequestBody of(Path file) throws IOException {
        return of(file, 0, Files.size(file));
    }

    /**
     * A range of a file, read by position: several ranges of one file can be sent at once from several threads
     * without copying the file.
     */
    public static CosRequestBody of(Path file, long position, long length) {
        if (position < 0 || length < 0) {
            throw new IllegalArgumentException("file range must not be negative: position " + position
                    + ", length " + length);
        }
        return of(length, true, out -> writeFileRange(file, position, length, out));
    }

    private static void writeFileRange(Path file, long position, long length, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(length, 1)));
            long done = 0;
            while (done < length) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
                int n = channel.read(buffer, position + done);
                if (n < 0) {
                    throw new IOException("file " + file + " ended at " + (position + done) + " bytes, before the "
                            + length + " bytes expected from " + position);
                }
                out.write(buffer.array(), 0, n);
                done += n;
            }
        }
    }

    /**
     * A caller's stream, sent once. With a known length exactly that many bytes are sent; with -1 the stream is
     * sent chunked until its end.
     */
    public static CosRequestBody of(InputStream stream, long length) {
        Objects.requireNonNull(stream, "stream");
        if (length < -1) {
            throw new IllegalArgumentException("content length must be -1 (unknown) or more, was " + length);
        }
        AtomicBoolean consumed = new AtomicBoolean();
        return of(length, false, out -> {
            if (consumed.getAndSet(true)) {
                throw new IOException("the request body stream was already sent once and cannot be sent again");
            }
            writeStream(stream, length, out);
        });
    }

    /**
     * Writes a stream whose length was promised. The last bytes are held back until the stream's end is seen, so that
     * a stream longer than promised fails before the request is complete and COS stores nothing; one that ends early
     * fails too, leaving the request short.
     */
    private static void writeStream(InputStream stream, long length, OutputStream out) throws IOException {
        if (length < 0) {
            stream.transferTo(out);
            return;
        }
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        while (true) {
            // ask for one byte more than is left, so that a longer stream shows itself before its last byte is sent
            int n = stream.read(buffer, 0, (int) Math.min(buffer.length, length - done + 1));
            if (n < 0) {
                if (done < length) {
                    throw new BodyLengthException(length, done, false);
                }
                return;
            }
            if (done + n > length) {
                throw new BodyLengthException(length, done + n, true);
            }
            if (done + n == length && stream.read() >= 0) {
                throw new BodyLengthException(length, length + 1, true);
            }
            out.write(buffer, 0, n);
            done += n;
            if (done == length) {
                return;
            }
        }
    }

    /** A stream body that broke its length promise: a caller's stream, so it is never retried. */
    public static final class BodyLengthException extends IOException {

        /** @param seen the bytes read, past the declared length when {@code longer} */
        public BodyLengthException(long declared, long seen, boolean longer) {
            super(longer ? "the body stream is longer than its declared length of " + declared + " bytes (at least "
                           + seen + " bytes were read); nothing was stored"
                    : "the body stream ended after " + seen + " bytes, but its declared length is " + declared
                      + " bytes; nothing was stored");
        }
    }
}
