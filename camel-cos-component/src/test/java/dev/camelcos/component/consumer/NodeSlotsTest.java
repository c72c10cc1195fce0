package dev.camelcos.component.consumer;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three nodes sharing one repository, on a clock the test moves. */
class NodeSlotsTest {

    private static final long LEASE = 1000;
    private static final List<String> IDS = IntStream.range(0, 3000)
            .mapToObj(i -> ObjectClaims.idOf("bucket-1250000000", "incoming/" + i + ".csv", "\"etag\"")).toList();

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final MemoryIdempotentRepository repository = new MemoryIdempotentRepository();

    @BeforeEach
    void startRepository() {
        repository.start();
    }

    private final class Node {
        final ClaimLeases leases = new ClaimLeases(repository, LEASE, clock::get);
        final NodeSlots slots = new NodeSlots(leases, "bucket-1250000000", "incoming/");

        void tick() {
            leases.renew();
            slots.refresh();
        }

        long preferred() {
            return IDS.stream().filter(slots::prefers).count();
        }
    }

    @Test
    void eachObjectPrefersExactlyOneOfTheLiveNodesAndTheyShareThemEvenly() {
        List<Node> nodes = List.of(new Node(), new Node(), new Node());
        nodes.forEach(node -> node.slots.join());
        nodes.forEach(Node::tick);

        for (String id : IDS) {
            assertThat(nodes.stream().filter(node -> node.slots.prefers(id)).count()).as(id).isEqualTo(1);
        }
        nodes.forEach(node -> assertThat(node.preferred()).isBetween(900L, 1100L));
    }

    @Test
    void theObjectsOfANodeThatStoppedRenewingGoToTheOthersOnceItsSlotLapsed() {
        Node first = new Node();
        Node dying = new Node();
        Node third = new Node();
        List.of(first, dying, third).forEach(node -> node.slots.join());
        List.of(first, dying, third).forEach(Node::tick);
        for (int quarter = 0; quarter < 8; quarter++) {
            clock.addAndGet(LEASE / 4);
            first.tick();
            third.tick();
        }
        for (String id : IDS) {
            assertThat(first.slots.prefers(id) ^ third.slots.prefers(id)).as(id).isTrue();
        }

        Node restarted = new Node();
        restarted.slots.join();
        restarted.tick();
        first.tick();
        assertThat(restarted.preferred()).as("the restarted node takes the free slot and a third of the objects")
                .isBetween(900L, 1100L);
    }

    @Test
    void aNodeThatLeftFreesItsSlotAtOnce() {
        Node first = new Node();
        Node second = new Node();
        first.slots.join();
        second.slots.join();
        second.slots.leave();
        first.tick();
        assertThat(first.preferred()).isEqualTo(IDS.size());
    }
}
