package dev.camelcos.reliability;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Chooses the fault of each exchange that passes {@link FaultProxy}: none, the next {@code n} matching exchanges,
 * every matching exchange, or each exchange with a probability drawn from a seeded {@link Random} (so a failing run
 * can be replayed). Thread-safe.
 */
public final class FaultPlan {

    private final Fault fault;
    private final Predicate<MessageHead> which;
    private final Random random;
    private final double probability;
    private final List<Fault> mix;
    private int remaining;

    private FaultPlan(Fault fault, int times, Predicate<MessageHead> which, Random random, double probability,
            List<Fault> mix) {
        this.fault = fault;
        this.remaining = times;
        this.which = which;
        this.random = random;
        this.probability = probability;
        this.mix = mix;
    }

    public static FaultPlan none() {
        return times(Fault.NONE, 0, head -> false);
    }

    /** {@code fault} on the next {@code n} exchanges that {@code which} selects, then none. */
    public static FaultPlan times(Fault fault, int n, Predicate<MessageHead> which) {
        return new FaultPlan(fault, n, which, null, 0, List.of());
    }

    /** {@code fault} on every exchange that {@code which} selects. */
    public static FaultPlan always(Fault fault, Predicate<MessageHead> which) {
        return times(fault, Integer.MAX_VALUE, which);
    }

    /** With probability {@code p}, one of {@code faults} (uniformly) on any exchange. */
    public static FaultPlan random(long seed, double p, List<Fault> faults) {
        return new FaultPlan(null, 0, head -> true, new Random(seed), p, List.copyOf(faults));
    }

    synchronized Fault next(MessageHead head) {
        if (!which.test(head)) {
            return Fault.NONE;
        }
        if (random != null) {
            return random.nextDouble() < probability ? mix.get(random.nextInt(mix.size())) : Fault.NONE;
        }
        if (remaining <= 0) {
            return Fault.NONE;
        }
        if (remaining != Integer.MAX_VALUE) {
            remaining--;
        }
        return fault;
    }
}
