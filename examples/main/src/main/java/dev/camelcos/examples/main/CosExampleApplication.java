package dev.camelcos.examples.main;

import java.util.List;
import java.util.Map;

import org.apache.camel.main.Main;

/**
 * A Camel Main application: the files of a folder are uploaded to COS (a YAML route), a consumer picks the new
 * objects up and writes them to another folder (a Java route), then the application prints what it did and exits.
 * <p>
 * With {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY}, {@code COS_BUCKET} and {@code COS_REGION}
 * set it uses that bucket (and deletes what it wrote); otherwise it starts the COS emulator inside the process.
 * Arguments: {@code [input-folder [output-folder]]}; without them it makes sample files in a temporary folder.
 */
public final class CosExampleApplication {

    private CosExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        ExampleRun.exitWith(() -> run(ExampleSettings.from(List.of(args), System.getenv())));
    }

    /** Runs the two routes until every file came back (or the time limit passed) and says what happened. */
    public static ExampleSummary run(ExampleSettings settings) throws Exception {
        return ExampleRun.run("camel-cos example", settings, CosExampleApplication::runRoutes);
    }

    private static Transfers runRoutes(Map<String, String> properties, int files) throws Exception {
        Main main = new Main();
        Transfers transfers = new Transfers(files, main::completed);
        main.bind(Transfers.BEAN_NAME, transfers);
        main.configure().addRoutesBuilder(new ReceiveRoute());
        properties.forEach(main::addOverrideProperty);
        main.run();
        return transfers;
    }
}
