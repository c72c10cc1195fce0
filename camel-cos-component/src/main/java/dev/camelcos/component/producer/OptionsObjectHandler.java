package dev.camelcos.component.producer;

import dev.camelcos.client.model.CorsResult;
import dev.camelcos.component.CosConstants;

/**
 * optionsObject: asks COS whether the bucket's CORS rules allow a browser request from an origin, as a preflight
 * would; the answer's Access-Control-* values become headers. A request the rules do not allow fails with COS's 403.
 */
final class OptionsObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String origin = exchange.requiredHeader(CosConstants.ORIGIN, String.class,
                "optionsObject needs the Origin of the cross-origin request to check");
        String method = exchange.requiredHeader(CosConstants.ACCESS_CONTROL_REQUEST_METHOD, String.class,
                "optionsObject needs the HTTP method of the cross-origin request to check");
        CorsResult answer = exchange.client().optionsObject(bucket, key, origin, method,
                exchange.header(CosConstants.ACCESS_CONTROL_REQUEST_HEADERS, String.class));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setHeader(CosConstants.ACCESS_CONTROL_ALLOW_ORIGIN, answer.allowOrigin());
        exchange.setHeader(CosConstants.ACCESS_CONTROL_ALLOW_METHODS, answer.allowMethods());
        exchange.setHeader(CosConstants.ACCESS_CONTROL_ALLOW_HEADERS, answer.allowHeaders());
        exchange.setHeader(CosConstants.ACCESS_CONTROL_EXPOSE_HEADERS, answer.exposeHeaders());
        exchange.setHeader(CosConstants.ACCESS_CONTROL_MAX_AGE, answer.maxAgeSeconds());
    }
}
