package dev.camelcos.component;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import dev.camelcos.client.CosServiceException;

/**
 * Readiness of one cos producer or consumer: a HEAD Bucket sent with its endpoint's client, so the check fails
 * exactly when that endpoint's requests would (wrong or expired credentials, a missing bucket, COS unreachable).
 * A failed check is DOWN with COS's HTTP status and error code in the details. Details and message show the
 * endpoint only as {@link CosEndpoint#toString()} does, with every secret masked.
 * <p>
 * Created and registered by {@link CosHealthChecks}.
 */
public final class CosHealthCheck extends AbstractHealthCheck {

    /** Detail key: the bucket the check sends HEAD Bucket to. */
    public static final String BUCKET = "bucket";
    /** Detail key: COS's request id of the failed HEAD Bucket, the id Tencent Cloud support asks for. */
    public static final String SERVICE_REQUEST_ID = "service.request.id";

    private final CosEndpoint endpoint;
    private final Consumer<CosHealthCheck> removal;

    /**
     * @param removal takes this check out of wherever it was registered
     */
    CosHealthCheck(String id, CosEndpoint endpoint, Consumer<CosHealthCheck> removal) {
        super("camel", id);
        this.endpoint = endpoint;
        this.removal = removal;
    }

    @Override
    public boolean isLiveness() {
        // an unreachable or misconfigured bucket says the application is not ready, not that it must be restarted
        return false;
    }

    void unregister() {
        removal.accept(this);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String bucket = endpoint.getConfiguration().getBucketName();
        builder.detail(BUCKET, bucket);
        builder.detail(ENDPOINT_URI, endpoint.toString());
        try {
            endpoint.getClient().headBucket(bucket);
            builder.up();
        } catch (RuntimeException e) {
            if (e instanceof CosServiceException se) {
                serviceDetails(builder, se);
            }
            builder.message("HEAD Bucket " + bucket + " failed: " + e.getMessage());
            builder.error(e);
            builder.down();
        }
    }

    private static void serviceDetails(HealthCheckResultBuilder builder, CosServiceException e) {
        builder.detail(SERVICE_STATUS_CODE, e.statusCode());
        if (e.errorCode() != null) {
            builder.detail(SERVICE_ERROR_CODE, e.errorCode());
        }
        if (e.requestId() != null) {
            builder.detail(SERVICE_REQUEST_ID, e.requestId());
        }
    }
}
