package dev.camelcos.client.testinfra;

import java.util.List;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.emulator.RecordedRequest;

/**
 * Where client tests run: the embedded emulator, or real COS when credentials are given in the environment. The same
 * test bodies run against both; what only the emulator can show (the requests it saw, set-up real COS would bill)
 * is guarded by {@link #isEmulator()}.
 */
public interface CosService extends AutoCloseable {

    String bucket();

    /** A client configuration for this service, to adjust and build. */
    CosClientConfig.Builder clientConfig();

    boolean isEmulator();

    /** The requests the service received (emulator only). */
    List<RecordedRequest> requests();

    void clearRequests();

    @Override
    void close();
}
