package dev.camelcos.client.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The time requests are signed with: the local clock, moved by what COS said of it after a skewed request. */
final class ServerClock {

    private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);

    private final Clock clock;
    /** Server time minus local time. */
    private final AtomicLong offsetMillis = new AtomicLong();

    ServerClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().plusMillis(offsetMillis.get());
    }

    void learn(Instant serverTime) {
        long offset = serverTime.toEpochMilli() - clock.millis();
        offsetMillis.set(offset);
        LOG.warn("COS says this machine's clock is off by {} s; signing with the server's time from now on",
                offset / 1000);
    }
}
