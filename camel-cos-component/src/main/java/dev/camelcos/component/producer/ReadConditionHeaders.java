package dev.camelcos.component.producer;

import dev.camelcos.client.model.ReadConditions;
import dev.camelcos.component.CosConstants;

/** The conditional headers (CamelCosIfMatch...) of an exchange, for a read or, on a copy, for its source. */
final class ReadConditionHeaders {

    private ReadConditionHeaders() {
    }

    static <T extends ReadConditions<T>> T applyTo(T target, CosExchange exchange) {
        return target.setIfMatch(exchange.header(CosConstants.IF_MATCH, String.class))
                .setIfNoneMatch(exchange.header(CosConstants.IF_NONE_MATCH, String.class))
                .setIfModifiedSince(exchange.instantHeader(CosConstants.IF_MODIFIED_SINCE))
                .setIfUnmodifiedSince(exchange.instantHeader(CosConstants.IF_UNMODIFIED_SINCE));
    }
}
