package dev.camelcos.component.producer;

/**
 * createUploadLink: the body becomes a pre-signed URL (a String) anyone can PUT the object's content to until it
 * expires. Nothing is sent to COS.
 */
final class CreateUploadLinkHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String url = exchange.client().createUploadLink(bucket, key, LinkExpiration.of(exchange));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setBody(url);
    }
}
