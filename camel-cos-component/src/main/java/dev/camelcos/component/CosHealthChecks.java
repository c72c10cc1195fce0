package dev.camelcos.component;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.WritableHealthCheckRepository;
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
 * Producer checks go to Camel's "producers" repository, which Camel reports only with
 * {@code camel.health.producersEnabled=true}. Camel 4.18 builds its "consumers" repository from the routes and
 * cannot take other checks, so consumer checks go to the registry itself, and only while that repository is
 * enabled ({@code camel.health.consumersEnabled}, on by default). Each check is enabled as the component says
 * ({@code healthCheckProducerEnabled}, {@code healthCheckConsumerEnabled}). Without a registry (camel-health
 * switched off) nothing is registered and null is returned.
 */
public final class CosHealthChecks {

    static final String PRODUCERS = "producers";
    static final String CONSUMERS = "consumers";

    /** Producers have no route id, so a sequence number tells the checks of several producers apart. */
    private static final AtomicLong PRODUCER_SEQUENCE = new AtomicLong();

    private CosHealthChecks() {
    }

    /** Registers the readiness check of a producer of a cos endpoint; returns it, or null when not registered. */
    public static CosHealthCheck registerProducer(Producer producer) {
        CosEndpoint endpoint = cosEndpoint(producer.getEndpoint());
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), PRODUCERS, WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        String id = "cos-producer-" + endpoint.getConfiguration().getBucketName() + "-"
                    + PRODUCER_SEQUENCE.incrementAndGet();
        CosHealthCheck check = new CosHealthCheck(id, endpoint, repository::removeHealthCheck);
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
        return check;
    }

    /** Registers the readiness check of a consumer of a cos endpoint; returns it, or null when not registered. */
    public static CosHealthCheck registerConsumer(Consumer consumer) {
        CosEndpoint endpoint = cosEndpoint(consumer.getEndpoint());
        CamelContext context = endpoint.getCamelContext();
        HealthCheckRepository consumers = HealthCheckHelper.getHealthCheckRepository(context, CONSUMERS);
        if (consumers == null || !consumers.isEnabled()) {
            return null;
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        String routeId = consumer instanceof RouteIdAware aware ? aware.getRouteId() : null;
        String id = "cos-consumer-" + (routeId != null ? routeId : endpoint.getConfiguration().getBucketName());
        CosHealthCheck check = new CosHealthCheck(id, endpoint, registry::unregister);
        check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
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
