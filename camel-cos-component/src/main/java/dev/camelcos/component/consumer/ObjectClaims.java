package dev.camelcos.component.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.model.ObjectSummary;

/**
 * Which object versions are taken, kept in an idempotent repository. An object version is its bucket, key and ETag,
 * so an object overwritten with new content is new again. The repository's {@code add} decides who processes an
 * object: with a repository shared by several nodes, exactly one of them wins each version.
 * <p>
 * Without a lease a claim is the plain id, added when the object is taken, and lasts until its exchange failed. With
 * a lease ({@code claimLease}) a claim lapses unless its node renews it ({@link ClaimLeases}), so the objects of a node
 * that died are taken again by the others, and each node takes only the objects that prefer it ({@link NodeSlots}).
 */
final class ObjectClaims {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectClaims.class);

    private final IdempotentRepository repository;
    private final String bucket;
    private final ExceptionHandler exceptionHandler;
    private final ClaimLeases leases;
    private final NodeSlots slots;
    private ScheduledFuture<?> renewals;

    /**
     * @param leaseMillis how long a claim lasts unless renewed, or 0 for claims without a lease
     */
    ObjectClaims(IdempotentRepository repository, String bucket, String prefix, long leaseMillis,
                 ExceptionHandler exceptionHandler) {
        this.repository = repository;
        this.bucket = bucket;
        this.exceptionHandler = exceptionHandler;
        this.leases = leaseMillis > 0 ? new ClaimLeases(repository, leaseMillis, System::currentTimeMillis) : null;
        this.slots = leases != null ? new NodeSlots(leases, bucket, prefix) : null;
    }

    /** With a lease: joins the live nodes and renews this node's claims every quarter lease on {@code scheduler}. */
    void start(ScheduledExecutorService scheduler) {
        if (leases != null) {
            slots.join();
            long period = leases.leaseMillis() / 4;
            renewals = scheduler.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** With a lease: stops renewing and leaves the live nodes (claims still held are released by the consumer). */
    void stop() {
        if (renewals != null) {
            renewals.cancel(false);
            renewals = null;
            slots.leave();
        }
    }

    private void renew() {
        try {
            leases.renew();
            slots.refresh();
        } catch (RuntimeException e) {
            // the next renewal tries again; the claims last until then
            exceptionHandler.handleException("Could not renew the consumer's claims in the idempotent repository", e);
        }
    }

    /**
     * The repository entry of an object version: a SHA-256 digest, so that it has a fixed length (64 characters, which
     * fits the default column of Camel's JDBC repository whatever the key's length) and never needs escaping.
     */
    static String idOf(String bucket, String key, String etag) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((bucket + '\n' + key + '\n' + etag).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the version was taken already; only a shortcut to skip work, never the decision. */
    boolean isTaken(ObjectSummary object) {
        try {
            return repository.contains(idOf(object));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Takes the version for this consumer.
     *
     * @return false when it was taken already (by this consumer or by another node), or when the repository failed
     */
    boolean take(ObjectSummary object) {
        String id = idOf(object);
        if (leases != null) {
            return takeLeased(object, id);
        }
        try {
            boolean taken = repository.add(id);
            LOG.trace("{} {} (etag {}, id {})", taken ? "Took" : "Already taken:", object.getKey(), object.getETag(), id);
            return taken;
        } catch (RuntimeException e) {
            // a repository with a unique constraint answers a lost race with an error rather than false
            if (isTaken(object)) {
                LOG.debug("Another consumer took {} first", object.getKey());
            } else {
                exceptionHandler.handleException("Could not record " + describe(object)
                        + " in the idempotent repository; it is skipped until a later poll", e);
            }
            return false;
        }
    }

    private boolean takeLeased(ObjectSummary object, String id) {
        if (!slots.prefers(id)) {
            return false;
        }
        try {
            return leases.take(id);
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Could not claim " + describe(object)
                    + " in the idempotent repository; it is skipped until a later poll", e);
            return false;
        }
    }

    /** Gives the version back after a failed exchange, so that a later poll emits it again. */
    void release(ObjectSummary object) {
        try {
            if (leases != null) {
                leases.release(idOf(object));
                return;
            }
            repository.remove(idOf(object));
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Could not remove " + describe(object) + " from the idempotent repository"
                    + " after its exchange failed; it is not emitted again while the repository keeps it", e);
        }
    }

    /** Marks the version as processed for good. */
    void confirm(ObjectSummary object) {
        try {
            if (leases != null) {
                leases.finish(idOf(object));
                return;
            }
            repository.confirm(idOf(object));
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Could not confirm " + describe(object) + " in the idempotent repository", e);
        }
    }

    private String idOf(ObjectSummary object) {
        return idOf(bucket, object.getKey(), object.getETag());
    }

    private String describe(ObjectSummary object) {
        return bucket + "/" + object.getKey() + " (etag " + object.getETag() + ")";
    }
}
