package dev.camelcos.examples.main;

import java.util.UUID;

import org.apache.camel.main.Main;

import dev.camelcos.emulator.CosEmulator;

/**
 * A Camel Main application: the files of a folder are uploaded to COS (a YAML route), a consumer picks the new
 * objects up and writes them to another folder (a Java route), then the application prints what it did and exits.
 * <p>
 * With {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY}, {@code COS_BUCKET} and {@code COS_REGION}
 * set it uses that bucket (and deletes what it wrote); otherwise it starts the COS emulator inside the process.
 * Arguments: {@code [input-folder [output-folder]]}; without them it makes sample files in a temporary folder.
 */
public final class CosExampleApplication {

    /** The logger the routes report each file and object to. */
    static final String LOG_NAME = "camel-cos-example";
    static final String EMULATOR_BUCKET = "camel-cos-example-1250000000";

    private CosExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        ExampleSummary summary;
        try {
            summary = run(ExampleSettings.from(args, System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("camel-cos example: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(summary.report());
        System.exit(summary.succeeded() ? 0 : 1);
    }

    /** Runs the two routes until every file came back (or the time limit passed) and says what happened. */
    public static ExampleSummary run(ExampleSettings settings) throws Exception {
        int files = FolderChecksums.files(settings.input()).size();
        if (files == 0) {
            throw new IllegalArgumentException("no files to upload in " + settings.input());
        }
        if (settings.account() != null) {
            return run(settings, files, CosTarget.of(settings.account()));
        }
        try (CosEmulator emulator = CosEmulator.builder()
                .credentials("AKIDcamelcosexample", UUID.randomUUID().toString())
                .bucket(EMULATOR_BUCKET)
                .start()) {
            return run(settings, files, CosTarget.of(emulator, EMULATOR_BUCKET));
        }
    }

    private static ExampleSummary run(ExampleSettings settings, int files, CosTarget target) throws Exception {
        Main main = new Main();
        Transfers transfers = new Transfers(files, main::completed);
        main.bind(Transfers.BEAN_NAME, transfers);
        main.configure().addRoutesBuilder(new ReceiveRoute());
        target.componentOptions().forEach((option, value) -> main.addOverrideProperty("camel.component.cos." + option, value));
        main.addOverrideProperty("cos.bucket", target.bucket());
        // a prefix of its own, so that a run never picks up what an earlier one left in a real bucket
        main.addOverrideProperty("example.prefix", "camel-cos-example/" + UUID.randomUUID() + "/");
        main.addOverrideProperty("example.input", settings.input().toAbsolutePath().toString());
        main.addOverrideProperty("example.output", settings.output().toAbsolutePath().toString());
        main.run();

        return new ExampleSummary(target.description(), settings.input(), settings.output(), files,
                transfers.filesUploaded(), transfers.bytesUploaded(), transfers.objectsReceived(),
                transfers.bytesReceived(), FolderChecksums.of(settings.input()).equals(FolderChecksums.of(settings.output())));
    }
}
