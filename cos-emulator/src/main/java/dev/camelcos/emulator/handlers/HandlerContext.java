package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What every handler shares: the store, the server clock and the emulated region. */
public record HandlerContext(Store store, Clock clock, String region, Duration restoreDelay) {
    Instant now() {
        return clock.instant();
    }
}
