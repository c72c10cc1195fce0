package dev.camelcos.component.producer;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;

/**
 * getObject: the body becomes the object's content as a stream straight from the connection, closed when the exchange
 * completes whether or not the route read it; the object's metadata becomes headers.
 */
final class GetObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        GetObjectRequest get = ObjectReadHeaders.request(exchange);
        CosObject object = exchange.client().getObject(get);
        exchange.exchange().getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                IOHelper.close(object, "COS object " + object.getKey());
            }
        });
        ResultHeaders.target(exchange, get.getBucket(), get.getKey());
        ResultHeaders.read(exchange, object.getMetadata());
        exchange.setBody(object.getContent());
    }
}
