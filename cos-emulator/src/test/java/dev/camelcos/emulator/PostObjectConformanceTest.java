package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.model.ObjectMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST Object: a browser's form upload, posted by a plain HTTP client, its policy signed by the SDK's signer. */
class PostObjectConformanceTest {
    static final String BUCKET = "forms-1250000000";
    static final String BOUNDARY = "----cosFormBoundary7MA4YWxkTrZu0gW";
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    private static String policy(Instant expiration, String conditions) {
        return "{\"expiration\": \"" + expiration + "\", \"conditions\": [" + conditions + "]}";
    }

    /** The signed fields for a policy, as the component (or a server of the user's) would hand them to a browser. */
    private Map<String, String> signedFields(String policy, String secretKey) {
        long now = Instant.now().getEpochSecond();
        String keyTime = (now - 60) + ";" + (now + 3600);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("policy", Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.UTF_8)));
        fields.put("q-sign-algorithm", "sha1");
        fields.put("q-ak", emulator.secretId());
        fields.put("q-key-time", keyTime);
        fields.put("q-signature", new COSSigner().buildPostObjectSignature(secretKey, keyTime, policy));
        return fields;
    }

    private HttpResponse<String> post(Map<String, String> fields, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Host", RawCos.virtualHost(BUCKET, emulator))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String read(String key) throws IOException {
        try (InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSignedFormUploadsTheFileUnderItsKey() throws Exception {
        String policy = policy(Instant.now().plusSeconds(600), "{\"bucket\": \"" + BUCKET + "\"}, "
                + "[\"starts-with\", \"$key\", \"uploads/\"], [\"content-length-range\", 1, 1024], "
                + "[\"eq\", \"$x-cos-meta-source\", \"browser\"], {\"success_action_status\": \"201\"}");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "uploads/${filename}");
        fields.put("x-cos-meta-source", "browser");
        fields.put("success_action_status", "201");
        fields.putAll(signedFields(policy, emulator.secretKey()));
        // the boundary's characters inside the content must not end the file early
        byte[] content = ("line one\r\n--" + BOUNDARY.substring(0, 10) + " not the end\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> posted = post(fields, "report 1.txt", content);

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(posted.body()).contains("<Bucket>" + BUCKET + "</Bucket>").contains("<Key>uploads/report 1.txt</Key>");
        assertThat(read("uploads/report 1.txt")).isEqualTo(new String(content, StandardCharsets.UTF_8));
        ObjectMetadata meta = cos.getObjectMetadata(BUCKET, "uploads/report 1.txt");
        assertThat(meta.getUserMetadata()).containsEntry("source", "browser");
        assertThat(meta.getContentType()).isEqualTo("text/plain");
        assertThat(posted.headers().firstValue("ETag")).hasValue("\"" + meta.getETag() + "\"");
    }

    @Test
    void statusAndRedirectChooseTheAnswer() throws Exception {
        String policy = policy(Instant.now().plusSeconds(600), "[\"starts-with\", \"$key\", \"\"]");
        Map<String, String> plain = new LinkedHashMap<>(Map.of("key", "plain.txt"));
        plain.putAll(signedFields(policy, emulator.secretKey()));
        assertThat(post(plain, "a.txt", new byte[] {'a'}).statusCode()).isEqualTo(204);

        Map<String, String> redirect = new LinkedHashMap<>(Map.of("key", "redirected.txt",
                "success_action_redirect", "https://app.example.com/done"));
        redirect.putAll(signedFields(policy, emulator.secretKey()));
        HttpResponse<String> answer = post(redirect, "b.txt", new byte[] {'b'});
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith("https://app.example.com/done?bucket=" + BUCKET + "&key=redirected.txt&etag=");
        assertThat(read("redirected.txt")).isEqualTo("b");
    }

    @Test
    void aViolatedOrExpiredPolicyOrABadSignatureWritesNothing() throws Exception {
        String prefixed = policy(Instant.now().plusSeconds(600), "[\"starts-with\", \"$key\", \"uploads/\"], "
                + "[\"content-length-range\", 1, 4]");
        Map<String, String> outside = new LinkedHashMap<>(Map.of("key", "elsewhere/x.txt"));
        outside.putAll(signedFields(prefixed, emulator.secretKey()));
        HttpResponse<String> violated = post(outside, "x.txt", new byte[] {1});
        assertThat(violated.statusCode()).isEqualTo(403);
        assertThat(violated.body()).contains("<Code>AccessDenied</Code>").contains("Policy Condition failed");

        Map<String, String> tooLarge = new LinkedHashMap<>(Map.of("key", "uploads/large.txt"));
        tooLarge.putAll(signedFields(prefixed, emulator.secretKey()));
        HttpResponse<String> large = post(tooLarge, "large.txt", "12345".getBytes(StandardCharsets.UTF_8));
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("<Code>EntityTooLarge</Code>");

        String expired = policy(Instant.now().minusSeconds(1), "[\"starts-with\", \"$key\", \"\"]");
        Map<String, String> late = new LinkedHashMap<>(Map.of("key", "uploads/late.txt"));
        late.putAll(signedFields(expired, emulator.secretKey()));
        HttpResponse<String> tooLate = post(late, "late.txt", new byte[] {1});
        assertThat(tooLate.statusCode()).isEqualTo(403);
        assertThat(tooLate.body()).contains("Policy expired");

        Map<String, String> forged = new LinkedHashMap<>(Map.of("key", "uploads/forged.txt"));
        forged.putAll(signedFields(prefixed, "not-the-secret-key"));
        HttpResponse<String> wrongKey = post(forged, "forged.txt", new byte[] {1});
        assertThat(wrongKey.statusCode()).isEqualTo(403);
        assertThat(wrongKey.body()).contains("<Code>SignatureDoesNotMatch</Code>");

        HttpResponse<String> unsigned = post(new LinkedHashMap<>(Map.of("key", "uploads/unsigned.txt")), "u.txt", new byte[] {1});
        assertThat(unsigned.statusCode()).isEqualTo(403);

        assertThat(cos.listObjects(BUCKET).getObjectSummaries()).isEmpty();
    }
}
