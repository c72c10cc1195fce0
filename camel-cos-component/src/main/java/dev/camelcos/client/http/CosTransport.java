package dev.camelcos.client.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.CosCredentials;
import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.auth.CosSigner;
import dev.camelcos.client.model.CosDates;
import dev.camelcos.client.model.CosError;
import dev.camelcos.client.model.UploadForm;
import dev.camelcos.client.model.UploadFormRequest;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link CosRequest}s: signs each attempt, retries what may be retried, corrects the clock when COS says it is
 * skewed, turns error answers into {@link CosServiceException} and checks the CRC64 of what was uploaded. Thread-safe;
 * one per client, sharing one connection pool.
 */
public final class CosTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CosTransport.class);
    private static final int MAX_ERROR_BODY = 64 * 1024;
    /** Tolerates a server clock a little behind ours without asking it. */
    private static final long KEY_TIME_LEEWAY_SECONDS = 60;
    static final String CRC64_HEADER = "x-cos-hash-crc64ecma";

    private final OkHttpClient http;
    private final CosEndpoints endpoints;
    private final CosCredentialsProvider credentials;
    private final RetryPolicy retryPolicy;
    private final Duration signatureValidity;
    private final Clock clock;
    private final CosSigner signer = new CosSigner();
    /** Server time minus local time, learnt from a RequestTimeTooSkewed answer. */
    private final AtomicLong clockOffsetMillis = new AtomicLong();

    public CosTransport(CosClientConfig config) {
        this.endpoints = new CosEndpoints(config);
        this.credentials = config.credentialsProvider();
        this.retryPolicy = config.retryPolicy();
        this.signatureValidity = config.signatureValidity();
        this.clock = config.clock();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(config.maxConnections());
        dispatcher.setMaxRequestsPerHost(config.maxConnections());
        this.http = ProxyAndTrust.apply(new OkHttpClient.Builder(), config.proxy(), config.trustStore())
                .connectionPool(new ConnectionPool(config.maxConnections(), 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .followRedirects(false)
                .build();
    }

    public CosEndpoints endpoints() {
        return endpoints;
    }

    /** Sends the request and reads its answer; the response is closed afterwards. */
    public <T> T execute(CosRequest request, ResponseReader<T> reader) {
        return send(request, reader, false);
    }

    /**
     * Sends the request and returns the open, successful response: the caller streams its body and must close it.
     */
    public Response open(CosRequest request) {
        return send(request, response -> response, true);
    }

    private <T> T send(CosRequest request, ResponseReader<T> reader, boolean keepOpen) {
        boolean clockCorrected = false;
        int retry = 0;
        while (true) {
            CrcCountingBody body = request.body() == null ? null : new CrcCountingBody(request.body());
            Request httpRequest = build(request, body);
            Response response = null;
            request.attempted();
            try {
                response = http.newCall(httpRequest).execute();
                if (!response.isSuccessful()) {
                    throw serviceException(request, response);
                }
                verifyUploadCrc(request, body, response);
                T result = reader.read(response);
                if (!keepOpen) {
                    response.close();
                }
                return result;
            } catch (CosException e) {
                closeQuietly(response);
                if (e instanceof CosServiceException se && "RequestTimeTooSkewed".equals(se.errorCode())
                        && !clockCorrected && request.isRepeatable()) {
                    clockCorrected = true;
                    continue;
                }
                if (!e.isRetryable() || !request.isRepeatable() || retry >= retryPolicy.maxRetries()) {
                    throw e;
                }
                LOG.debug("Retrying {} after {}", request.describe(), e.getMessage());
            } catch (IOException e) {
                closeQuietly(response);
                if (!request.isRepeatable() || retry >= retryPolicy.maxRetries()) {
                    throw new CosClientException(request.describe() + " failed: " + describe(e)
                            + (request.isRepeatable() ? " (after " + attempts(retry + 1) + ")"
                                    : " (its body is a stream that cannot be sent again, so it was not retried)"),
                            e, request.isRepeatable());
                }
                LOG.debug("Retrying {} after {}", request.describe(), describe(e));
            } catch (RuntimeException e) {
                if (response == null) {
                    throw e;
                }
                closeQuietly(response);
                throw unreadableAnswer(request, e);
            }
            retry++;
            pause(retryPolicy.delayBefore(retry), request);
        }
    }

    /** An answer whose headers or body do not hold what COS puts there (a number that is not one...). */
    public static CosClientException unreadableAnswer(CosRequest request, RuntimeException e) {
        return new CosClientException(request.describe() + " got an answer it cannot read: "
                + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : ""), e, false);
    }

    /** A pre-signed URL: the signature travels in the query, valid for {@code expiry}. */
    public String presign(CosRequest request, Duration expiry) {
        if (expiry == null || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("link expiration must be a positive duration, was " + expiry);
        }
        HttpUrl url = endpoints.url(request.bucket(), request.key());
        CosCredentials creds = credentials.credentials();
        long now = now().getEpochSecond();
        Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.put("Host", hostHeader(url));
        request.headers().forEach((name, value) -> {
            if (CosSigner.isSigned(name)) {
                signed.put(name, value);
            }
        });
        CosSigner.Signature signature = signer.sign(creds, request.method(),
                endpoints.signedPath(request.bucket(), request.key()), request.params(), signed,
                now - KEY_TIME_LEEWAY_SECONDS, now + expiry.toSeconds());
        HttpUrl.Builder b = url.newBuilder();
        request.params().forEach(b::addQueryParameter);
        signature.pairs().forEach(b::addQueryParameter);
        if (creds.sessionToken() != null) {
            b.addQueryParameter(CosSigner.SECURITY_TOKEN, creds.sessionToken());
        }
        return b.build().toString();
    }

    /** Signs a browser form upload for {@code bucket}; nothing is sent. */
    public UploadForm uploadForm(UploadFormRequest form) {
        CosCredentials creds = credentials.credentials();
        long now = now().getEpochSecond();
        long end = now + form.getExpiration().toSeconds();
        String policy = form.policy(Instant.ofEpochSecond(end), creds.secretId());
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(signer.signPolicy(creds, policy, now - KEY_TIME_LEEWAY_SECONDS, end));
        return new UploadForm(endpoints.url(form.getBucket(), null).toString(), fields, Instant.ofEpochSecond(end));
    }

    private Request build(CosRequest request, CrcCountingBody body) {
        HttpUrl.Builder urlBuilder = endpoints.url(request.bucket(), request.key()).newBuilder();
        request.params().forEach(urlBuilder::addQueryParameter);
        HttpUrl url = urlBuilder.build();

        Instant now = now();
        Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.put("Host", hostHeader(url));
        Request.Builder http = new Request.Builder().url(url).header("Host", hostHeader(url))
                .header("Date", CosDates.rfc1123(now)).header("User-Agent", "camel-cos/1.0");
        request.headers().forEach((name, value) -> {
            http.header(name, value);
            if (CosSigner.isSigned(name)) {
                signed.put(name, value);
            }
        });
        CosCredentials creds = credentials.credentials();
        long epoch = now.getEpochSecond();
        CosSigner.Signature signature = signer.sign(creds, request.method(),
                endpoints.signedPath(request.bucket(), request.key()), request.params(), signed,
                epoch - KEY_TIME_LEEWAY_SECONDS, epoch + signatureValidity.toSeconds());
        http.header("Authorization", signature.authorization());
        if (creds.sessionToken() != null) {
            http.header(CosSigner.SECURITY_TOKEN, creds.sessionToken());
        }
        RequestBody requestBody = body;
        if (requestBody == null && (request.method().equals("PUT") || request.method().equals("POST"))) {
            requestBody = RequestBody.create(new byte[0]);
        }
        return http.method(request.method(), requestBody).build();
    }

    private Instant now() {
        return clock.instant().plusMillis(clockOffsetMillis.get());
    }

    private static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    private CosServiceException serviceException(CosRequest request, Response response) throws IOException {
        String requestId = response.header("x-cos-request-id");
        String traceId = response.header("x-cos-trace-id");
        CosError error = readError(response.body());
        if (error == null) {
            return new CosServiceException(response.code(), fallbackCode(request, response.code()),
                    fallbackMessage(request, response.code()), requestId, traceId, request.describe());
        }
        if ("RequestTimeTooSkewed".equals(error.getCode())) {
            learnClockOffset(response);
        }
        return new CosServiceException(response.code(), error.getCode(), error.getMessage(),
                error.getRequestId() != null ? error.getRequestId() : requestId,
                error.getTraceId() != null ? error.getTraceId() : traceId,
                error.getResource() != null ? error.getResource() : request.describe());
    }

    /** Turns an {@code <Error>} in a 200 answer (copy, complete) into the exception a status would give. */
    public static CosServiceException errorIn200(CosError error, Response response) {
        return new CosServiceException(response.code(), error.getCode(), error.getMessage(),
                error.getRequestId() != null ? error.getRequestId() : response.header("x-cos-request-id"),
                error.getTraceId(), error.getResource());
    }

    private static CosError readError(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try {
            BufferedSource source = body.source();
            source.request(MAX_ERROR_BODY);
            if (source.getBuffer().size() == 0) {
                return null;
            }
            byte[] bytes = source.getBuffer().snapshot(
                    (int) Math.min(source.getBuffer().size(), MAX_ERROR_BODY)).toByteArray();
            return CosXml.read(new java.io.ByteArrayInputStream(bytes)) instanceof CosError e ? e : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** HEAD answers carry no body, so the code comes from the status. */
    private static String fallbackCode(CosRequest request, int status) {
        return switch (status) {
            case 304 -> "NotModified";
            case 403 -> "AccessDenied";
            case 404 -> request.key() != null ? "NoSuchKey" : "NoSuchBucket";
            case 409 -> "Conflict";
            case 412 -> "PreconditionFailed";
            case 416 -> "InvalidRange";
            case 503 -> "ServiceUnavailable";
            default -> null;
        };
    }

    /** Without a body the user sees only the status, so say what it most likely means and what to check. */
    private static String fallbackMessage(CosRequest request, int status) {
        return switch (status) {
            case 403 -> "COS sent no details (" + request.method() + " answers without a body); most likely the"
                    + " SecretId/SecretKey are wrong or expired, the session token of temporary credentials is"
                    + " missing or expired, or the key has no permission on this bucket";
            case 404 -> request.key() != null ? "the object does not exist" : "the bucket does not exist in this region";
            default -> null;
        };
    }

    private void learnClockOffset(Response response) {
        Instant serverTime = CosDates.parse(response.header("Date"));
        if (serverTime != null) {
            long offset = serverTime.toEpochMilli() - clock.millis();
            clockOffsetMillis.set(offset);
            LOG.warn("COS says this machine's clock is off by {} s; signing with the server's time from now on",
                    offset / 1000);
        }
    }

    private static void verifyUploadCrc(CosRequest request, CrcCountingBody body, Response response) {
        String answered = response.header(CRC64_HEADER);
        if (body == null || answered == null || !request.method().equals("PUT")) {
            return;
        }
        long sent = body.crc();
        if (Crc64.parse(answered) != sent) {
            throw new CorruptedUploadException(request.describe() + " failed its integrity check: the CRC64 of the"
                    + " bytes sent is " + Crc64.format(sent) + " but COS stored " + answered);
        }
    }

    private static void pause(Duration delay, CosRequest request) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CosClientException(request.describe() + " was interrupted while waiting to retry", e, false);
        }
    }

    private static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }

    private static void closeQuietly(Response response) {
        if (response != null) {
            response.close();
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Reads a successful answer. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        T read(Response response) throws IOException;
    }

    /** Streams a {@link CosRequestBody} into OkHttp, computing the CRC64 of exactly what was written. */
    private static final class CrcCountingBody extends RequestBody {
        private final CosRequestBody body;
        private volatile long crc;

        CrcCountingBody(CosRequestBody body) {
            this.body = body;
        }

        long crc() {
            return crc;
        }

        @Override
        public MediaType contentType() {
            return null;
        }

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public boolean isOneShot() {
            return !body.isRepeatable();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            Crc64 crc64 = new Crc64();
            OutputStream out = new FilterOutputStream(sink.outputStream()) {
                @Override
                public void write(int b) throws IOException {
                    crc64.update(b);
                    super.out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    crc64.update(b, off, len);
                    super.out.write(b, off, len);
                }
            };
            body.writeTo(out);
            out.flush();
            crc = crc64.value();
        }
    }

    /** Wraps a download so that a body whose CRC64 differs from the one COS announced fails at its end. */
    public static InputStream checkingCrc(InputStream in, String expectedCrc, String what) {
        return expectedCrc == null ? in : new Crc64CheckingInputStream(in, Crc64.parse(expectedCrc), what);
    }
}
