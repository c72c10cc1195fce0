package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Streams a body to disk while computing MD5 and CRC64, so no body is ever held in memory. */
final class BodyStager {
    private final Path tmpDir;

    BodyStager(Path tmpDir) {
        this.tmpDir = tmpDir;
    }

    StagedBody stage(InputStream in) throws IOException {
        Path file = Files.createTempFile(tmpDir, "body", ".tmp");
        MessageDigest md5 = md5();
        EmulatorCrc64 crc = new EmulatorCrc64();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                md5.update(buf, 0, n);
                crc.update(buf, 0, n);
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StagedBody(file, size, md5.digest(), crc.value());
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
