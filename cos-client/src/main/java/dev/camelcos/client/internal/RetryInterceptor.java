package dev.camelcos.client.internal;

import java.io.IOException;

import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosException;
import dev.camelcos.client.RetryPolicy;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's only retry layer (OkHttp's own connection-failure retry is off): sends a failed request again as
 * the policy allows, when its failure may pass and the request can be sent again, with backoff between attempts.
 * {@code maxRetries} 0 means one attempt.
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;
    private final Runnable dropIdleConnections;

    /**
     * @param dropIdleConnections closes the pool's idle connections: after a connection failed, those kept as long
     *                            are likely dead too (a server that closed them when idle, or restarted), and a
     *                            retry on one of them would fail again
     */
    RetryInterceptor(RetryPolicy policy, Runnable dropIdleConnections) {
        this.policy = policy;
        this.dropIdleConnections = dropIdleConnections;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CosRequest request = CosRequest.from(chain.request());
        for (int retry = 1; ; retry++) {
            try {
                return chain.proceed(chain.request());
            } catch (IOException | CosException e) {
                boolean mayPass = !(e instanceof CosException cos) || cos.isRetryable();
                if (!mayPass || retry > policy.maxRetries() || !request.canBeSentAgain()) {
                    throw e;
                }
                LOG.debug("Retrying {} after {}", request.describe(), e.toString());
                if (e instanceof IOException) {
                    dropIdleConnections.run();
                }
            }
            pause(request, retry);
        }
    }

    private void pause(CosRequest request, int retry) {
        try {
            Thread.sleep(policy.delayBefore(retry).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CosClientException(request.describe() + " was interrupted while waiting to retry", e, false);
        }
    }
}
