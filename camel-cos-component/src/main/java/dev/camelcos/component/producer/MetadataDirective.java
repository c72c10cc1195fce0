package dev.camelcos.component.producer;

import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.component.CosConstants;

/**
 * The metadata a copy (copyObject, copy) gives its object, as {@value CosConstants#METADATA_DIRECTIVE} chooses, in
 * any letter case: Copy (or no header) keeps the source's, Replaced takes this message's metadata headers.
 */
final class MetadataDirective {

    private MetadataDirective() {
    }

    /** The copy's new metadata, or null to keep the source's. */
    static ObjectMetadata newMetadata(CosExchange exchange) {
        String directive = exchange.header(CosConstants.METADATA_DIRECTIVE, String.class);
        if (directive == null || directive.equalsIgnoreCase("Copy")) {
            return null;
        }
        if (directive.equalsIgnoreCase("Replaced")) {
            return ObjectWriteHeaders.metadata(exchange);
        }
        throw new IllegalArgumentException("header " + CosConstants.METADATA_DIRECTIVE + " is '" + directive
                + "': it must be Copy (keep the source's metadata) or Replaced (use this message's metadata headers)");
    }
}
