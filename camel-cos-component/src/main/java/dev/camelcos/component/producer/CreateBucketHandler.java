package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/** createBucket: creates the bucket, with the canned ACL of {@value CosConstants#ACL} or the option acl. */
final class CreateBucketHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().createBucket(bucket, ObjectWriteHeaders.acl(exchange));
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
