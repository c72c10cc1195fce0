package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A bucket sub-resource (cors, lifecycle) kept as the XML document its PUT was rendered to: GET answers it, or COS's
 * 404 for a bucket without one; DELETE removes it.
 */
final class StoredConfiguration {
    private final Store store;
    private final String name;
    private final String absentCode;
    private final String absentMessage;

    StoredConfiguration(Store store, String name, String absentCode, String absentMessage) {
        this.store = store;
        this.name = name;
        this.absentCode = absentCode;
        this.absentMessage = absentMessage;
    }

    /** The bucket's document, or null when it has none. */
    String xml(EmulatorRequest request) {
        return store.configuration(request.bucket(), name);
    }

    void put(EmulatorRequest request, EmulatorResponse response, byte[] rendered) throws IOException {
        store.setConfiguration(request.bucket(), name, new String(rendered, StandardCharsets.UTF_8));
        response.empty(200);
    }

    void get(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String xml = xml(request);
        if (xml == null) {
            throw new EmulatorError(404, absentCode, absentMessage);
        }
        response.xml(200, xml.getBytes(StandardCharsets.UTF_8));
    }

    void delete(EmulatorRequest request, EmulatorResponse response) throws IOException {
        store.setConfiguration(request.bucket(), name, null);
        response.empty(204);
    }
}
