package dev.camelcos.client.internal;

import dev.camelcos.client.auth.CosCredentials;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The published test vectors of the COS signature, asserted to the letter. */
class CosSignerVectorsTest {

    private static final CosCredentials CREDENTIALS = new CosCredentials("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q",
            "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    private static final String PATH = "/exampleobject(腾讯云)";

    private final CosSigner signer = new CosSigner();

    private static Map<String, String> putHeaders(boolean withDate) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (withDate) {
            headers.put("Date", "Thu, 16 May 2019 06:45:51 GMT");
        }
        headers.put("Content-Type", "text/plain");
        headers.put("Content-Length", "13");
        headers.put("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==");
        headers.put("x-cos-acl", "private");
        headers.put("x-cos-grant-read", "uin=\"100000000011\"");
        headers.put("Host", HOST);
        return headers;
    }

    @Test
    void vectorA_putSigningDate() {
        CosSigner.Signature s = signer.sign(CREDENTIALS, "PUT", PATH, Map.of(), putHeaders(true), 1557989151L,
                1557996351L);
        assertThat(s.headerList()).isEqualTo("content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read");
        assertThat(s.paramList()).isEmpty();
        assertThat(s.value()).isEqualTo("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        assertThat(s.authorization()).isEqualTo("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
                + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
                + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172");
    }

    @Test
    void vectorB_getWithResponseOverrides() {
        Map<String, String> params = Map.of("response-content-type", "application/octet-stream",
                "response-cache-control", "max-age=600");
        Map<String, String> headers = Map.of("Date", "Thu, 16 May 2019 06:55:53 GMT", "Host", HOST);
        CosSigner.Signature s = signer.sign(CREDENTIALS, "GET", PATH, params, headers, 1557989753L, 1557996953L);
        assertThat(s.headerList()).isEqualTo("date;host");
        assertThat(s.paramList()).isEqualTo("response-cache-control;response-content-type");
        assertThat(s.value()).isEqualTo("01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void vectorC_putWithoutDate() {
        CosSigner.Signature s = signer.sign(CREDENTIALS, "PUT", PATH, Map.of(), putHeaders(false), 1557989151L,
                1557996351L);
        assertThat(s.headerList()).isEqualTo("content-length;content-md5;content-type;host;x-cos-acl;x-cos-grant-read");
        assertThat(s.value()).isEqualTo("fc4e4717b501da12715d5fc84a4880a87ad2b7ab");
    }

    @Test
    void vectorD_listWithEncodedParamsAndValuelessParam() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("prefix", "a b/c*~");
        params.put("max-keys", "10");
        params.put("Encoding-Type", "url");
        params.put("uploads", null);
        CosSigner.Signature s = signer.sign(CREDENTIALS, "GET", "/", params,
                Map.of("Host", "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com"), 1557989151L, 1557996351L);
        assertThat(s.headerList()).isEqualTo("host");
        assertThat(s.paramList()).isEqualTo("encoding-type;max-keys;prefix;uploads");
        assertThat(s.value()).isEqualTo("d47a6ad5372b2ed7957cd6c3c71deaa7d9a687cf");
    }

    @Test
    void signedHeaderSelectionFollowsTheOfficialSdk() {
        assertThat(CosSigner.isSigned("Content-Type")).isTrue();
        assertThat(CosSigner.isSigned("x-cos-meta-a")).isTrue();
        assertThat(CosSigner.isSigned("Host")).isTrue();
        assertThat(CosSigner.isSigned("Date")).isFalse();
        assertThat(CosSigner.isSigned("x-cos-security-token")).isFalse();
        assertThat(CosSigner.isSigned("User-Agent")).isFalse();
    }

    @Test
    void encodingIsStricterThanUrlEncoder() {
        assertThat(CosEncoding.encode("a b/c*~+é")).isEqualTo("a%20b%2Fc%2A~%2B%C3%A9");
        assertThat(CosEncoding.encodePath("dir/a b/x")).isEqualTo("dir/a%20b/x");
    }

    @Test
    void neitherSignatureNorCredentialsPrintTheSecretKey() {
        CosCredentials temp = new CosCredentials("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q",
                "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz", "token-value-123");
        CosSigner.Signature s = signer.sign(temp, "GET", "/", Map.of(), Map.of(), 1, 2);
        assertThat(temp.toString()).doesNotContain("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz", "token-value-123",
                "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q");
        assertThat(s.toString()).doesNotContain("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    }
}
