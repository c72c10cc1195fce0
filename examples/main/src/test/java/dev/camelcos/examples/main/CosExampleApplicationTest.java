package dev.camelcos.examples.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Camel Main example end to end on the embedded emulator ({@link ExampleRunContract}), and its settings: the
 * folders from the arguments, sample files when there are none, real COS only with a whole account.
 */
class CosExampleApplicationTest extends ExampleRunContract {

    @Override
    protected ExampleSummary run(ExampleSettings settings) throws Exception {
        return CosExampleApplication.run(settings);
    }

    @Override
    protected String title() {
        return "camel-cos example";
    }

    @Test
    void foldersComeFromTheArgumentsThatAreNotOptions() throws Exception {
        Path input = Files.createDirectory(work.resolve("in"));

        ExampleSettings settings = ExampleSettings.from(List.of(input.toString(), work.resolve("out").toString()),
                Map.of());

        assertThat(settings).isEqualTo(new ExampleSettings(input, work.resolve("out"), null));
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
