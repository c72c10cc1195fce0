package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens its file on first read, so concatenating 10,000 parts does not hold 10,000 descriptors open. */
final class LazyFileStream extends InputStream {
    private final Path file;
    private InputStream in;

    LazyFileStream(Path file) {
        this.file = file;
    }

    private InputStream in() throws IOException {
        if (in == null) {
            in = Files.newInputStream(file);
        }
        return in;
    }

    @Override
    public int read() throws IOException {
        return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
