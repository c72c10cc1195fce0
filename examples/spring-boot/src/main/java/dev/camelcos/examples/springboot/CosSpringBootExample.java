package dev.camelcos.examples.springboot;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import dev.camelcos.emulator.CosEmulator;

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
public class CosSpringBootExample {

    /** The logger the routes report each file and object to. */
    static final String LOG_NAME = "camel-cos-example";
    static final String EMULATOR_BUCKET = "camel-cos-example-1250000000";
    /** A safety net: the application stops as soon as every file came back. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    public static void main(String[] args) throws Exception {
        ExampleSummary summary;
        try {
            ExampleSettings settings
                    = ExampleSettings.from(new DefaultApplicationArguments(args).getNonOptionArgs(), System.getenv());
            summary = run(settings, args);
        } catch (IllegalArgumentException e) {
            System.err.println("camel-cos example: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(summary.report());
        System.exit(summary.succeeded() ? 0 : 1);
    }

    /** Runs the two routes until every file came back (or the time limit passed) and says what happened. */
    public static ExampleSummary run(ExampleSettings settings, String... springArgs) throws Exception {
        int files = FolderChecksums.files(settings.input()).size();
        if (files == 0) {
            throw new IllegalArgumentException("no files to upload in " + settings.input());
        }
        if (settings.account() != null) {
            return run(settings, files, CosTarget.of(settings.account()), springArgs);
        }
        try (CosEmulator emulator = CosEmulator.builder()
                .credentials("AKIDcamelcosexample", UUID.randomUUID().toString())
                .bucket(EMULATOR_BUCKET)
                .start()) {
            return run(settings, files, CosTarget.of(emulator, EMULATOR_BUCKET), springArgs);
        }
    }

    private static ExampleSummary run(ExampleSettings settings, int files, CosTarget target, String[] springArgs)
            throws Exception {
        Map<String, Object> properties = new HashMap<>(target.properties());
        // a prefix of its own, so that a run never picks up what an earlier one left in a real bucket
        properties.put("example.prefix", "camel-cos-example/" + UUID.randomUUID() + "/");
        properties.put("example.input", settings.input().toAbsolutePath().toString());
        properties.put("example.output", settings.output().toAbsolutePath().toString());
        Transfers transfers = new Transfers(files);

        SpringApplication application = new SpringApplication(CosSpringBootExample.class);
        // before the context refreshes, so that the cos component is configured with these properties
        application.addInitializers(context -> {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(LOG_NAME, properties));
            context.getBeanFactory().registerSingleton(Transfers.BEAN_NAME, transfers);
        });
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            transfers.awaitAllReceived(TIME_LIMIT);
        }

        return new ExampleSummary(target.description(), settings.input(), settings.output(), files,
                transfers.filesUploaded(), transfers.bytesUploaded(), transfers.objectsReceived(),
                transfers.bytesReceived(), FolderChecksums.of(settings.input()).equals(FolderChecksums.of(settings.output())));
    }
}
