package dev.camelcos.component.consumer;

import org.apache.camel.Route;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns, when a consumer starts, that it keeps its claims where only its own node sees them although it looks like it
 * runs beside other nodes: each node would then process every object. It looks so when {@code claimLease} is set
 * (which only several nodes need), or when the context has a cluster service (the application is deployed as a
 * cluster) and the route runs on every node (neither the master component nor a route policy decides where).
 */
final class LocalRepositoryWarning {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRepositoryWarning.class);

    private LocalRepositoryWarning() {
    }

    static void check(CosConsumer consumer, IdempotentRepository repository, long claimLease) {
        if (!(repository instanceof MemoryIdempotentRepository || repository instanceof FileIdempotentRepository)) {
            return;
        }
        String reason = null;
        if (claimLease > 0) {
            reason = "claimLease is set";
        } else if (consumer.getEndpoint().getCamelContext().hasService(CamelClusterService.class) != null
                   && runsOnEveryNode(consumer)) {
            reason = "the Camel context has a cluster service and the route is not run by master: or a route policy";
        }
        if (reason != null) {
            LOG.warn("The cos consumer of route {} keeps its claims in a {} only this node sees, but {}: if the route"
                    + " runs on several nodes, each of them processes every object. Give every node the same shared"
                    + " idempotentRepository (JDBC, Hazelcast, Redis, Infinispan) or run one active consumer with"
                    + " master: (see docs/consumer.md, Several nodes).", consumer.getRouteId(),
                    repository.getClass().getSimpleName(), reason);
        }
    }

    private static boolean runsOnEveryNode(CosConsumer consumer) {
        Route route = consumer.getEndpoint().getCamelContext().getRoute(consumer.getRouteId());
        return route != null && route.getConsumer() == consumer && route.getRoutePolicyList().isEmpty();
    }
}
