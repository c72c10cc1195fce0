package dev.camelcos.component;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * The cos producer. It resolves the operation (header {@value CosConstants#OPERATION}, else the endpoint option
 * operation); performing it is not wired to the COS client yet.
 */
public class CosProducer extends DefaultProducer {

    public CosProducer(CosEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CosEndpoint getEndpoint() {
        return (CosEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CosOperation operation = resolveOperation(exchange);
        // TODO(integrator): dispatch to the COS client (dev.camelcos.client) here
        throw new UnsupportedOperationException(
                "cos operation " + operation + " is not wired yet: the producer is not connected to the COS client");
    }

    CosOperation resolveOperation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(CosConstants.OPERATION);
        if (header != null) {
            return CosOperation.parse(header);
        }
        CosOperation configured = getEndpoint().getConfiguration().getOperation();
        return configured != null ? configured : CosOperation.upload;
    }
}
