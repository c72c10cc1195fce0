package dev.camelcos.component.producer;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ServerSideEncryption;
import dev.camelcos.component.CosConstants;

/** Which object, version and bytes a read (getObject, headObject) asks for, and under which conditions. */
final class ObjectReadHeaders {

    private ObjectReadHeaders() {
    }

    static GetObjectRequest request(CosExchange exchange) {
        GetObjectRequest request = ReadConditionHeaders.applyTo(new GetObjectRequest(exchange.bucket(), exchange.key())
                .setVersionId(exchange.header(CosConstants.VERSION_ID, String.class))
                .setRange(exchange.checked(CosConstants.RANGE, exchange.header(CosConstants.RANGE, String.class),
                        CosValidation::range)), exchange);
        String customerKey = exchange.configuration().getCustomerSecretKey();
        // an object written with SSE-C can only be read by giving its key again
        return customerKey == null ? request : request.setCustomerKey(ServerSideEncryption.customerKey(customerKey));
    }
}
