package dev.camelcos.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosException;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.ObjectMetadata;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link CosRequest}s through OkHttp and a chain of interceptors, closest to the caller first: retry by policy,
 * documents read whole, errors mapped, clock skew corrected, concurrency bounded, each attempt signed, the upload's
 * CRC64 checked. Thread-safe; one per client, sharing one connection pool.
 */
public final class CosTransport implements AutoCloseable {

    private final OkHttpClient http;
    private final CosEndpoints endpoints;
    private final RequestSigner signer;
    private final ConcurrencyLimitInterceptor concurrencyLimit;
    private final Presigner presigner;

    public CosTransport(CosClientConfig config) {
        this.endpoints = new CosEndpoints(config);
        this.signer = new RequestSigner(endpoints, config.credentialsProvider(), new ServerClock(config.clock()));
        this.concurrencyLimit = new ConcurrencyLimitInterceptor(config.maxConnections());
        this.presigner = new Presigner(endpoints, signer);
        ConnectionPool pool = new ConnectionPool(config.maxConnections(), 5, TimeUnit.MINUTES);
        this.http = ProxyAndTrust.apply(new OkHttpClient.Builder(), config.proxy(), config.trustStore())
                .connectionPool(pool)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .followRedirects(false)
                .retryOnConnectionFailure(false)
                .addInterceptor(new RetryInterceptor(config.retryPolicy(), pool::evictAll))
                .addInterceptor(new BufferedAnswerInterceptor())
                .addInterceptor(new ErrorMappingInterceptor())
                .addInterceptor(new ClockSkewInterceptor(signer.clock()))
                .addInterceptor(concurrencyLimit)
                .addInterceptor(new SigningInterceptor(signer, config.signatureValidity()))
                .addInterceptor(new UploadCrcInterceptor())
                .build();
    }

    public CosEndpoints endpoints() {
        return endpoints;
    }

    /** Sends the request and reads its answer, read whole before the reader sees it; the response is closed. */
    public <T> T execute(CosRequest request, ResponseReader<T> reader) {
        try (Response response = send(request)) {
            return reader.read(response);
        } catch (CosException e) {
            throw e;
        } catch (IOException e) {
            throw failed(request, e);
        } catch (RuntimeException e) {
            throw unreadableAnswer(request, e);
        }
    }

    /**
     * Sends the request and returns the open, successful response: the caller streams its body and must close it.
     */
    public Response open(CosRequest request) {
        return send(request.streamingAnswer());
    }

    private Response send(CosRequest request) {
        try {
            return http.newCall(toHttp(request)).execute();
        } catch (IOException e) {
            throw failed(request, e);
        } catch (CosException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadableAnswer(request, e);
        }
    }

    private Request toHttp(CosRequest request) {
        HttpUrl.Builder url = endpoints.url(request.bucket(), request.key()).newBuilder();
        request.params().forEach(url::addQueryParameter);
        HttpUrl built = url.build();
        Request.Builder builder = new Request.Builder().url(built).tag(CosRequest.class, request)
                .header("Host", CosEndpoints.hostHeader(built)).header("User-Agent", "camel-cos/1.0");
        request.headers().forEach(builder::header);
        RequestBody body = request.body() != null ? new OkHttpBody(request)
                : request.method().equals("PUT") || request.method().equals("POST") ? RequestBody.create(new byte[0])
                : null;
        return builder.method(request.method(), body).build();
    }

    private static CosClientException failed(CosRequest request, IOException e) {
        String attempts = request.attempts() == 1 ? "1 attempt" : request.attempts() + " attempts";
        return new CosClientException(request.describe() + " failed: " + describe(e)
                + (request.canBeSentAgain() || request.attempts() > 1 ? " (after " + attempts + ")"
                        : " (its body is a stream that cannot be sent again, so it was not retried)"),
                e, request.isRepeatable());
    }

    /** An answer whose headers or body do not hold what COS puts there (a number that is not one...). */
    public static CosClientException unreadableAnswer(CosRequest request, RuntimeException e) {
        return new CosClientException(request.describe() + " got an answer it cannot read: "
                + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : ""), e, false);
    }

    /** Signs links and browser forms with this transport's credentials and clock; nothing is sent. */
    public Presigner presigner() {
        return presigner;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }

    /** Requests in flight now, as bounded by {@code maxConnections}. */
    public int inFlight() {
        return concurrencyLimit.inFlight();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** The document of an answer read with {@link #execute}, of the type the operation expects. */
    public static <T> T document(Response response, Class<T> type) throws IOException {
        Object document = CosRequest.from(response.request()).document();
        if (!type.isInstance(document)) {
            throw new IOException("COS answered " + (document == null ? "no XML document"
                    : document.getClass().getSimpleName()) + " where " + type.getSimpleName() + " was expected");
        }
        return type.cast(document);
    }

    /** The metadata an answer's headers carry. */
    public static ObjectMetadata metadata(Response response) {
        Headers headers = response.headers();
        List<String> names = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            names.add(headers.name(i));
        }
        return ObjectMetadata.fromHeaders(headers::get, names);
    }

    /** Wraps a download so that a body whose CRC64 differs from the one COS announced fails at its end. */
    public static InputStream checkingCrc(InputStream in, String expectedCrc, String what) {
        return expectedCrc == null ? in : new Crc64CheckingInputStream(in, Crc64.parse(expectedCrc), what);
    }

    /** Reads a successful answer. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        T read(Response response) throws IOException;
    }
}
