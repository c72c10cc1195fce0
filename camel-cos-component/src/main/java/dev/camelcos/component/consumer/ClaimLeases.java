package dev.camelcos.component.consumer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims that lapse unless their node keeps renewing them, built on any idempotent repository whose {@code add} is
 * atomic across nodes (it needs nothing but add, contains and remove, so JDBC, Hazelcast, Redis or Infinispan all
 * do). Time is cut into epochs one lease long, and holding an entry for an epoch is the repository entry
 * {@code <id>@<epoch>}: whoever adds it first holds the entry for that epoch.
 * <p>
 * A holder always holds at least half a lease ahead ({@link #renew()} runs every quarter lease), so a live holder
 * holds the current epoch at all times. A holder that died stops renewing: between half a lease and one and a half
 * leases later nobody holds the current epoch any more, and the next taker's add succeeds. A finished entry gets its
 * plain id (the done entry) before its epoch entries are removed, and a taker looks for the done entry after winning
 * an epoch, so a finished entry is never taken again. Wall clocks of the nodes must agree to well within a lease.
 */
final class ClaimLeases {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimLeases.class);

    private final IdempotentRepository repository;
    private final long leaseMillis;
    private final LongSupplier clock;
    /** Held ids, each with the first and the last epoch this node added for it. */
    private final Map<String, long[]> held = new ConcurrentHashMap<>();

    ClaimLeases(IdempotentRepository repository, long leaseMillis, LongSupplier clock) {
        this.repository = repository;
        this.leaseMillis = leaseMillis;
        this.clock = clock;
    }

    long leaseMillis() {
        return leaseMillis;
    }

    /**
     * Takes {@code id} for this node.
     *
     * @return false when it is finished, or held by another node
     */
    boolean take(String id) {
        if (repository.contains(id)) {
            return false;
        }
        long now = clock.getAsLong();
        long epoch = epochAt(now);
        if (!add(entry(id, epoch))) {
            return false;
        }
        long[] epochs = {epoch, epoch};
        held.put(id, epochs);
        if (repository.contains(id)) {
            // finished by its previous holder between the first look and the add
            release(id);
            return false;
        }
        extend(id, epochs, now);
        return true;
    }

    /** Whether some node holds {@code id} for the current epoch. */
    boolean isHeld(String id) {
        return repository.contains(entry(id, epochAt(clock.getAsLong())));
    }

    /** Extends every held entry half a lease ahead. */
    void renew() {
        long now = clock.getAsLong();
        held.forEach((id, epochs) -> extend(id, epochs, now));
    }

    /** Marks {@code id} done for good, then gives up its epochs. */
    void finish(String id) {
        if (!add(id)) {
            LOG.debug("{} was finished already", id);
        }
        repository.confirm(id);
        release(id);
    }

    /** Gives {@code id} up, so that any node can take it at once. */
    void release(String id) {
        long[] epochs = held.remove(id);
        if (epochs != null) {
            synchronized (epochs) {
                removeEpochs(id, epochs, epochs[1]);
            }
        }
    }

    /**
     * Adds the epochs up to half a lease ahead and removes those before the current one, so that a long-held entry
     * leaves no trail in the repository. Runs on the renewing thread and the consumer's, hence the lock.
     */
    private void extend(String id, long[] epochs, long now) {
        synchronized (epochs) {
            if (held.get(id) != epochs) {
                return;
            }
            long target = epochAt(now + leaseMillis / 2);
            while (epochs[1] < target) {
                if (!add(entry(id, epochs[1] + 1))) {
                    LOG.warn("Another node took over {} while this node held it (this node did not renew its claim"
                            + " in time, e.g. after a long pause): it may be processed twice", id);
                    held.remove(id);
                    removeEpochs(id, epochs, epochs[1]);
                    return;
                }
                epochs[1]++;
            }
            removeEpochs(id, epochs, epochAt(now) - 1);
        }
    }

    /** Removes the entries of the held epochs up to {@code last}. */
    private void removeEpochs(String id, long[] epochs, long last) {
        for (; epochs[0] <= last; epochs[0]++) {
            repository.remove(entry(id, epochs[0]));
        }
    }

    /** The repository's add, where a lost race answered by a unique-key error counts as not added. */
    private boolean add(String key) {
        try {
            return repository.add(key);
        } catch (RuntimeException e) {
            if (repository.contains(key)) {
                return false;
            }
            throw e;
        }
    }

    private long epochAt(long millis) {
        return Math.floorDiv(millis, leaseMillis);
    }

    private static String entry(String id, long epoch) {
        return id + "@" + epoch;
    }
}
