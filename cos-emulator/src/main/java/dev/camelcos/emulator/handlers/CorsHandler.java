package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Bucket CORS configuration (?cors) and OPTIONS preflight answers derived from it. */
public final class CorsHandler {
    private final StoredConfiguration cors;

    public CorsHandler(HandlerContext ctx) {
        this.cors = new StoredConfiguration(ctx.store(), Store.CORS, "NoSuchCORSConfiguration",
                "The CORS configuration does not exist.");
    }

    public void putBucketCors(EmulatorRequest request, EmulatorResponse response) throws IOException {
        List<CorsRule> rules = CorsRule.parse(XmlElement.parse(request.xmlBody(), "CORSConfiguration"));
        cors.put(request, response, render(rules));
    }

    public void getBucketCors(EmulatorRequest request, EmulatorResponse response) throws IOException {
        cors.get(request, response);
    }

    public void deleteBucketCors(EmulatorRequest request, EmulatorResponse response) throws IOException {
        cors.delete(request, response);
    }

    public void optionsObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String origin = request.header("origin");
        String method = request.header("access-control-request-method");
        if (origin == null || method == null) {
            throw EmulatorError.invalidArgument("A preflight request needs Origin and Access-Control-Request-Method.");
        }
        List<String> requestHeaders = requestHeaders(request.header("access-control-request-headers"));
        String xml = cors.xml(request);
        CorsRule rule = xml == null ? null : CorsRule.parse(XmlElement.parse(xml.getBytes(StandardCharsets.UTF_8),
                "CORSConfiguration")).stream().filter(r -> r.allows(origin, method, requestHeaders)).findFirst().orElse(null);
        if (rule == null) {
            throw EmulatorError.accessDenied("CORSResponse: This CORS request is not allowed. "
                    + "This is usually because the evalution of Origin, request method / Access-Control-Request-Method "
                    + "or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.");
        }
        response.header("Access-Control-Allow-Origin", origin);
        response.header("Access-Control-Allow-Methods", String.join(",", rule.methods()));
        if (!requestHeaders.isEmpty()) {
            response.header("Access-Control-Allow-Headers", String.join(",", requestHeaders));
        }
        if (!rule.expose().isEmpty()) {
            response.header("Access-Control-Expose-Headers", String.join(",", rule.expose()));
        }
        if (rule.maxAgeSeconds() != null) {
            response.header("Access-Control-Max-Age", rule.maxAgeSeconds().toString());
        }
        response.header("Vary", "Origin,Access-Control-Request-Headers,Access-Control-Request-Method");
        response.empty(200);
    }

    private static List<String> requestHeaders(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(String::toLowerCase).toList();
    }

    private static byte[] render(List<CorsRule> rules) {
        XmlWriter xml = new XmlWriter("CORSConfiguration");
        rules.forEach(r -> r.write(xml));
        return xml.finish();
    }
}
