package dev.camelcos.client.model;

/** The answer to a CORS preflight (OPTIONS Object): what the bucket allows this origin. */
public record CorsResult(String allowOrigin, String allowMethods, String allowHeaders, String exposeHeaders,
        Long maxAgeSeconds) {
}
