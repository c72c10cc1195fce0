package dev.camelcos.client.testinfra;

import java.util.List;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.RecordedRequest;

/** The embedded emulator, one per test class. */
public final class EmulatorCosService implements CosService {

    public static final String BUCKET = "clienttest-1250000000";

    private final CosEmulator emulator;

    public EmulatorCosService() {
        this(CosEmulator.builder().bucket(BUCKET));
    }

    public EmulatorCosService(CosEmulator.Builder builder) {
        this.emulator = builder.start();
    }

    public CosEmulator emulator() {
        return emulator;
    }

    @Override
    public String bucket() {
        return BUCKET;
    }

    @Override
    public CosClientConfig.Builder clientConfig() {
        return CosClientConfig.builder().region(emulator.region()).endpoint(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(emulator.secretId(), emulator.secretKey()))
                .retryPolicy(new RetryPolicy(2, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(5)));
    }

    @Override
    public boolean isEmulator() {
        return true;
    }

    @Override
    public List<RecordedRequest> requests() {
        return emulator.requests();
    }

    @Override
    public void clearRequests() {
        emulator.clearRequests();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
