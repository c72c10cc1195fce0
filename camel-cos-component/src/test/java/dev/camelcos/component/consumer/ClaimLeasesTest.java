package dev.camelcos.component.consumer;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes' leases on one repository, on a clock the test moves. */
class ClaimLeasesTest {

    private static final long LEASE = 1000;
    private static final String ID = ObjectClaims.idOf("bucket-1250000000", "incoming/a.csv", "\"etag\"");

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final MemoryIdempotentRepository repository = new MemoryIdempotentRepository();
    private final ClaimLeases first = new ClaimLeases(repository, LEASE, clock::get);
    private final ClaimLeases second = new ClaimLeases(repository, LEASE, clock::get);

    @BeforeEach
    void startRepository() {
        repository.start();
    }

    @Test
    void aHeldClaimIsNotTakenByAnotherNode() {
        assertThat(first.take(ID)).isTrue();
        assertThat(second.take(ID)).isFalse();
        assertThat(first.take(ID)).as("not even by its own node a second time").isFalse();
        assertThat(second.isHeld(ID)).isTrue();
    }

    @Test
    void aClaimRenewedEveryQuarterLeaseLastsAsLongAsItsNode() {
        first.take(ID);
        for (int quarter = 0; quarter < 20; quarter++) {
            clock.addAndGet(LEASE / 4);
            first.renew();
            assertThat(second.take(ID)).as("after %d quarter leases", quarter + 1).isFalse();
        }
    }

    @Test
    void aClaimNotRenewedLapsesWithinOneAndAHalfLeases() {
        // the worst case: taken at the end of an epoch, so it is held up to the end of the next one
        clock.set(LEASE * 1000 + LEASE - 1);
        first.take(ID);
        clock.addAndGet(LEASE);
        assertThat(second.take(ID)).as("one lease later").isFalse();
        clock.addAndGet(LEASE / 2 + 1);
        assertThat(second.take(ID)).as("one and a half leases later").isTrue();
        assertThat(first.isHeld(ID)).isTrue();
    }

    @Test
    void aFinishedClaimIsNeverTakenAgainAndLeavesOnlyItsDoneEntry() {
        first.take(ID);
        clock.addAndGet(LEASE * 3 / 4);
        first.renew();
        first.finish(ID);
        assertThat(repository.getCache()).containsOnlyKeys(ID);
        clock.addAndGet(LEASE * 10);
        assertThat(second.take(ID)).isFalse();
        assertThat(first.take(ID)).isFalse();
    }

    @Test
    void aReleasedClaimIsFreeAtOnceAndLeavesNothing() {
        first.take(ID);
        clock.addAndGet(LEASE * 3 / 4);
        first.renew();
        first.release(ID);
        assertThat(repository.getCache()).isEmpty();
        assertThat(second.take(ID)).isTrue();
    }

    @Test
    void aLongHeldClaimKeepsOnlyItsCurrentEpochs() {
        first.take(ID);
        for (int quarter = 0; quarter < 40; quarter++) {
            clock.addAndGet(LEASE / 4);
            first.renew();
        }
        assertThat(repository.getCache().size()).isBetween(1, 2);
    }

    @Test
    void aLostRaceAnsweredByAUniqueKeyErrorIsATakenClaim() {
        // as a database with a unique key answers the second insert of a key when both nodes counted it absent
        MemoryIdempotentRepository uniqueKey = new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                if (contains(key)) {
                    throw new IllegalStateException("duplicate key " + key);
                }
                return super.add(key);
            }
        };
        uniqueKey.start();
        assertThat(new ClaimLeases(uniqueKey, LEASE, clock::get).take(ID)).isTrue();
        assertThat(new ClaimLeases(uniqueKey, LEASE, clock::get).take(ID)).isFalse();
    }

    @Test
    void anyOtherRepositoryErrorIsThrown() {
        MemoryIdempotentRepository broken = new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                throw new IllegalStateException("connection refused");
            }
        };
        broken.start();
        assertThatThrownBy(() -> new ClaimLeases(broken, LEASE, clock::get).take(ID)).hasMessage("connection refused");
    }
}
