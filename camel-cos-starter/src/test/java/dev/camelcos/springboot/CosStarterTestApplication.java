package dev.camelcos.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

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
}
