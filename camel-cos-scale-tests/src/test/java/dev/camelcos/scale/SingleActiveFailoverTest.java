package dev.camelcos.scale;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two node processes running the route through the master component with camel-file's lock-file cluster service: one
 * consumes, the other stands by, and takes over when the leader is killed.
 */
class SingleActiveFailoverTest extends ScaleOutTestSupport {

    private static final long FAILOVER_MILLIS = 1000;

    @Test
    void theStandbyTakesOverWhenTheLeaderIsKilledAndNothingIsLost() throws Exception {
        startNodes(2, i -> singleActiveNode(i, FAILOVER_MILLIS, 5));
        List<String> written = putObjects();
        await().atMost(FINISH).until(() -> nodes.stream().anyMatch(node -> node.processed().size() >= BATCH + 5));
        NodeProcess leader = nodes.stream().filter(node -> !node.processed().isEmpty()).findFirst().orElseThrow();
        NodeProcess standby = nodes.get(1 - nodes.indexOf(leader));
        assertThat(standby.processed()).as("the standby while the leader lives").isEmpty();
        leader.kill();
        List<String> leaderProcessed = leader.processed();
        awaitBucketEmpty();

        assertThat(standby.processed()).as("the new leader").isNotEmpty();
        assertAtLeastOnceAfterKill(written, leader, leaderProcessed);
        Map<String, Integer> times = timesProcessed();
        assertThat(times.values().stream().mapToInt(Integer::intValue).sum() - times.size())
                .as("processed twice: at most the one object the leader was completing").isLessThanOrEqualTo(1);
    }
}
