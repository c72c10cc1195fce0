package dev.camelcos.component;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

import dev.camelcos.component.producer.CosExchange;
import dev.camelcos.component.producer.CosOperationHandlers;

/**
 * The cos producer: resolves the operation (header {@value CosConstants#OPERATION}, else the endpoint option
 * operation) and hands the exchange to that operation's handler.
 */
public class CosProducer extends DefaultProducer {

    private CosHealthCheck healthCheck;

    public CosProducer(CosEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheck = CosHealthChecks.registerProducer(this);
    }

    /** The readiness check this producer registered when it started, if health checks are on. */
    CosHealthCheck getHealthCheck() {
        return healthCheck;
    }

    @Override
    protected void doStop() throws Exception {
        CosHealthChecks.unregister(healthCheck);
        super.doStop();
    }

    @Override
    public CosEndpoint getEndpoint() {
        return (CosEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CosOperation operation = resolveOperation(exchange);
        CosOperationHandlers.forOperation(operation).process(new CosExchange(exchange, getEndpoint(), operation));
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
