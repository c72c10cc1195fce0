package dev.camelcos.examples.main;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each example must do end to end on the embedded emulator, as it runs with no COS account configured. The
 * Camel Main and the Spring Boot example's tests extend it with their own entry point (shared through this module's
 * test-jar), so the two are held to the same checks.
 */
public abstract class ExampleRunContract {

    @TempDir
    protected Path work;

    /** Runs the example with these settings, as its main method would. */
    protected abstract ExampleSummary run(ExampleSettings settings) throws Exception;

    /** The title the example's report starts with, e.g. "camel-cos example". */
    protected abstract String title();

    @Test
    void uploadsEveryFileAndWritesEveryObjectBackUnchanged() throws Exception {
        Path input = Files.createDirectory(work.resolve("in"));
        SampleFiles.writeTo(input);
        Path output = work.resolve("out");

        ExampleSummary summary = run(new ExampleSettings(input, output, null));

        long inputBytes = 0;
        for (Path file : FolderChecksums.files(input)) {
            inputBytes += Files.size(file);
        }
        assertThat(summary.filesInInput()).isEqualTo(3);
        assertThat(summary.filesUploaded()).isEqualTo(3);
        assertThat(summary.objectsReceived()).isEqualTo(3);
        assertThat(summary.bytesUploaded()).isEqualTo(inputBytes);
        assertThat(summary.bytesReceived()).isEqualTo(inputBytes);
        assertThat(summary.checksumsEqual()).isTrue();
        assertThat(summary.succeeded()).isTrue();
        assertThat(FolderChecksums.of(output)).isEqualTo(FolderChecksums.of(input)).hasSize(3);
        assertThat(summary.cos()).startsWith("embedded emulator at http://127.0.0.1:");
        assertThat(summary.report()).contains(title() + " finished", "files uploaded:   3 of 3",
                "objects received: 3", "checksums equal:  yes");
    }

    @Test
    void refusesAnEmptyInputFolder() {
        assertThatThrownBy(() -> run(new ExampleSettings(work, work.resolve("out"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no files to upload in " + work);
    }
}
