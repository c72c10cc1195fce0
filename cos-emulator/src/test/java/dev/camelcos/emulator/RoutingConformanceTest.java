package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that name no operation, signed and sent over HTTP: COS's error for them, and nothing changed. Which
 * operation every known request names is {@code OperationTableTest}'s.
 */
class RoutingConformanceTest {
    static final String BUCKET = "routing-1250000000";
    CosEmulator emulator;
    COSClient cos;
    RawCos raw;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
        raw = new RawCos(emulator);
        cos.putObject(BUCKET, "k", "kept");
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    private HttpResponse<String> signed(String method, String target, String path, Map<String, String> params)
            throws Exception {
        return raw.send(method, RawCos.virtualHost(BUCKET, emulator), target, path, params, Map.of(), new byte[0]);
    }

    private String read(String key) throws Exception {
        try (java.io.InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void assertMethodNotAllowed(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("<Code>MethodNotAllowed</Code>")
                .contains("<Message>The specified method is not allowed against this resource.</Message>");
    }

    @Test
    void aPostToAnObjectWithoutASubResourceIsNotAllowed() throws Exception {
        assertMethodNotAllowed(signed("POST", "/k", "/k", Map.of()));
        assertThat(read("k")).isEqualTo("kept");
    }

    @Test
    void aMethodASubResourceDoesNotTakeIsNotAllowedAndNeverReachesTheBucket() throws Exception {
        assertMethodNotAllowed(signed("DELETE", "/?versioning", "/", Map.of("versioning", "")));
        assertMethodNotAllowed(signed("POST", "/?cors", "/", Map.of("cors", "")));
        assertThat(cos.doesBucketExist(BUCKET)).isTrue();
        assertThat(read("k")).isEqualTo("kept");
    }

    @Test
    void putObjectAclIsAnsweredNotImplementedAndLeavesTheObject() throws Exception {
        HttpResponse<String> response = signed("PUT", "/k?acl", "/k", Map.of("acl", ""));
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.body()).contains("<Code>NotImplemented</Code>");
        assertThat(read("k")).isEqualTo("kept");
    }

    @Test
    void anUnsignedRequestIsRefusedForItsSignatureFirst() throws Exception {
        HttpResponse<String> response = raw.sendUnsigned("POST", RawCos.virtualHost(BUCKET, emulator), "/k", Map.of(),
                new byte[0]);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }
}
