package dev.camelcos.component.producer;

/**
 * One COS operation as the producer performs it: reads what it needs from the exchange (headers, body, endpoint
 * options), checks it, calls the client, and puts the result on the message.
 */
@FunctionalInterface
public interface CosOperationHandler {

    void process(CosExchange exchange) throws Exception;
}
