package dev.camelcos.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.camelcos.component.CosEndpoint;
import dev.camelcos.component.CosHealthChecks;

/** The application of the starter tests: one route uploads to a bucket, another reads back from it. */
@SpringBootApplication
public class CosStarterTestApplication {

    static final String BUCKET = "starter-1250000000";

    @Bean
    RouteBuilder cosRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").routeId("upload").to("cos:" + BUCKET + "?operation=putObject");
                from("direct:download").routeId("download").to("cos:" + BUCKET + "?operation=getObject")
                        .convertBodyTo(String.class);
            }
        };
    }

    /**
     * Registers a producer health check for each cos endpoint of the routes once Camel has started, the way a
     * started cos producer registers its own through {@link CosHealthChecks#registerProducer}.
     */
    @Bean
    CamelContextConfiguration cosProducerHealthChecks() {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                // nothing to prepare: the checks need started endpoints
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                try {
                    for (Endpoint endpoint : camelContext.getEndpoints()) {
                        if (endpoint instanceof CosEndpoint) {
                            Producer producer = endpoint.createProducer();
                            producer.start();
                            CosHealthChecks.registerProducer(producer);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register the cos producer health checks", e);
                }
            }
        };
    }
}
