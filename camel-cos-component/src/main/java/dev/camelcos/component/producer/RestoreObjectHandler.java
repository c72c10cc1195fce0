package dev.camelcos.component.producer;

import java.util.Arrays;

import dev.camelcos.client.model.RestoreRequest;
import dev.camelcos.component.CosConstants;

/** restoreObject: makes an ARCHIVE or DEEP_ARCHIVE object readable for some days (headObject tells when it is). */
final class RestoreObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        int days = exchange.requiredHeader(CosConstants.RESTORE_DAYS, Integer.class,
                "restoreObject needs how many days the restored copy stays readable");
        RestoreRequest.Tier tier = tier(exchange);
        RestoreRequest restore = exchange.checked(CosConstants.RESTORE_DAYS, days, d -> new RestoreRequest(d, tier));
        exchange.client().restoreObject(bucket, key, exchange.header(CosConstants.VERSION_ID, String.class), restore);
        ResultHeaders.target(exchange, bucket, key);
    }

    private static RestoreRequest.Tier tier(CosExchange exchange) {
        String tier = exchange.header(CosConstants.RESTORE_TIER, String.class);
        if (tier == null) {
            return null;
        }
        return Arrays.stream(RestoreRequest.Tier.values()).filter(t -> t.name().equalsIgnoreCase(tier.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("header " + CosConstants.RESTORE_TIER + " is '" + tier
                                                                + "': it must be one of "
                                                                + Arrays.toString(RestoreRequest.Tier.values())));
    }
}
