package dev.camelcos.component.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Keys of objects written from files: never two files onto one key. */
class FileKeysTest extends EmulatorRouteTestSupport {

    @TempDir
    static Path folders;

    private static Path inbox() {
        return folders.resolve("inbox");
    }

    @Test
    void aRecursiveFolderKeepsFilesOfTheSameNameApart() throws Exception {
        write(inbox().resolve("a/report.csv"), "from a");
        write(inbox().resolve("b/report.csv"), "from b");
        write(inbox().resolve("top.csv"), "at the top");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox() + "?recursive=true&noop=true&initialDelay=0&delay=20").to("cos:" + OTHER_BUCKET);
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> sdk.doesObjectExist(OTHER_BUCKET, "a/report.csv")
                && sdk.doesObjectExist(OTHER_BUCKET, "b/report.csv") && sdk.doesObjectExist(OTHER_BUCKET, "top.csv"));
        assertThat(sdkRead(OTHER_BUCKET, "a/report.csv")).isEqualTo("from a");
        assertThat(sdkRead(OTHER_BUCKET, "b/report.csv")).isEqualTo("from b");
        assertThat(sdkRead(OTHER_BUCKET, "top.csv")).isEqualTo("at the top");
        assertThat(sdk.doesObjectExist(OTHER_BUCKET, "report.csv")).isFalse();
    }

    @Test
    void aPlainFileOrPathBodyIsNamedAfterTheFile() throws IOException {
        Path file = write(folders.resolve("plain/data.txt"), "plain file");
        Path path = write(folders.resolve("plain/path.txt"), "plain path");

        cosOk(CosOperation.putObject, file.toFile(), Map.of());
        cosOk(CosOperation.upload, path, Map.of());

        assertThat(sdkRead(BUCKET, "data.txt")).isEqualTo("plain file");
        assertThat(sdkRead(BUCKET, "path.txt")).isEqualTo("plain path");
    }

    @Test
    void theKeyHeaderStillWinsOverTheFilesName() throws IOException {
        Path file = write(folders.resolve("named/x.txt"), "renamed");

        cosOk(CosOperation.putObject, file, Map.of(CosConstants.KEY, "chosen/name.txt", Exchange.FILE_NAME, "x.txt"));

        assertThat(sdkRead(BUCKET, "chosen/name.txt")).isEqualTo("renamed");
    }

    @Test
    void aBatchOfFilesThatWouldShareAKeyIsRefusedBeforeAnyRequest() throws IOException {
        Path one = write(folders.resolve("batch/a/same.txt"), "one");
        Path two = write(folders.resolve("batch/b/same.txt"), "two");

        failsBeforeAnyRequest(CosOperation.upload, List.of(one, two), Map.of(CosConstants.KEY, "batch/"))
                .hasMessageContaining("batch/same.txt").hasMessageContaining(one.toString())
                .hasMessageContaining(two.toString());
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
