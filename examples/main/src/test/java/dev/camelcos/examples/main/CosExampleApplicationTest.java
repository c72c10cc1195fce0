package dev.camelcos.examples.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example end to end on the embedded emulator, as it runs with no COS account configured. */
class CosExampleApplicationTest {

    @TempDir
    Path work;

    @Test
    void uploadsEveryFileAndWritesEveryObjectBackUnchanged() throws Exception {
        Path input = Files.createDirectory(work.resolve("in"));
        SampleFiles.writeTo(input);
        Path output = work.resolve("out");

        ExampleSummary summary = CosExampleApplication.run(new ExampleSettings(input, output, null));

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
        assertThat(summary.report()).contains("files uploaded:   3 of 3", "objects received: 3", "checksums equal:  yes");
    }

    @Test
    void withoutArgumentsMakesSampleFilesInATemporaryFolder() throws Exception {
        ExampleSettings settings = ExampleSettings.from(List.of(), Map.of());
        try {
            assertThat(FolderChecksums.files(settings.input())).extracting(p -> p.getFileName().toString())
                    .containsExactly("hello.txt", "large.bin", "orders.csv");
            assertThat(settings.output().getParent()).isEqualTo(settings.input().getParent());
            assertThat(settings.account()).isNull();
        } finally {
            deleteTree(settings.input().getParent());
        }
    }

    @Test
    void aRunWithoutFoldersLeavesNoTemporaryFolderBehind() throws Exception {
        ExampleSettings settings = ExampleSettings.from(List.of(), Map.of());
        Path workDirectory = settings.workDirectory();

        ExampleSummary summary = CosExampleApplication.run(settings);

        assertThat(summary.succeeded()).isTrue();
        assertThat(workDirectory).isNotNull().doesNotExist();
    }

    @Test
    void aRunNeverDeletesFoldersTheUserNamed() throws Exception {
        Path input = Files.createDirectory(work.resolve("named-in"));
        SampleFiles.writeTo(input);

        CosExampleApplication.run(ExampleSettings.from(List.of(input.toString(), work.resolve("named-out").toString()),
                Map.of()));

        assertThat(input).isDirectory();
        assertThat(work.resolve("named-out")).isDirectory();
    }

    @Test
    void usesRealCosOnlyWhenTheWholeAccountIsConfigured() {
        Map<String, String> environment = Map.of("TENCENTCLOUD_SECRET_ID", "AKIDxxx", "TENCENTCLOUD_SECRET_KEY", "key",
                "COS_BUCKET", "mybucket-1250000000", "COS_REGION", "ap-shanghai");

        assertThat(ExampleSettings.account(environment))
                .isEqualTo(new ExampleSettings.CosAccount("mybucket-1250000000", "ap-shanghai"));
        assertThat(ExampleSettings.account(Map.of())).isNull();
        assertThatThrownBy(() -> ExampleSettings.account(Map.of("COS_BUCKET", "mybucket-1250000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, COS_REGION");
    }

    @Test
    void refusesAnEmptyInputFolder() {
        assertThatThrownBy(() -> CosExampleApplication.run(new ExampleSettings(work, work.resolve("out"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no files to upload in " + work);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
