package dev.camelcos.emulator.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelcos.emulator.error.EmulatorError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Published COS test vectors, checked against the emulator's own verifier. */
class SignatureVerifierTest {
    private static final String ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    private static final String KEY = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    private static final String PATH = "/exampleobject(腾讯云)";
    private static final String KEY_TIME_A = "1557989151;1557996351";

    private static SignatureVerifier at(long epochSecond) {
        return new SignatureVerifier(List.of(Credential.permanent(ID, KEY)),
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static String auth(String keyTime, String headerList, String paramList, String signature) {
        return "q-sign-algorithm=sha1&q-ak=" + ID + "&q-sign-time=" + keyTime + "&q-key-time=" + keyTime
                + "&q-header-list=" + headerList + "&q-url-param-list=" + paramList + "&q-signature=" + signature;
    }

    private static Map<String, String> headersA(String authorization) {
        Map<String, String> h = new HashMap<>();
        h.put("date", "Thu, 16 May 2019 06:45:51 GMT");
        h.put("content-type", "text/plain");
        h.put("content-length", "13");
        h.put("content-md5", "mQ/fVh815F3k6TAUm8m0eg==");
        h.put("x-cos-acl", "private");
        h.put("x-cos-grant-read", "uin=\"100000000011\"");
        h.put("host", HOST);
        h.put("authorization", authorization);
        return h;
    }

    private static SignedRequest vectorA(String signature) {
        return new SignedRequest("PUT", PATH, headersA(auth(KEY_TIME_A,
                "content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read", "", signature)), List.of());
    }

    @Test
    void vectorA() {
        assertThatCode(() -> at(1557989200).verify(vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172")))
                .doesNotThrowAnyException();
    }

    @Test
    void vectorB() {
        String keyTime = "1557989753;1557996953";
        Map<String, String> h = new HashMap<>();
        h.put("date", "Thu, 16 May 2019 06:55:53 GMT");
        h.put("host", HOST);
        h.put("authorization", auth(keyTime, "date;host", "response-cache-control;response-content-type",
                "01681b8c9d798a678e43b685a9f1bba0f6c0e012"));
        SignedRequest request = new SignedRequest("GET", PATH, h, List.of(
                new SimpleEntry<>("response-content-type", "application/octet-stream"),
                new SimpleEntry<>("response-cache-control", "max-age=600")));
        assertThatCode(() -> at(1557989800).verify(request)).doesNotThrowAnyException();
    }

    @Test
    void vectorC() {
        SignedRequest request = new SignedRequest("PUT", PATH, headersA(auth(KEY_TIME_A,
                "content-length;content-md5;content-type;host;x-cos-acl;x-cos-grant-read", "",
                "fc4e4717b501da12715d5fc84a4880a87ad2b7ab")), List.of());
        assertThatCode(() -> at(1557989200).verify(request)).doesNotThrowAnyException();
    }

    @Test
    void vectorD() {
        Map<String, String> h = new HashMap<>();
        h.put("host", "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com");
        h.put("authorization", auth(KEY_TIME_A, "host", "encoding-type;max-keys;prefix;uploads",
                "d47a6ad5372b2ed7957cd6c3c71deaa7d9a687cf"));
        SignedRequest request = new SignedRequest("GET", "/", h, List.of(
                new SimpleEntry<>("prefix", "a b/c*~"), new SimpleEntry<>("max-keys", "10"),
                new SimpleEntry<>("Encoding-Type", "url"), new SimpleEntry<>("uploads", "")));
        assertThatCode(() -> at(1557989200).verify(request)).doesNotThrowAnyException();
    }

    @Test
    void vectorAAsQueryParameters() {
        Map<String, String> h = headersA(null);
        h.remove("authorization");
        SignedRequest request = new SignedRequest("PUT", PATH, h, List.of(
                new SimpleEntry<>("q-sign-algorithm", "sha1"), new SimpleEntry<>("q-ak", ID),
                new SimpleEntry<>("q-sign-time", KEY_TIME_A), new SimpleEntry<>("q-key-time", KEY_TIME_A),
                new SimpleEntry<>("q-header-list", "content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"),
                new SimpleEntry<>("q-url-param-list", ""),
                new SimpleEntry<>("q-signature", "3b8851a11a569213c17ba8fa7dcf2abec6935172")));
        assertThatCode(() -> at(1557989200).verify(request)).doesNotThrowAnyException();
    }

    @Test
    void rejectsWrongSecretKey() {
        SignatureVerifier verifier = new SignatureVerifier(List.of(Credential.permanent(ID, "another-key")),
                Clock.fixed(Instant.ofEpochSecond(1557989200), ZoneOffset.UTC));
        assertCode(() -> verifier.verify(vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172")), "SignatureDoesNotMatch", 403);
    }

    @Test
    void rejectsUnknownAccessKey() {
        SignatureVerifier verifier = new SignatureVerifier(List.of(Credential.permanent("AKIDother", KEY)),
                Clock.fixed(Instant.ofEpochSecond(1557989200), ZoneOffset.UTC));
        assertCode(() -> verifier.verify(vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172")), "InvalidAccessKeyId", 403);
    }

    @Test
    void rejectsExpiredSignature() {
        SignedRequest noDate = vectorA("fc4e4717b501da12715d5fc84a4880a87ad2b7ab");
        noDate.headers().remove("date");
        assertCode(() -> at(1557996400).verify(noDate), "AccessDenied", 403);
    }

    @Test
    void rejectsChangedSignedHeader() {
        SignedRequest request = vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        request.headers().put("x-cos-acl", "public-read");
        assertCode(() -> at(1557989200).verify(request), "SignatureDoesNotMatch", 403);
    }

    @Test
    void rejectsMissingSignedHeader() {
        SignedRequest request = vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        request.headers().remove("content-md5");
        assertCode(() -> at(1557989200).verify(request), "SignatureDoesNotMatch", 403);
    }

    @Test
    void rejectsUnsignedRequest() {
        assertCode(() -> at(1557989200).verify(new SignedRequest("GET", "/", Map.of("host", HOST), List.of())),
                "AccessDenied", 403);
    }

    @Test
    void rejectsSkewedDateHeader() {
        assertCode(() -> at(1557989151 + 16 * 60).verify(vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172")),
                "RequestTimeTooSkewed", 403);
    }

    @Test
    void rejectsKeyTimeFarInTheFuture() {
        SignedRequest noDate = vectorA("fc4e4717b501da12715d5fc84a4880a87ad2b7ab");
        noDate.headers().remove("date");
        assertCode(() -> at(1557989151 - 16 * 60).verify(noDate), "RequestTimeTooSkewed", 403);
    }

    @Test
    void temporaryCredentialsNeedTheirToken() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1557989200), ZoneOffset.UTC);
        SignatureVerifier verifier = new SignatureVerifier(
                List.of(new Credential(ID, KEY, "token-1", Instant.ofEpochSecond(1557990000))), clock);
        SignedRequest request = vectorA("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        assertCode(() -> verifier.verify(request), "InvalidAccessKeyId", 403);
        request.headers().put("x-cos-security-token", "token-1");
        assertThatCode(() -> verifier.verify(request)).doesNotThrowAnyException();
        SignatureVerifier expired = new SignatureVerifier(
                List.of(new Credential(ID, KEY, "token-1", Instant.ofEpochSecond(1557989000))), clock);
        assertCode(() -> expired.verify(request), "ExpiredToken", 400);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EmulatorError.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(status);
        });
    }
}
