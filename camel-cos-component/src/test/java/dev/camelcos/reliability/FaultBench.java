package dev.camelcos.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator, a {@link FaultProxy} in front of it, and a direct, fault-free client that checks what really is in
 * the bucket afterwards.
 */
public final class FaultBench implements AutoCloseable {

    public static final String BUCKET = "reliability-1250000000";
    public static final String SECRET_ID = "AKIDreliability";
    public static final String SECRET_KEY = "reliability-secret-key-0123456789";

    private final CosEmulator emulator;
    private final FaultProxy proxy;
    private final CosClient direct;

    public FaultBench() throws IOException {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start();
        proxy = new FaultProxy(emulator.port());
        direct = new CosClient(config(emulator.endpoint()).build());
    }

    public CosEmulator emulator() {
        return emulator;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    /** The client that sees no faults: to prepare data and to check it. */
    public CosClient direct() {
        return direct;
    }

    /** A client configuration going through the proxy, with short timeouts and quick retries. */
    public CosClientConfig.Builder throughProxy(Duration readTimeout, int retries) {
        return config(proxy.endpoint()).readTimeout(readTimeout).writeTimeout(readTimeout)
                .retryPolicy(new RetryPolicy(retries, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    private CosClientConfig.Builder config(String endpoint) {
        return CosClientConfig.builder().region(emulator.region()).endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY));
    }

    /**
     * Asserts that every object under {@code prefix} holds one of the contents allowed for its key (by CRC64, both
     * as COS announces it and as read back) and that no key outside {@code allowed} exists. Answers the keys found.
     */
    public Set<String> assertIntact(String prefix, Map<String, Set<Long>> allowed) {
        List<String> found = new ArrayList<>();
        for (ObjectSummary summary : direct.listAllObjects(new ListObjectsRequest(BUCKET).setPrefix(prefix))) {
            String key = summary.getKey();
            found.add(key);
            assertThat(allowed).as("objects under %s", prefix).containsKey(key);
            long stored = readCrc(key);
            assertThat(allowed.get(key)).as("CRC64 of %s read back", key).contains(stored);
            String announced = direct.headObject(new GetObjectRequest(BUCKET, key)).getCrc64();
            assertThat(Crc64.parse(announced)).as("CRC64 COS announces for %s", key).isEqualTo(stored);
        }
        return Set.copyOf(found);
    }

    /** The CRC64 of an object's bytes as a fault-free read returns them. */
    public long readCrc(String key) {
        try (CosObject object = direct.getObject(new GetObjectRequest(BUCKET, key));
                InputStream in = object.getContent()) {
            Crc64 crc = new Crc64();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
            return crc.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploads begun under {@code prefix} and neither completed nor aborted. */
    public List<MultipartUploadSummary> unfinishedUploads(String prefix) {
        return direct.listMultipartUploads(BUCKET, prefix, null, null, null, null).getUploads();
    }

    @Override
    public void close() {
        direct.close();
        proxy.close();
        emulator.close();
    }
}
