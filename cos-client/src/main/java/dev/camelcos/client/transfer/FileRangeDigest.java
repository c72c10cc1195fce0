package dev.camelcos.client.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.camelcos.client.Crc64;

/** The MD5 (as COS's part ETag shows it) and CRC64 of a range of a file, read by position. */
record FileRangeDigest(String md5Hex, long crc64) {

    private static final int BUFFER = 256 * 1024;

    static FileRangeDigest of(FileChannel channel, long position, long length) throws IOException {
        MessageDigest md5 = md5();
        Crc64 crc = new Crc64();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(1, length)));
        long done = 0;
        while (done < length) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
            int n = channel.read(buffer, position + done);
            if (n < 0) {
                throw new IOException("file ended at " + (position + done) + ", before the " + length
                        + " bytes expected from " + position);
            }
            md5.update(buffer.array(), 0, n);
            crc.update(buffer.array(), 0, n);
            done += n;
        }
        return new FileRangeDigest(HexFormat.of().formatHex(md5.digest()), crc.value());
    }

    static FileRangeDigest of(Path file, long position, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return of(channel, position, length);
        }
    }

    /** Whether an ETag as COS quotes it is this range's MD5. */
    boolean matchesETag(String etag) {
        return etag != null && etag.replace("\"", "").trim().equalsIgnoreCase(md5Hex);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }
}
