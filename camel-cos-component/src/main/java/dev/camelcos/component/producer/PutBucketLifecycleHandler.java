package dev.camelcos.component.producer;

import dev.camelcos.client.model.LifecycleConfiguration;
import dev.camelcos.client.model.LifecycleRule;
import dev.camelcos.component.CosConstants;

/**
 * putBucketLifecycle: PUT Bucket lifecycle, the body's rules replacing the bucket's. The body is a
 * LifecycleConfiguration, a LifecycleRule or a List of LifecycleRule, and is kept.
 */
final class PutBucketLifecycleHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().putBucketLifecycle(bucket, ConfigurationBodies.configuration(exchange,
                LifecycleConfiguration.class, LifecycleRule.class, LifecycleConfiguration::new));
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
