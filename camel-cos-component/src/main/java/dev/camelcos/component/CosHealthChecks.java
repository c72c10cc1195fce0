package dev.camelcos.component;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.RouteIdAware;

/**
 * Registers the {@link CosHealthCheck} of a cos producer or consumer with Camel's health-check registry when it
 * starts, and removes it when it stops:
 *
 * <pre>
 * doStart: healthCheck = CosHealthChecks.registerProducer(this);   // or registerConsumer(this)
 * doStop:  CosHealthChecks.unregister(healthCheck);
 * </pre>
 *
 * Both kinds go to the registry itself, so that they are reported with Camel's defaults: Camel's "producers"
 * repository is reported only with {@code camel.health.producersEnabled=true}, and Camel 4.18 builds its
 * "consumers" repository from the routes, so it cannot take other checks. Consumer checks are registered only
 * while that repository is enabled ({@code camel.health.consumersEnabled}, on by default), so that switching
 * consumer checks off switches these off too. Each check is enabled as the component says
 * ({@code healthCheckProducerEnabled}, {@code healthCheckConsumerEnabled}, both on by default). Without an enabled
 * registry (camel-health missing or switched off) nothing is registered and null is returned.
 */
public final class CosHealthChecks {

    static final String CONSUMERS = "consumers";

    /** Producers have no route id, so a sequence number tells the checks of several producers apart. */
    private static final AtomicLong PRODUCER_SEQUENCE = new AtomicLong();

    private CosHealthChecks() {
    }

    /** Registers the readiness check of a producer of a cos endpoint; returns it, or null when not registered. */
    public static CosHealthCheck registerProducer(Producer producer) {
        CosEndpoint endpoint = cosEndpoint(producer.getEndpoint());
        String id = "cos-producer-" + endpoint.getConfiguration().getBucketName() + "-"
                    + PRODUCER_SEQUENCE.incrementAndGet();
        return register(endpoint, id, endpoint.getComponent().isHealthCheckProducerEnabled());
    }

    /** Registers the readiness check of a consumer of a cos endpoint; returns it, or null when not registered. */
    public static CosHealthCheck registerConsumer(Consumer consumer) {
        CosEndpoint endpoint = cosEndpoint(consumer.getEndpoint());
        HealthCheckRepository consumers = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(),
                CONSUMERS);
        if (consumers == null || !consumers.isEnabled()) {
            return null;
        }
        String routeId = consumer instanceof RouteIdAware aware ? aware.getRouteId() : null;
        String id = "cos-consumer-" + (routeId != null ? routeId : endpoint.getConfiguration().getBucketName());
        return register(endpoint, id, endpoint.getComponent().isHealthCheckConsumerEnabled());
    }

    private static CosHealthCheck register(CosEndpoint endpoint, String id, boolean enabled) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(endpoint.getCamelContext());
        if (registry == null || !registry.isEnabled()) {
            return null;
        }
        CosHealthCheck check = new CosHealthCheck(id, endpoint, registry::unregister);
        check.setEnabled(enabled);
        registry.register(check);
        return check;
    }

    /** Removes a check returned by a register method; null (nothing was registered) is allowed. */
    public static void unregister(CosHealthCheck check) {
        if (check != null) {
            check.unregister();
        }
    }

    private static CosEndpoint cosEndpoint(Endpoint endpoint) {
        if (endpoint instanceof CosEndpoint cos) {
            return cos;
        }
        throw new IllegalArgumentException(
                "A cos health check needs a producer or consumer of a cos endpoint, not of " + endpoint);
    }
}
