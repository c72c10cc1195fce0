package dev.camelcos.examples.springboot;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.DefaultApplicationArguments;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

import dev.camelcos.examples.main.ExampleRun;
import dev.camelcos.examples.main.ExampleSettings;
import dev.camelcos.examples.main.ExampleSummary;
import dev.camelcos.examples.main.ReceiveRoute;
import dev.camelcos.examples.main.Transfers;

/**
 * A Spring Boot application with camel-cos-starter: the files of a folder are uploaded to COS, a consumer picks the
 * new objects up and writes them to another folder, then the application prints what it did and exits.
 * <p>
 * With {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY}, {@code COS_BUCKET} and {@code COS_REGION}
 * set it uses that bucket (and deletes what it wrote); otherwise it starts the COS emulator inside the process.
 * Arguments: {@code [input-folder [output-folder]]} and any {@code --property=value} of Spring Boot; without
 * folders it makes sample files in a temporary folder.
 */
@SpringBootApplication
// the consumer route is the Camel Main example's
@Import(ReceiveRoute.class)
public class CosSpringBootExample {

    /** A safety net: the application stops as soon as every file came back. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    public static void main(String[] args) throws Exception {
        ExampleRun.exitWith(() -> run(
                ExampleSettings.from(new DefaultApplicationArguments(args).getNonOptionArgs(), System.getenv()), args));
    }

    /** Runs the two routes until every file came back (or the time limit passed) and says what happened. */
    public static ExampleSummary run(ExampleSettings settings, String... springArgs) throws Exception {
        return ExampleRun.run("camel-cos Spring Boot example", settings,
                (properties, files) -> runRoutes(properties, files, springArgs));
    }

    private static Transfers runRoutes(Map<String, String> properties, int files, String[] springArgs)
            throws InterruptedException {
        CountDownLatch allReceived = new CountDownLatch(1);
        Transfers transfers = new Transfers(files, allReceived::countDown);
        try (ConfigurableApplicationContext context = start(properties, transfers, springArgs)) {
            // returns when the time limit passed too: the summary then tells what did not come back
            allReceived.await(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return transfers;
    }

    /**
     * Starts the application with its routes running: {@code properties} (see {@link ExampleRun.Routes}) take
     * precedence over the application's own, and {@code transfers} counts what the routes move.
     */
    public static ConfigurableApplicationContext start(Map<String, String> properties, Transfers transfers,
            String... springArgs) {
        SpringApplication application = new SpringApplication(CosSpringBootExample.class);
        // before the context refreshes, so that the cos component is configured with these properties
        application.addInitializers(context -> {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource(ExampleRun.LOG_NAME, Collections.unmodifiableMap(properties)));
            context.getBeanFactory().registerSingleton(Transfers.BEAN_NAME, transfers);
        });
        application.addListeners((ApplicationListener<WebServerInitializedEvent>) event -> LoggerFactory
                .getLogger(ExampleRun.LOG_NAME).info("Health: http://localhost:{}/actuator/health",
                        event.getWebServer().getPort()));
        return application.run(springArgs);
    }
}
