package dev.camelcos.emulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;
import dev.camelcos.emulator.auth.Credential;
import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.auth.SignedRequest;
import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.handlers.HandlerContext;
import dev.camelcos.emulator.http.Router;
import dev.camelcos.emulator.store.DataDirectory;
import dev.camelcos.emulator.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the emulator's request parsing: addressing (Host header, path, percent-decoding), query strings, headers,
 * Authorization and the XML bodies behind them, by handing built requests straight to its {@link Router}; and the
 * signature verifier on its own.
 * <p>
 * Documented outcomes, the only ones allowed: the router answers every request with a status, never 500 (500 means
 * an exception nobody expected); {@link SignatureVerifier#verify} returns or throws {@link EmulatorError};
 * {@link UriCoding#decode} returns or throws {@link EmulatorError} (InvalidURI). A request target the JDK's own server
 * would refuse (not a URI) never reaches the emulator and is skipped. No input may hang.
 * <p>
 * In a normal build Jazzer runs only the seeds, so {@link #boundedGeneratedInputs()} feeds a bounded number of
 * generated inputs ({@code -Dreliability.fuzz.inputs=N}, default 1000 per target) through the same targets.
 */
class EmulatorRequestFuzzTest {
    private static final String BUCKET = "fuzz-1250000000";
    private static final String ID = "AKIDfuzz";
    private static final String KEY = "fuzz-secret";
    private static final int INPUTS = Integer.getInteger("reliability.fuzz.inputs", 1000);
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH", "get");
    private static final List<String> HOSTS = List.of("127.0.0.1:9000", BUCKET + ".cos.ap-guangzhou.myqcloud.com",
            "service.cos.myqcloud.com", "cos.ap-guangzhou.myqcloud.com", "[::1]:9000", "", "UPPER-1.cos.x.myqcloud.com");
    private static final List<String> SEGMENTS = List.of(BUCKET, "other-1250000000", "..", "%2e%2e", ".", "%", "%zz",
            "%2", "a%20b", "%00", "%E4%B8%AD", "%ff", "", "k", "dir", "x".repeat(900), "%2F");
    private static final List<String> PARAMS = List.of("uploads", "uploadId", "partNumber", "delete", "restore", "cors",
            "prefix", "marker", "max-keys", "delimiter", "encoding-type", "versionId", "response-content-type",
            "key-marker", "upload-id-marker", "max-uploads", "max-parts", "part-number-marker", "q-sign-algorithm",
            "q-ak", "q-sign-time", "q-key-time", "q-header-list", "q-url-param-list", "q-signature",
            "x-cos-security-token");
    private static final List<String> HEADERS = List.of("Content-MD5", "Range", "If-Match", "If-None-Match",
            "If-Modified-Since", "If-Unmodified-Since", "x-cos-copy-source", "x-cos-copy-source-range",
            "x-cos-copy-source-If-Match", "x-cos-metadata-directive", "x-cos-storage-class", "x-cos-acl",
            "x-cos-meta-a", "x-cos-server-side-encryption", "x-cos-server-side-encryption-customer-algorithm",
            "x-cos-server-side-encryption-customer-key", "x-cos-server-side-encryption-customer-key-MD5",
            "x-cos-forbid-overwrite", "Authorization", "Date", "x-cos-security-token", "Origin",
            "Access-Control-Request-Method", "Access-Control-Request-Headers", "Content-Type", "x-cos-tagging");
    private static final List<String> VALUES = List.of("", "0", "1", "-1", "10001", "99999999999999999999", "bytes=0-1",
            "bytes=5-2", "bytes=-", "url", "true", "AES256", "ARCHIVE", "NOPE", "private", "Replaced", "Copy",
            BUCKET + ".cos.ap-guangzhou.myqcloud.com/k", BUCKET + ".cos.ap-guangzhou.myqcloud.com/%zz", "1;2",
            "q-sign-algorithm=sha1&q-ak=" + ID + "&q-sign-time=0;1&q-key-time=x&q-header-list=&q-url-param-list=&q-signature=",
            "q-sign-algorithm=sha1", "Mon, 01 Jan 2024 00:00:00 GMT", "https://example.com", "GET", "/", "&&==");
    private static final List<String> ROOTS = List.of("Delete", "CompleteMultipartUpload", "CORSConfiguration",
            "RestoreRequest", "Other");
    private static final List<String> ELEMENTS = List.of("Object", "Key", "VersionId", "Quiet", "Part", "PartNumber",
            "ETag", "CORSRule", "AllowedOrigin", "AllowedMethod", "AllowedHeader", "ExposeHeader", "MaxAgeSeconds",
            "ID", "Days", "CASJobParameters", "Tier");

    /** Requests that got past the signature to an operation that succeeded: the generator must reach that deep. */
    private static final AtomicInteger SUCCEEDED = new AtomicInteger();
    private static Path data;
    private static Router router;
    private static SignatureVerifier verifier;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("emulator-fuzz");
        Store store = new Store(data, Clock.systemUTC());
        store.createBucket(BUCKET);
        verifier = new SignatureVerifier(List.of(Credential.permanent(ID, KEY)), Clock.systemUTC());
        router = new Router(new HandlerContext(store, Clock.systemUTC(), "ap-guangzhou", Duration.ZERO), verifier,
                request -> { });
    }

    @AfterAll
    static void stop() throws IOException {
        DataDirectory.deleteTree(data);
    }

    /** A whole request through addressing, limits, signature and the operation it names. */
    @FuzzTest(maxDuration = "60s")
    void requests(FuzzedDataProvider in) throws IOException {
        String method = in.pickValue(METHODS);
        StringBuilder path = new StringBuilder();
        int segments = in.consumeInt(0, 4);
        for (int i = 0; i < segments; i++) {
            path.append('/').append(in.consumeBoolean() ? in.pickValue(SEGMENTS) : in.consumeAsciiString(12));
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        int params = in.consumeInt(0, 4);
        for (int i = 0; i < params; i++) {
            query.add(new SimpleEntry<>(in.pickValue(PARAMS), in.consumeBoolean() ? in.pickValue(VALUES) : in.consumeAsciiString(10)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", in.pickValue(HOSTS));
        int count = in.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String value = in.consumeBoolean() ? in.pickValue(VALUES) : in.consumeAsciiString(40);
            headers.put(in.pickValue(HEADERS), value.replaceAll("[\r\n]", ""));
        }
        byte[] body = body(in);
        URI uri;
        try {
            uri = new URI((path.length() == 0 ? "/" : path.toString()) + queryString(query));
        } catch (URISyntaxException refusedByTheJdkServer) {
            return;
        }
        if (in.consumeBoolean()) {
            sign(method, uri, query, headers);
        }
        FakeExchange exchange = new FakeExchange(method, uri, headers, body);
        router.handle(exchange);
        assertThat(exchange.status()).as("status for %s %s %s", method, uri, headers).isBetween(200, 499);
        if (exchange.status() < 300) {
            SUCCEEDED.incrementAndGet();
        }
    }

    /** The signature verifier alone, with arbitrary Authorization headers and query signatures. */
    @FuzzTest(maxDuration = "60s")
    void authorization(FuzzedDataProvider in) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", in.pickValue(HOSTS));
        if (in.consumeBoolean()) {
            headers.put("date", in.pickValue(VALUES));
        }
        StringBuilder auth = new StringBuilder();
        int pairs = in.consumeInt(0, 8);
        for (int i = 0; i < pairs; i++) {
            auth.append(i == 0 ? "" : "&").append(in.pickValue(PARAMS)).append('=')
                    .append(in.consumeBoolean() ? in.pickValue(VALUES) : in.consumeAsciiString(30));
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (in.consumeBoolean()) {
            headers.put("authorization", auth.toString());
        } else {
            for (String pair : auth.toString().split("&")) {
                int eq = pair.indexOf('=');
                query.add(new SimpleEntry<>(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1)));
            }
        }
        try {
            verifier.verify(new SignedRequest(in.pickValue(METHODS), "/" + in.consumeAsciiString(20), headers, query));
        } catch (EmulatorError documented) {
            // refused with the error COS would answer
        }
        try {
            UriCoding.decode(in.consumeRemainingAsAsciiString());
        } catch (EmulatorError documented) {
            // InvalidURI
        }
    }

    @Test
    void boundedGeneratedInputs() {
        run(in -> {
            try {
                requests(in);
            } catch (IOException e) {
                throw new AssertionError("the router threw", e);
            }
        }, 1);
        run(this::authorization, 2);
        assertThat(SUCCEEDED).as("generated requests that an operation accepted").hasPositiveValue();
    }

    private static void run(Consumer<FuzzedDataProvider> target, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = new byte[random.nextInt(4096)];
            random.nextBytes(input);
            String what = "target " + seed + ", input " + i;
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(input)) {
                    target.accept(data);
                } catch (RuntimeException | Error e) {
                    throw new AssertionError(what + " threw " + e, e);
                }
            }, what);
        }
    }

    private static byte[] body(FuzzedDataProvider in) {
        if (in.consumeBoolean()) {
            return in.consumeBytes(2048);
        }
        StringBuilder xml = new StringBuilder();
        String root = in.pickValue(ROOTS);
        xml.append('<').append(root).append('>');
        int children = in.consumeInt(0, 6);
        for (int i = 0; i < children; i++) {
            String name = in.pickValue(ELEMENTS);
            String inner = in.consumeBoolean() ? in.pickValue(VALUES)
                    : "<" + in.pickValue(ELEMENTS) + ">" + in.consumeAsciiString(20) + "</" + in.pickValue(ELEMENTS) + ">";
            xml.append('<').append(name).append('>').append(inner).append("</").append(name).append('>');
        }
        xml.append("</").append(root).append('>');
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String queryString(List<Map.Entry<String, String>> query) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : query) {
            q.append(q.length() == 0 ? "?" : "&").append(e.getKey());
            if (!e.getValue().isEmpty()) {
                q.append('=').append(e.getValue());
            }
        }
        return q.toString();
    }

    /** Signs with the official SDK, so that many inputs get past the signature check and reach the operations. */
    private static void sign(String method, URI uri, List<Map.Entry<String, String>> query, Map<String, String> headers) {
        HttpMethodName name;
        String path;
        try {
            name = HttpMethodName.valueOf(method);
            path = UriCoding.decode(uri.getRawPath());
        } catch (IllegalArgumentException | EmulatorError unsignable) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : query) {
            try {
                params.putIfAbsent(UriCoding.decode(e.getKey()), UriCoding.decode(e.getValue()));
            } catch (EmulatorError unsignable) {
                return;
            }
        }
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.remove("Authorization");
        headers.put("Authorization", new COSSigner().buildAuthorizationStr(name, path, signed, params,
                new BasicCOSCredentials(ID, KEY), new Date(System.currentTimeMillis() + 600_000)));
    }
}
