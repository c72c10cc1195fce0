package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CORS headers of an actual (not preflight) request: one carrying Origin that a rule of the bucket's CORS
 * configuration allows for its method is answered with them, success or error, as a browser needs to read it.
 */
public final class CorsHeaders {
    private final Store store;

    public CorsHeaders(HandlerContext ctx) {
        this.store = ctx.store();
    }

    public void apply(EmulatorRequest request, EmulatorResponse response) {
        String origin = request.header("origin");
        if (origin == null || request.bucket() == null || !store.bucketExists(request.bucket())) {
            return;
        }
        String xml = store.configuration(request.bucket(), Store.CORS);
        if (xml == null) {
            return;
        }
        CorsRule rule = CorsRule.parse(XmlElement.parse(xml.getBytes(StandardCharsets.UTF_8), "CORSConfiguration"))
                .stream().filter(r -> r.allows(origin, request.method(), List.of())).findFirst().orElse(null);
        if (rule == null) {
            return;
        }
        response.header("Access-Control-Allow-Origin", origin);
        response.header("Access-Control-Allow-Methods", String.join(",", rule.methods()));
        if (!rule.expose().isEmpty()) {
            response.header("Access-Control-Expose-Headers", String.join(",", rule.expose()));
        }
        response.header("Vary", "Origin");
    }
}
