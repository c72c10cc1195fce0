package dev.camelcos.component.producer;

/** listBuckets: the body becomes every bucket of the account, a List of BucketSummary. */
final class ListBucketsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        exchange.setBody(exchange.client().listBuckets());
    }
}
