package dev.camelcos.client.testinfra;

import java.util.List;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.EnvironmentCredentialsProvider;
import dev.camelcos.emulator.RecordedRequest;

/**
 * Real COS, from {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} (and
 * {@code TENCENTCLOUD_SESSION_TOKEN}), {@code COS_BUCKET} and {@code COS_REGION}. Tests write under a unique prefix.
 */
public final class RealCosService implements CosService {

    public static final String BUCKET_VARIABLE = "COS_BUCKET";
    public static final String REGION_VARIABLE = "COS_REGION";

    @Override
    public String bucket() {
        return System.getenv(BUCKET_VARIABLE);
    }

    @Override
    public CosClientConfig.Builder clientConfig() {
        return CosClientConfig.builder().region(System.getenv(REGION_VARIABLE))
                .credentialsProvider(new EnvironmentCredentialsProvider());
    }

    @Override
    public boolean isEmulator() {
        return false;
    }

    @Override
    public List<RecordedRequest> requests() {
        throw new UnsupportedOperationException("only the emulator records requests");
    }

    @Override
    public void clearRequests() {
        // real COS keeps no record to clear
    }

    @Override
    public void close() {
        // nothing was started
    }
}
