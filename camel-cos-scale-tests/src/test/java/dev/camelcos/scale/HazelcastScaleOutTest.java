package dev.camelcos.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three node processes on one bucket, each a member of a Hazelcast cluster they form on loopback (TCP-IP join on
 * 127.0.0.1, no multicast), sharing camel-hazelcast's repository, with leased claims.
 */
class HazelcastScaleOutTest extends ScaleOutTestSupport {

    private final List<Integer> ports = new ArrayList<>();
    /** A cluster name of its own, so that no other cluster on this machine is joined. */
    private final String cluster = "camel-cos-scale-" + UUID.randomUUID();

    @BeforeEach
    void choosePorts() throws Exception {
        for (int i = 0; i < 3; i++) {
            ports.add(freePort());
        }
    }

    @Test
    void threeNodesProcessEachObjectExactlyOnceAndShareTheWork() throws Exception {
        threeNodesProcessEveryObjectExactlyOnce(i -> hazelcastNode(i, ports, cluster, 0));
    }

    @Test
    void aNodeKilledMidBatchLeavesNothingUnprocessedOnceItsClaimsLapsed() throws Exception {
        aNodeKilledMidBatchLeavesNothingUnprocessed(i -> hazelcastNode(i, ports, cluster, 5));
    }
}
