package dev.camelcos.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A network shape between the clients and the emulator, and the physical limits it sets: {@code loopback} is no
 * shaping at all; the others run every request through a {@link ShapingProxy}.
 *
 * @param oneWay                  delay added to every chunk in each direction
 * @param connectionBitsPerSecond each connection's rate in each direction, 0 for none
 * @param aggregateBitsPerSecond  the rate of all connections together in each direction, 0 for none
 */
record NetworkProfile(String name, Duration oneWay, long connectionBitsPerSecond, long aggregateBitsPerSecond) {

    static final NetworkProfile LOOPBACK = new NetworkProfile("loopback", Duration.ZERO, 0, 0);
    static final NetworkProfile LAN = new NetworkProfile("lan", Duration.ofMillis(1), 1_000_000_000L,
            2_000_000_000L);
    static final NetworkProfile WAN = new NetworkProfile("wan", Duration.ofMillis(15), 50_000_000L, 400_000_000L);
    static final List<NetworkProfile> ALL = List.of(LOOPBACK, LAN, WAN);

    private static final String USAGE = "--network takes loopback, lan, wan, all, or custom:<one-way ms>:<Mbit/s per"
            + " connection>:<Mbit/s aggregate> (0 for no limit), comma-separated";

    /** {@code "all"}, names, or custom shapes, comma-separated. */
    static List<NetworkProfile> parse(String names) {
        List<NetworkProfile> profiles = new ArrayList<>();
        for (String name : names.split(",")) {
            if (name.equals("all")) {
                profiles.addAll(ALL);
            } else if (name.startsWith("custom:")) {
                profiles.add(custom(name));
            } else {
                profiles.add(ALL.stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown network '" + name + "'; " + USAGE)));
            }
        }
        return profiles;
    }

    private static NetworkProfile custom(String spec) {
        String[] parts = spec.split(":");
        try {
            if (parts.length != 4) {
                throw new NumberFormatException("three numbers expected");
            }
            return new NetworkProfile(spec, Duration.ofMillis(Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]) * 1_000_000L, Long.parseLong(parts[3]) * 1_000_000L);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad network '" + spec + "'; " + USAGE, e);
        }
    }

    boolean shaped() {
        return !oneWay.isZero() || connectionBitsPerSecond > 0 || aggregateBitsPerSecond > 0;
    }

    Duration roundTrip() {
        return oneWay.multipliedBy(2);
    }

    /**
     * Where the round trip is long, each run lasts tens of seconds and its figure is set by the link: such a profile
     * gets one measured run of its long scenarios and no warm-up (the JVM is warm from the profiles before it).
     */
    boolean slow() {
        return roundTrip().toMillis() >= 10;
    }

    /** {@code inFlight} requests at a time, each one round trip: requests per second; null without a delay. */
    Double requestsLimit(int inFlight) {
        return oneWay.isZero() ? null : inFlight / (roundTrip().toNanos() / 1e9);
    }

    /** The aggregate cap in MB/s (10^6 bytes), null without one. */
    Double transferLimitMegabytes() {
        return aggregateBitsPerSecond == 0 ? null : aggregateBitsPerSecond / 8e6;
    }

    /** Objects of {@code objectBytes} read with {@code inFlight} GETs at a time: the lesser of both limits. */
    Double consumeLimit(int inFlight, int objectBytes) {
        Double requests = requestsLimit(inFlight);
        Double megabytes = transferLimitMegabytes();
        Double bytesLimit = megabytes == null ? null : megabytes * 1e6 / objectBytes;
        if (requests == null || bytesLimit == null) {
            return requests == null ? bytesLimit : requests;
        }
        return Math.min(requests, bytesLimit);
    }

    String describe() {
        return shaped() ? String.format(java.util.Locale.ROOT, "%s (%d ms one way, %s per connection, %s aggregate)",
                name, oneWay.toMillis(), rate(connectionBitsPerSecond), rate(aggregateBitsPerSecond)) : name;
    }

    private static String rate(long bitsPerSecond) {
        return bitsPerSecond == 0 ? "no cap" : bitsPerSecond / 1_000_000 + " Mbit/s";
    }
}
