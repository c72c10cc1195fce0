package dev.camelcos.component.producer;

import dev.camelcos.client.model.CorsConfiguration;
import dev.camelcos.client.model.CorsRule;
import dev.camelcos.component.CosConstants;

/**
 * putBucketCors: PUT Bucket cors, the body's rules replacing the bucket's (optionsObject then answers
 * from them). The body is a CorsConfiguration, a CorsRule or a List of CorsRule, and is kept.
 */
final class PutBucketCorsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().putBucketCors(bucket,
                ConfigurationBodies.configuration(exchange, CorsConfiguration.class, CorsRule.class, CorsConfiguration::new));
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
