package dev.camelcos.emulator.auth;

import java.util.List;
import java.util.Map;

/**
 * What the verifier needs from a request.
 *
 * @param path    the decoded request path, exactly what the client signed
 * @param headers header names lower-cased
 * @param query   decoded query parameters in arrival order (a name may repeat)
 */
public record SignedRequest(String method, String path, Map<String, String> headers, List<Map.Entry<String, String>> query) {
}
