package dev.camelcos.examples.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the example reads, writes and stores: the input and output folders, and the COS account when one is
 * configured (null: an emulator started inside the process).
 *
 * @param input   the folder whose files are uploaded
 * @param output  the folder the consumer writes the objects to
 * @param account the real COS bucket to use, or null for the embedded emulator
 * @param workDirectory the temporary folder the example made for missing folders, deleted after the run; or null
 */
public record ExampleSettings(Path input, Path output, CosAccount account, Path workDirectory) {

    public ExampleSettings(Path input, Path output, CosAccount account) {
        this(input, output, account, null);
    }

    /** The environment variables that select a real COS bucket; all or none must be set. */
    public static final List<String> ACCOUNT_VARIABLES
            = List.of("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "COS_BUCKET", "COS_REGION");

    /** A real COS bucket; the credentials are read from the environment by the cos component itself. */
    public record CosAccount(String bucket, String region) {
    }

    /**
     * Settings from the folders named on the command line ({@code [input-folder [output-folder]]}) and the
     * environment. Without an input folder the example makes one in a temporary directory and puts sample files in it.
     */
    public static ExampleSettings from(List<String> folders, Map<String, String> environment) throws IOException {
        Path workDirectory = folders.size() < 2 ? Files.createTempDirectory("camel-cos-example") : null;
        Path input;
        if (!folders.isEmpty()) {
            input = Path.of(folders.get(0));
        } else {
            input = Files.createDirectory(workDirectory.resolve("inbox"));
            SampleFiles.writeTo(input);
        }
        Path output = folders.size() > 1 ? Path.of(folders.get(1)) : workDirectory.resolve("outbox");
        return new ExampleSettings(input, output, account(environment), workDirectory);
    }

    /** Deletes the temporary folder the example made, with what it holds; nothing when the user named both folders. */
    public void deleteWorkDirectory() throws IOException {
        if (workDirectory == null || !Files.exists(workDirectory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static CosAccount account(Map<String, String> environment) {
        List<String> missing = ACCOUNT_VARIABLES.stream().filter(name -> isBlank(environment.get(name))).toList();
        if (missing.size() == ACCOUNT_VARIABLES.size()) {
            return null;
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("To use real COS set all of " + String.join(", ", ACCOUNT_VARIABLES)
                                               + "; missing: " + String.join(", ", missing)
                                               + " (set none of them to use the embedded emulator)");
        }
        return new CosAccount(environment.get("COS_BUCKET"), environment.get("COS_REGION"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
