package dev.camelcos.client.transfer;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/** What an upload reads: bytes in memory, a file (read by position, several parts at once), or a stream. */
public sealed interface UploadSource {

    static UploadSource of(byte[] bytes) {
        return new Bytes(bytes);
    }

    static UploadSource of(Path file) {
        return new File(file);
    }

    /** A stream read once, from start to end; {@code length} -1 when unknown. */
    static UploadSource of(InputStream stream, long length) {
        return new Stream(stream, length);
    }

    record Bytes(byte[] bytes) implements UploadSource {
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    record File(Path path) implements UploadSource {
        public File {
            Objects.requireNonNull(path, "path");
        }
    }

    record Stream(InputStream stream, long length) implements UploadSource {
        public Stream {
            Objects.requireNonNull(stream, "stream");
            if (length < -1) {
                throw new IllegalArgumentException("stream length must be -1 (unknown) or more, was " + length);
            }
        }
    }
}
