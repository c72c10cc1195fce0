package dev.camelcos.client.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.RecordedRequest;

/** One emulator per test class, a client for it, and what the transfer tests check with. */
abstract class TransferTestSupport {

    static final String BUCKET = "examplebucket-1250000000";
    static final long MIB = TransferOptions.MIB;

    static CosEmulator emu;
    static CosClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() {
        emu = CosEmulator.builder().credentials("AKIDtransfertest", "transfer-test-secret").bucket(BUCKET).start();
        client = clientFor(emu.endpoint());
    }

    @AfterAll
    static void stopEmulator() {
        client.close();
        emu.close();
    }

    @BeforeEach
    void forgetRequests() {
        emu.clearRequests();
    }

    /** A client without retries, so that an injected failure is final. */
    static CosClient clientFor(String endpoint) {
        return new CosClient(CosClientConfig.builder().region(emu.region()).endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(emu.secretId(), emu.secretKey()))
                .retryPolicy(RetryPolicy.NONE).build());
    }

    /** Small parts so that multipart transfers of a few MiB stay fast. */
    static TransferOptions.Builder smallParts() {
        return TransferOptions.builder().multipartThreshold(MIB).partSize(MIB).uploadConcurrency(3)
                .downloadConcurrency(3).multipartCopyThreshold(MIB).copyPartSize(MIB);
    }

    static byte[] readBack(String key) throws IOException {
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, key))) {
            return object.getContent().readAllBytes();
        }
    }

    static List<MultipartUploadSummary> unfinishedUploads(String key) {
        return client.listMultipartUploads(BUCKET, key, null, null, null, null).getUploads();
    }

    /** The part numbers the emulator received Upload Part requests for, in arrival order. */
    static List<Integer> partsReceived(String key) {
        return emu.requests().stream()
                .filter(r -> r.method().equals("PUT") && key.equals(r.key()) && r.query().containsKey("partNumber"))
                .map(r -> Integer.valueOf(r.query().get("partNumber"))).toList();
    }

    static List<RecordedRequest> requestsFor(String key) {
        return emu.requests().stream().filter(r -> key.equals(r.key())).toList();
    }

    Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A stream of {@code length} pseudo-random bytes generated as it is read (never held in memory), that does not
     * tell its length. Each byte depends only on its position, so two such streams are equal however they are read.
     */
    static InputStream generatedStream(long length, long seed) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position == length ? -1 : byteAt(position++, seed) & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position == length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = byteAt(position++, seed);
                }
                return n;
            }
        };
    }

    private static byte byteAt(long position, long seed) {
        long z = (position >>> 3) * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (byte) (z >>> ((position & 7) * 8));
    }

    /** The CRC64 of everything a stream gives, read in 64 KiB blocks. */
    static long crc64Of(InputStream in) throws IOException {
        Crc64 crc = new Crc64();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            crc.update(buffer, 0, n);
        }
        return crc.value();
    }
}
