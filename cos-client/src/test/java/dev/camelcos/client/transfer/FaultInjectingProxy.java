package dev.camelcos.client.transfer;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * An HTTP proxy in front of the emulator that forwards every request unchanged (Host header included, so signatures
 * still match) unless a fault says otherwise: answer an error instead, or change the emulator's answer. Records the
 * requests it forwarded successfully.
 */
final class FaultInjectingProxy implements AutoCloseable {

    private record Fault(Predicate<RecordedRequest> when, UnaryOperator<MockResponse> answer, boolean forward) {
    }

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private final HttpUrl target;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> forwarded = new CopyOnWriteArrayList<>();

    FaultInjectingProxy(String emulatorEndpoint) throws IOException {
        this.target = HttpUrl.get(emulatorEndpoint);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Requests matching {@code when} get a COS error answer instead of reaching the emulator. */
    void fail(Predicate<RecordedRequest> when, int status, String code) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>injected by"
                + " the test</Message><RequestId>proxy</RequestId></Error>";
        faults.add(new Fault(when, ignored -> new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/xml").setBody(xml), false));
    }

    /** The emulator's answer to requests matching {@code when} is changed by {@code change}. */
    void rewrite(Predicate<RecordedRequest> when, UnaryOperator<MockResponse> change) {
        faults.add(new Fault(when, change, true));
    }

    void clearFaults() {
        faults.clear();
    }

    /** The requests the emulator answered successfully through this proxy. */
    List<RecordedRequest> forwarded() {
        return List.copyOf(forwarded);
    }

    static Predicate<RecordedRequest> partNumber(int n) {
        return r -> String.valueOf(n).equals(r.getRequestUrl().queryParameter("partNumber"));
    }

    static Predicate<RecordedRequest> method(String method) {
        return r -> method.equals(r.getMethod());
    }

    private MockResponse answer(RecordedRequest request) {
        Fault fault = faults.stream().filter(f -> f.when().test(request)).findFirst().orElse(null);
        if (fault != null && !fault.forward()) {
            return fault.answer().apply(null);
        }
        MockResponse response = forward(request);
        return fault == null ? response : fault.answer().apply(response);
    }

    private MockResponse forward(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl().newBuilder().scheme(target.scheme()).host(target.host())
                .port(target.port()).build();
        boolean hasBody = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
        RequestBody body = hasBody ? RequestBody.create(request.getBody().readByteArray(),
                MediaType.parse(String.valueOf(request.getHeader("Content-Type")))) : null;
        Request.Builder forwardRequest = new Request.Builder().url(url).method(request.getMethod(), body);
        request.getHeaders().forEach(h -> {
            if (!h.getFirst().equalsIgnoreCase("Content-Length")) {
                forwardRequest.header(h.getFirst(), h.getSecond());
            }
        });
        try (Response response = http.newCall(forwardRequest.build()).execute()) {
            MockResponse mock = new MockResponse().setResponseCode(response.code());
            Buffer content = new Buffer().write(response.body().bytes());
            if (!request.getMethod().equals("HEAD")) {
                mock.setBody(content);
            }
            response.headers().forEach(h -> {
                boolean framing = h.getFirst().equalsIgnoreCase("Transfer-Encoding")
                        || h.getFirst().equalsIgnoreCase("Content-Length") && !request.getMethod().equals("HEAD");
                if (!framing) {
                    mock.addHeader(h.getFirst(), h.getSecond());
                }
            });
            if (response.isSuccessful()) {
                forwarded.add(request);
            }
            return mock;
        } catch (IOException e) {
            return new MockResponse().setResponseCode(502).setBody("proxy could not reach the emulator: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
