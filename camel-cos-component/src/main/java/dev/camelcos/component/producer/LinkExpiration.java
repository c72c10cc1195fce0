package dev.camelcos.component.producer;

import java.time.Duration;

import dev.camelcos.component.CosConstants;

/** How long a pre-signed link stays valid: {@value CosConstants#LINK_EXPIRATION} seconds, one hour by default. */
final class LinkExpiration {

    static final Duration DEFAULT = Duration.ofHours(1);

    private LinkExpiration() {
    }

    static Duration of(CosExchange exchange) {
        Long seconds = exchange.header(CosConstants.LINK_EXPIRATION, Long.class);
        if (seconds == null) {
            return DEFAULT;
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("header " + CosConstants.LINK_EXPIRATION + " is " + seconds
                                               + ": a link must stay valid for at least 1 second");
        }
        return Duration.ofSeconds(seconds);
    }
}
