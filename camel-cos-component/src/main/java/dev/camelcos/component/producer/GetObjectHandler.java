package dev.camelcos.component.producer;

import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.component.CosObjectBody;

/**
 * getObject: the body becomes the object's content, a {@link CosObjectBody} streamed straight from the connection,
 * whose connection is given back when the exchange completes whether or not the route read it, and which can still
 * be read afterwards (it reads the same version again); the object's metadata becomes headers.
 */
final class GetObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        GetObjectRequest get = ObjectReadHeaders.request(exchange);
        CosObject object = exchange.client().getObject(get);
        CosObjectBody body = CosObjectBody.of(exchange.client(), get, object).closedOnCompletionOf(exchange.exchange());
        ResultHeaders.target(exchange, get.getBucket(), get.getKey());
        ResultHeaders.read(exchange, object.getMetadata());
        exchange.setBody(body);
    }
}
