package dev.camelcos.component.large;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.client.transfer.TransferOptions;
import dev.camelcos.client.transfer.UploadRequest;
import dev.camelcos.client.transfer.UploadSource;
import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.emulator.CosEmulator;

/**
 * One run, in a JVM of its own with a small heap: an object of {@code args[0]} bytes is consumed from one bucket and
 * uploaded to another by the plainest route, under Camel's defaults (stream caching on, no spooling). Prints
 * {@code CRC64 equal <crc>} and exits 0 when the copy is whole; any other end (an OutOfMemoryError included) exits
 * non-zero.
 */
public final class BucketToBucketRun {

    static final String SOURCE = "source-1250000000";
    static final String TARGET = "target-1250000000";
    static final String KEY = "large/object.bin";

    private BucketToBucketRun() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        Path data = Files.createTempDirectory("cos-large-run");
        try (CosEmulator emulator = CosEmulator.builder().credentials("AKIDlarge", "large-secret").bucket(SOURCE)
                .bucket(TARGET).dataDir(data).requestLogLimit(0).start();
             CosClient client = new CosClient(CosClientConfig.builder().endpoint(emulator.endpoint())
                     .region(emulator.region()).credentialsProvider(StaticCredentialsProvider.of("AKIDlarge",
                             "large-secret", null)).build())) {
            String sourceCrc = put(client, size);
            try (CamelContext context = new DefaultCamelContext()) {
                CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
                defaults.setEndpoint(emulator.endpoint());
                defaults.setRegion(emulator.region());
                defaults.setSecretId("AKIDlarge");
                defaults.setSecretKey("large-secret");
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("cos:" + SOURCE + "?deleteAfterRead=false&delay=50").to("cos:" + TARGET);
                    }
                });
                context.start();
                if (!context.isStreamCaching()) {
                    throw new IllegalStateException("stream caching should be on, as Camel's default");
                }
                String targetCrc = awaitTarget(client, Duration.ofMinutes(4));
                if (!sourceCrc.equals(targetCrc)) {
                    throw new IllegalStateException("CRC64 differs: source " + sourceCrc + ", target " + targetCrc);
                }
                System.out.println("CRC64 equal " + targetCrc + " for " + size + " bytes, max heap "
                                   + Runtime.getRuntime().maxMemory());
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String put(CosClient client, long size) {
        try (CosTransferManager transfers = new CosTransferManager(client, TransferOptions.builder().build())) {
            return transfers.upload(new UploadRequest(SOURCE, KEY, UploadSource.of(new PatternStream(size), size)))
                    .crc64();
        }
    }

    private static String awaitTarget(CosClient client, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                ObjectMetadata target = client.headObject(new GetObjectRequest(TARGET, KEY));
                return target.getCrc64();
            } catch (CosServiceException e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the object did not reach " + TARGET + " within " + limit);
    }

    /** {@code size} bytes of a cheap pseudo-random pattern, generated as read. */
    static final class PatternStream extends InputStream {
        private long left;
        private long state = 0x9E3779B97F4A7C15L;

        PatternStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
            left -= n;
            return n;
        }
    }
}
