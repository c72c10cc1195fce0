package dev.camelcos.emulator;

import java.util.Map;

/**
 * A request as the emulator received it, for tests asserting what a client did.
 *
 * @param key decoded object key, or null for bucket and service requests
 */
public record RecordedRequest(String method, String bucket, String key, Map<String, String> query) {
}
