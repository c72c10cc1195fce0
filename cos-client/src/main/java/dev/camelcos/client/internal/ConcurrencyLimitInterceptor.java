package dev.camelcos.client.internal;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelcos.client.CosClientException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the requests one client has in flight, counting each from its sending until its answer's body is closed:
 * a streamed download holds its connection as long as it is read. OkHttp's own limits bound only asynchronous calls
 * and idle connections, so without this {@code maxConnections} would cap nothing.
 */
final class ConcurrencyLimitInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyLimitInterceptor.class);
    private static final long WARN_AFTER_SECONDS = 30;

    private final int limit;
    private final Semaphore permits;

    ConcurrencyLimitInterceptor(int limit) {
        this.limit = limit;
        this.permits = new Semaphore(limit, true);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        acquire(CosRequest.from(chain.request()));
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        try {
            Response response = chain.proceed(chain.request());
            return response.newBuilder().body(new ReleasingBody(response.body(), release)).build();
        } catch (IOException | RuntimeException | Error e) {
            release.run();
            throw e;
        }
    }

    /** Requests in flight now; for tests and diagnostics. */
    int inFlight() {
        return limit - permits.availablePermits();
    }

    private void acquire(CosRequest request) {
        try {
            // a long wait is legitimate (large parts on a slow link) but also what a stream never closed looks like
            while (!permits.tryAcquire(WARN_AFTER_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} has waited {} s for one of the client's {} connections (maxConnections); are object"
                         + " streams left open?", request.describe(), WARN_AFTER_SECONDS, limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CosClientException(request.describe() + " was interrupted while waiting for a connection",
                    e, false);
        }
    }

    /** Gives the permit back when the body is closed, once, however often close is called. */
    private static final class ReleasingBody extends ResponseBody {
        private final ResponseBody body;
        private final BufferedSource source;
        private final Runnable release;

        ReleasingBody(ResponseBody body, Runnable release) {
            this.body = body;
            this.release = release;
            this.source = Okio.buffer(new ForwardingSource(body.source()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        release.run();
                    }
                }
            });
        }

        @Override
        public okhttp3.MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }

        @Override
        public void close() {
            try {
                body.close();
            } finally {
                release.run();
            }
        }
    }
}
