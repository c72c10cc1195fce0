package dev.camelcos.component.producer;

import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;

/** headObject: the object's metadata as headers; the body is left as it was. */
final class HeadObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        GetObjectRequest head = ObjectReadHeaders.request(exchange);
        ObjectMetadata metadata = exchange.client().headObject(head);
        ResultHeaders.target(exchange, head.getBucket(), head.getKey());
        ResultHeaders.read(exchange, metadata);
    }
}
