package dev.camelcos.emulator;

import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests as other official clients put them on the wire (the Python SDK, coscmd), signed by the Java SDK's
 * signer over the values those clients sign, so the tests can send a wire form the Java SDK never would.
 */
final class RawCos {
    private final CosEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    RawCos(CosEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * @param host       the Host header, e.g. a virtual-hosted name
     * @param rawTarget  path and query exactly as sent on the wire
     * @param path       the decoded path that is signed
     * @param params     the decoded query parameters that are signed
     * @param headers    headers sent and signed (the signer picks those COS signs); Host is added
     */
    HttpResponse<String> send(String method, String host, String rawTarget, String path, Map<String, String> params,
                              Map<String, String> headers, byte[] body) throws Exception {
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.put("Host", host);
        String authorization = new COSSigner().buildAuthorizationStr(HttpMethodName.valueOf(method), path, signed,
                params, new BasicCOSCredentials(emulator.secretId(), emulator.secretKey()),
                new Date(System.currentTimeMillis() + 600_000));
        return sendUnsigned(method, host, rawTarget, withAuthorization(headers, authorization), body);
    }

    HttpResponse<String> sendUnsigned(String method, String host, String rawTarget, Map<String, String> headers,
                                      byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + rawTarget))
                .header("Host", host)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String virtualHost(String bucket, CosEmulator emulator) {
        return bucket + ".cos." + emulator.region() + ".myqcloud.com";
    }

    private static Map<String, String> withAuthorization(Map<String, String> headers, String authorization) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", authorization);
        return all;
    }
}
