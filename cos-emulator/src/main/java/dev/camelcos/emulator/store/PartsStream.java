package dev.camelcos.emulator.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads files one after another as one stream. Each file is opened only when the stream reaches it, so an object of
 * 10,000 parts never holds 10,000 descriptors, and skipping moves a position instead of reading: a range deep inside
 * a large object starts at once.
 */
final class PartsStream extends InputStream {
    /** What closing the stream must also do, e.g. let its blob be deleted. */
    interface OnClose {
        void run() throws IOException;
    }

    private final List<Path> files;
    private final List<Long> sizes;
    private final OnClose onClose;
    private int index;
    private long position;
    private FileChannel channel;
    private boolean closed;

    PartsStream(List<Path> files, List<Long> sizes, OnClose onClose) {
        this.files = files;
        this.sizes = sizes;
        this.onClose = onClose;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        for (; index < files.size(); nextFile()) {
            long left = sizes.get(index) - position;
            if (left > 0) {
                int n = channel().read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)));
                if (n < 0) {
                    throw new EOFException(files.get(index) + " is shorter than the " + sizes.get(index)
                            + " bytes recorded for it");
                }
                position += n;
                return n;
            }
        }
        return -1;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && index < files.size()) {
            long step = Math.min(n - skipped, sizes.get(index) - position);
            position += step;
            skipped += step;
            if (position == sizes.get(index)) {
                nextFile();
            } else if (channel != null) {
                channel.position(position);
            }
        }
        return skipped;
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(files.get(index));
            channel.position(position);
        }
        return channel;
    }

    private void nextFile() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        index++;
        position = 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            onClose.run();
        }
    }
}
