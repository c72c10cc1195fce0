package dev.camelcos.examples.main;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.camelcos.emulator.CosEmulator;

/**
 * What the Camel Main and the Spring Boot examples share: they pick the COS bucket (the configured account, or an
 * emulator started for the run), hand their routes the properties that point them at it, and sum up what came back.
 */
public final class ExampleRun {

    /** The logger the routes report each file and object to. */
    public static final String LOG_NAME = "camel-cos-example";
    static final String EMULATOR_BUCKET = "camel-cos-example-1250000000";

    /** Runs an application's routes until every file came back (or its time limit passed). */
    @FunctionalInterface
    public interface Routes {

        /**
         * @param properties the cos component options ({@code camel.component.cos.*}), {@code example.bucket},
         *                   {@code example.prefix}, {@code example.input} and {@code example.output}, taking
         *                   precedence over the application's own
         * @param files      how many files the input folder holds
         * @return what the routes counted
         */
        Transfers run(Map<String, String> properties, int files) throws Exception;
    }

    private ExampleRun() {
    }

    /**
     * Prints the summary of {@code example} and exits: 0 when every file came back unchanged, 1 when not, 2 when
     * the settings are wrong.
     */
    public static void exitWith(Callable<ExampleSummary> example) throws Exception {
        ExampleSummary summary;
        try {
            summary = example.call();
        } catch (IllegalArgumentException e) {
            System.err.println("camel-cos example: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(summary.report());
        System.exit(summary.succeeded() ? 0 : 1);
    }

    /**
     * Runs the routes against the settings' bucket and says what happened; the temporary folder of the settings,
     * if any, is deleted afterwards.
     *
     * @param title the summary's first words, naming the example
     */
    public static ExampleSummary run(String title, ExampleSettings settings, Routes routes) throws Exception {
        try {
            return runIn(title, settings, routes);
        } finally {
            settings.deleteWorkDirectory();
        }
    }

    private static ExampleSummary runIn(String title, ExampleSettings settings, Routes routes) throws Exception {
        int files = FolderChecksums.files(settings.input()).size();
        if (files == 0) {
            throw new IllegalArgumentException("no files to upload in " + settings.input());
        }
        if (settings.account() != null) {
            return run(title, settings, files, CosTarget.of(settings.account()), routes);
        }
        try (CosEmulator emulator = CosEmulator.builder()
                .credentials("AKIDcamelcosexample", UUID.randomUUID().toString())
                .bucket(EMULATOR_BUCKET)
                .start()) {
            return run(title, settings, files, CosTarget.of(emulator, EMULATOR_BUCKET), routes);
        }
    }

    private static ExampleSummary run(String title, ExampleSettings settings, int files, CosTarget target,
            Routes routes) throws Exception {
        Map<String, String> properties = new HashMap<>();
        target.componentOptions().forEach((option, value) -> properties.put("camel.component.cos." + option, value));
        properties.put("example.bucket", target.bucket());
        // a prefix of its own, so that a run never picks up what an earlier one left in a real bucket
        properties.put("example.prefix", "camel-cos-example/" + UUID.randomUUID() + "/");
        properties.put("example.input", settings.input().toAbsolutePath().toString());
        properties.put("example.output", settings.output().toAbsolutePath().toString());
        Transfers transfers = routes.run(properties, files);

        return new ExampleSummary(title, target.description(), settings.input(), settings.output(), files,
                transfers.filesUploaded(), transfers.bytesUploaded(), transfers.objectsReceived(),
                transfers.bytesReceived(), FolderChecksums.of(settings.input()).equals(FolderChecksums.of(settings.output())));
    }
}
