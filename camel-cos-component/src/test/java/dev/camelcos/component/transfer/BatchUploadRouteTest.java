package dev.camelcos.component.transfer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.client.transfer.FileUploadResult;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batchUpload operation through a route: a folder named by a String (what a YAML route or a property gives), a
 * Path or a File is uploaded file by file under the key prefix, read back by the official SDK; a folder that is not
 * there, or a file, fails before any request.
 */
class BatchUploadRouteTest extends EmulatorRouteTestSupport {

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void aFolderWithASubfolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("a.csv"), "a,1\n");
        Files.writeString(Files.createDirectories(folder.resolve("june")).resolve("b.csv"), "b,2\n");
    }

    static Stream<Arguments> folderBodies() {
        return Stream.of(
                Arguments.of("String", (Function<Path, Object>) Path::toString),
                Arguments.of("Path", (Function<Path, Object>) path -> path),
                Arguments.of("File", (Function<Path, Object>) Path::toFile));
    }

    @ParameterizedTest(name = "a {0} body")
    @MethodSource("folderBodies")
    void everyFileOfTheFolderIsStoredUnderThePrefixAndItsPathInTheFolder(String type, Function<Path, Object> body) {
        String prefix = "batch-" + type + "/";

        Exchange result = cosOk(CosOperation.batchUpload, body.apply(folder), Map.of(CosConstants.KEY, prefix));

        @SuppressWarnings("unchecked")
        List<FileUploadResult> results = result.getMessage().getBody(List.class);
        assertThat(results).extracting(FileUploadResult::key)
                .containsExactlyInAnyOrder(prefix + "a.csv", prefix + "june/b.csv");
        assertThat(results).allSatisfy(r -> assertThat(r.isSuccess()).as(r.key()).isTrue());
        assertThat(result.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(BUCKET);
        assertThat(sdkRead(BUCKET, prefix + "a.csv")).isEqualTo("a,1\n");
        assertThat(sdkRead(BUCKET, prefix + "june/b.csv")).isEqualTo("b,2\n");
    }

    @Test
    void aCollectionOfFilesIsStoredUnderThePrefixAndTheirNames() {
        List<File> files = List.of(folder.resolve("a.csv").toFile(), folder.resolve("june/b.csv").toFile());

        cosOk(CosOperation.batchUpload, files, Map.of(CosConstants.KEY, "listed/"));

        assertThat(sdkRead(BUCKET, "listed/a.csv")).isEqualTo("a,1\n");
        assertThat(sdkRead(BUCKET, "listed/b.csv")).isEqualTo("b,2\n");
    }

    @Test
    void aFolderThatDoesNotExistFailsNamingItBeforeAnyRequest() {
        String missing = dir.resolve("no-such-folder").toString();

        failsBeforeAnyRequest(CosOperation.batchUpload, missing, Map.of(CosConstants.KEY, "missing/"))
                .hasMessage("batchUpload: the folder " + missing + " does not exist");
    }

    @Test
    void aFileIsNotAFolder() {
        Path file = folder.resolve("a.csv");

        failsBeforeAnyRequest(CosOperation.batchUpload, file.toString(), Map.of())
                .hasMessageContaining(file.toString()).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aBodyThatNamesNoFolderIsRefused() {
        failsBeforeAnyRequest(CosOperation.batchUpload, 42, Map.of())
                .hasMessageContaining("batchUpload needs a body naming a local folder")
                .hasMessageContaining("java.lang.Integer");
        failsBeforeAnyRequest(CosOperation.batchUpload, " ", Map.of())
                .hasMessageContaining("batchUpload needs a body naming a local folder");
    }

    @Test
    void uploadKeepsAStringBodyAsContent() {
        cosOk(CosOperation.upload, folder.toString(), Map.of(CosConstants.KEY, "text-not-a-folder.txt"));

        assertThat(sdkRead(BUCKET, "text-not-a-folder.txt")).isEqualTo(folder.toString());
    }
}
