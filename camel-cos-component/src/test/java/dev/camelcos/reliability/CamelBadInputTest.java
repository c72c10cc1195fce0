package dev.camelcos.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.component.EmulatorRouteTestSupport;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.emulator.CosEmulator;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static dev.camelcos.reliability.FaultBench.SECRET_ID;
import static dev.camelcos.reliability.FaultBench.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad input across URI options, headers and bodies, each through a real route: it fails with an error that names
 * the value and the rule it breaks, client-side ones before any request is sent, and nothing is written. The
 * inputs and the messages they produced are written to {@code target/reliability-bad-input.md} for
 * docs/reliability.md.
 */
class CamelBadInputTest extends CamelTestSupport {

    private static final String IN = "direct:cos";
    private static final String TOKEN_ID = "AKIDsession";
    private static final String TOKEN_KEY = "session-secret-key";
    private static final String TOKEN = "session-token-value";
    private static final Map<String, String> MESSAGES = new ConcurrentHashMap<>();

    private static CosEmulator emulator;
    /** Its clock runs 20 minutes ahead of ours; its session credentials expired 10 minutes ago by that clock. */
    private static CosEmulator skewed;
    private static CosClient direct;
    private static CosClient directSkewed;

    @BeforeAll
    static void startEmulators() {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start();
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
        skewed = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).clock(ahead)
                .sessionCredentials(TOKEN_ID, TOKEN_KEY, TOKEN, Instant.now().plus(Duration.ofMinutes(10)))
                .bucket(BUCKET).start();
        direct = client(emulator);
        directSkewed = client(skewed);
    }

    private static CosClient client(CosEmulator target) {
        return new CosClient(CosClientConfig.builder().region(target.region()).endpoint(target.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY)).build());
    }

    @AfterAll
    static void stopEmulators() throws IOException {
        direct.close();
        directSkewed.close();
        emulator.close();
        skewed.close();
        writeTable();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return EmulatorRouteTestSupport.pointAt(super.createCamelContext(), emulator, SECRET_ID, SECRET_KEY);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(IN).to("cos:" + BUCKET);
            }
        };
    }

    /** How a bad input is tried: answers what it threw, or null when it did not fail. */
    @FunctionalInterface
    interface Attempt {
        Throwable run(CamelBadInputTest test) throws Exception;
    }

    static Stream<Arguments> badInputs() {
        String big = "v".repeat(2100);
        String longKey = "k".repeat(851);
        String skewedUri = "cos:" + BUCKET + "?endpoint=" + "SKEWED" + "&operation=putObject&keyName=bad/skewed";
        List<Arguments> rows = new ArrayList<>(List.of(
                // URI options, refused when the endpoint is created
                uri("cos:Bad_Bucket-1250000000", "Bad_Bucket-1250000000"),
                uri("cos:nobucketappid", "nobucketappid", "BucketName-APPID"),
                uri("cos:" + BUCKET + "?region=AP_Guangzhou", "region", "AP_Guangzhou"),
                uri("cos:" + BUCKET + "?region=ap--x", "region", "ap--x"),
                uri("cos:" + BUCKET + "?endpoint=ftp://host", "endpoint", "ftp://host"),
                uri("cos:" + BUCKET + "?endpoint=http://host/some/path", "endpoint", "http://host/some/path"),
                uri("cos:" + BUCKET + "?storageClass=GLACIER", "storageClass", "GLACIER"),
                uri("cos:" + BUCKET + "?acl=world-writable", "acl", "world-writable"),
                uri("cos:" + BUCKET + "?serverSideEncryption=rot13", "serverSideEncryption", "rot13"),
                uri("cos:" + BUCKET + "?operation=explodeObject", "operation", "explodeObject"),
                uri("cos:" + BUCKET + "?maxConnections=0", "maxConnections", "0"),
                uri("cos:" + BUCKET + "?maxRetries=-1", "maxRetries", "-1"),
                uri("cos:" + BUCKET + "?partSize=1", "partSize", "1"),
                uri("cos:" + BUCKET + "?multipartThreshold=-1", "multipartThreshold", "-1"),
                uri("cos:" + BUCKET + "?uploadConcurrency=0", "uploadConcurrency", "0"),
                uri("cos:" + BUCKET + "?readTimeout=-5", "readTimeout", "-5"),
                uri("cos:" + BUCKET + "?kmsKeyId=key-1", "kmsKeyId", "cos/kms"),
                uri("cos:" + BUCKET + "?serverSideEncryption=AES256&customerSecretKey=MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=",
                        "customerSecretKey", "serverSideEncryption"),
                consumer("cos:" + BUCKET + "?listPageSize=0", "listPageSize", "0"),
                consumer("cos:" + BUCKET + "?prefix=/absolute/", "prefix", "/absolute/"),
                consumer("cos:" + BUCKET + "?moveAfterRead=true", "destinationPrefix", "consumed again"),
                consumer("cos:" + BUCKET + "?include=[unclosed", "include", "[unclosed"),
                consumer("cos:" + BUCKET + "?restoreArchived=true&restoreArchivedDays=0", "restoreArchivedDays", "0"),

                // headers and bodies, refused before any request
                header("key empty", CosOperation.putObject, "x", Map.of(CosConstants.KEY, ""), "key"),
                header("key starting with /", CosOperation.putObject, "x", Map.of(CosConstants.KEY, "/abs"), "'/abs'",
                        "must not start with '/'"),
                header("key of 851 bytes", CosOperation.putObject, "x", Map.of(CosConstants.KEY, longKey), "851",
                        "850"),
                header("null body for putObject", CosOperation.putObject, null, Map.of(), "putObject",
                        "body is null"),
                header("negative content length", CosOperation.putObject, new ByteArrayInputStream(new byte[3]),
                        Map.of(CosConstants.BODY_LENGTH, -5L), CosConstants.BODY_LENGTH, "-5"),
                header("part number 0", CosOperation.uploadPart, "x", Map.of(CosConstants.UPLOAD_ID, "u",
                        CosConstants.PART_NUMBER, 0), CosConstants.PART_NUMBER, "part number 0", "1..10000"),
                header("part number 10001", CosOperation.uploadPart, "x", Map.of(CosConstants.UPLOAD_ID, "u",
                        CosConstants.PART_NUMBER, 10001), CosConstants.PART_NUMBER, "10001", "1..10000"),
                header("range bytes=5-2", CosOperation.getObject, null, Map.of(CosConstants.RANGE, "bytes=5-2"),
                        CosConstants.RANGE, "'bytes=5-2'", "first <= last"),
                header("restore days 0", CosOperation.restoreObject, null, Map.of(CosConstants.RESTORE_DAYS, 0),
                        CosConstants.RESTORE_DAYS, "0"),
                header("negative link expiration", CosOperation.createDownloadLink, null,
                        Map.of(CosConstants.LINK_EXPIRATION, -60), CosConstants.LINK_EXPIRATION, "-60"),
                header("more than 2 KB of metadata", CosOperation.putObject, "x",
                        Map.of(CosConstants.METADATA, Map.of("big", big)), CosConstants.METADATA, "2048"),
                header("metadata name COS refuses", CosOperation.putObject, "x",
                        Map.of(CosConstants.METADATA, Map.of("bad name", "v")), CosConstants.METADATA, "'bad name'"),
                header("metadata value not ASCII", CosOperation.putObject, "x",
                        Map.of(CosConstants.METADATA, Map.of("city", "Zürich")), CosConstants.METADATA, "city",
                        "ASCII"),
                header("unknown storage class", CosOperation.putObject, "x",
                        Map.of(CosConstants.OVERRIDE_STORAGE_CLASS, "GLACIER"), CosConstants.OVERRIDE_STORAGE_CLASS,
                        "GLACIER"),
                header("unknown ACL", CosOperation.putObject, "x", Map.of(CosConstants.ACL, "world-writable"),
                        CosConstants.ACL, "'world-writable'"),
                header("unknown operation", null, "x", Map.of(CosConstants.OPERATION, "explodeObject"),
                        "explodeObject", "valid values"),
                header("empty key list for deleteObjects", CosOperation.deleteObjects, null,
                        Map.of(CosConstants.KEYS_TO_DELETE, List.of()), "empty"),
                header("invalid bucket name in a header", CosOperation.putObject, "x",
                        Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "Bad_Bucket-1"), CosConstants.OVERRIDE_BUCKET_NAME,
                        "'Bad_Bucket-1'"),
                header("unparsable If-Modified-Since", CosOperation.getObject, null,
                        Map.of(CosConstants.IF_MODIFIED_SINCE, "yesterday"), CosConstants.IF_MODIFIED_SINCE,
                        "'yesterday'"),
                header("max keys 1001", CosOperation.listObjects, null, Map.of(CosConstants.MAX_KEYS, 1001),
                        CosConstants.MAX_KEYS, "1001"),
                header("body of a type no upload can send", CosOperation.putObject, new Object(), Map.of(),
                        "putObject", "cannot send a body of type"),

                // refused by COS itself: sent, but nothing written
                server("wrong secret key", "cos:" + BUCKET + "?operation=putObject&keyName=bad/wrong-key"
                        + "&secretKey=not-the-secret", "403", "SignatureDoesNotMatch"),
                server("unknown secret id", "cos:" + BUCKET + "?operation=putObject&keyName=bad/unknown-id"
                        + "&secretId=AKIDnobody", "403", "InvalidAccessKeyId"),
                server("expired session token", skewedUri + "&secretId=" + TOKEN_ID + "&secretKey=" + TOKEN_KEY
                        + "&sessionToken=" + TOKEN, "400", "ExpiredToken")));
        return rows.stream();
    }

    private static Arguments uri(String uri, String... expected) {
        return arguments("URI " + uri, (Attempt) t -> t.endpoint(uri), List.of(expected), false);
    }

    private static Arguments consumer(String uri, String... expected) {
        return arguments("consumer URI " + uri, (Attempt) t -> t.consumer(uri), List.of(expected), false);
    }

    private static Arguments header(String what, CosOperation operation, Object body, Map<String, Object> headers,
            String... expected) {
        return arguments(what, (Attempt) t -> t.send(operation, body, headers), List.of(expected), false);
    }

    private static Arguments server(String what, String uri, String... expected) {
        return arguments(what, (Attempt) t -> t.sendTo(uri.replace("SKEWED", skewed.endpoint())),
                List.of(expected), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void failsNamingTheValueAndTheRuleAndWritesNothing(String input, Attempt attempt, List<String> expected,
            boolean sentToCos) throws Exception {
        int objectsBefore = objectCount();
        emulator.clearRequests();
        skewed.clearRequests();

        Throwable failure = attempt.run(this);

        assertThat(failure).as("failure for " + input).isNotNull();
        Class<? extends Throwable> type = sentToCos ? CosServiceException.class : IllegalArgumentException.class;
        String message = messageNaming(failure, type, expected);
        assertThat(message).as("a %s in the causes of %s naming %s", type.getSimpleName(), failure, expected)
                .isNotNull();
        MESSAGES.put(input, message);
        if (!sentToCos) {
            assertThat(emulator.requests()).as("requests sent for " + input).isEmpty();
            assertThat(skewed.requests()).isEmpty();
        }
        assertThat(objectCount()).as("objects after " + input).isEqualTo(objectsBefore);
    }

    @Test
    void aClockTwentyMinutesOffIsCorrectedOnceAndTheWriteSucceeds() {
        skewed.clearRequests();
        Exchange done = template.send("cos:" + BUCKET + "?endpoint=" + skewed.endpoint()
                + "&operation=putObject&keyName=skew/ok", e -> e.getMessage().setBody("written"));
        assertThat(done.getException()).isNull();
        assertThat(skewed.requests()).extracting(r -> r.method() + " " + r.key())
                .containsExactly("PUT skew/ok", "PUT skew/ok");
        MESSAGES.put("clock 20 minutes off (no error: corrected)", "first request refused with 403"
                + " RequestTimeTooSkewed; the client takes the server's Date, logs a WARN naming the offset and"
                + " signs again: the write succeeds");
    }

    // ---- attempts

    private Throwable endpoint(String uri) {
        try {
            context.getEndpoint(uri);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private Throwable consumer(String uri) {
        Consumer consumer = null;
        try {
            Endpoint endpoint = context.getEndpoint(uri);
            consumer = endpoint.createConsumer(exchange -> { });
            ServiceHelper.startService(consumer);
            return null;
        } catch (Exception e) {
            return e;
        } finally {
            ServiceHelper.stopService(consumer);
        }
    }

    private Throwable send(CosOperation operation, Object body, Map<String, Object> headers) {
        Exchange result = template.send(IN, exchange -> {
            Map<String, Object> all = new HashMap<>(headers);
            all.putIfAbsent(CosConstants.KEY, "bad/input");
            if (operation != null) {
                all.put(CosConstants.OPERATION, operation);
            }
            exchange.getMessage().setHeaders(all);
            exchange.getMessage().setBody(body);
        });
        return result.getException();
    }

    private Throwable sendTo(String uri) {
        return template.send(uri, exchange -> exchange.getMessage().setBody("must not be written"))
                .getException();
    }

    // ---- helpers

    /** Objects in both emulators' buckets. */
    private static int objectCount() {
        int n = 0;
        for (CosClient client : List.of(direct, directSkewed)) {
            for (var ignored : client.listAllObjects(new ListObjectsRequest(BUCKET))) {
                n++;
            }
        }
        return n;
    }

    /** The message of the first {@code type} in the chain of causes that contains every expected fragment. */
    private static String messageNaming(Throwable failure, Class<? extends Throwable> type, List<String> expected) {
        boolean typed = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            typed |= type.isInstance(t);
            if (t.getMessage() != null && expected.stream().allMatch(t.getMessage()::contains)) {
                return typed || hasCause(t, type) ? t.getMessage() : null;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void writeTable() throws IOException {
        String table = MESSAGES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "| " + e.getKey().replace("|", "\\|") + " | " + e.getValue().replace("|", "\\|")
                        .replace("\n", " ") + " |")
                .collect(Collectors.joining("\n", "| bad input | error |\n| --- | --- |\n", "\n"));
        Path target = Path.of("target", "reliability-bad-input.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, table, StandardCharsets.UTF_8);
    }
}
