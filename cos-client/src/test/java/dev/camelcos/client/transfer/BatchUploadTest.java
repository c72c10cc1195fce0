package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchUploadTest extends TransferTestSupport {

    @Test
    void aDirectoryIsUploadedUnderThePrefixWithOneResultPerFile() throws Exception {
        byte[] a = randomBytes(100, 60);
        byte[] b = randomBytes((int) (2 * MIB + 3), 61);
        byte[] c = randomBytes(7, 62);
        Path tree = dir.resolve("tree");
        file("tree/a.txt", a);
        file("tree/sub/b.bin", b);
        file("tree/sub/deeper/c.txt", c);

        List<FileUploadResult> results;
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            results = transfers.uploadFiles(BUCKET, FileUpload.ofDirectory(tree, "backup/"), null, null);
        }
        assertThat(results).extracting(FileUploadResult::key)
                .containsExactly("backup/a.txt", "backup/sub/b.bin", "backup/sub/deeper/c.txt");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.isSuccess()).isTrue();
            assertThat(r.etag()).isNotBlank();
        });
        assertThat(readBack("backup/a.txt")).isEqualTo(a);
        assertThat(readBack("backup/sub/b.bin")).isEqualTo(b);
        assertThat(readBack("backup/sub/deeper/c.txt")).isEqualTo(c);
    }

    @Test
    void aFileThatFailsGetsItsErrorAndTheOthersAreStillUploaded() throws Exception {
        Path good1 = file("one.txt", "one".getBytes());
        Path missing = dir.resolve("missing.txt");
        Path good2 = file("two.txt", "two".getBytes());

        List<FileUploadResult> results;
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().fileConcurrency(2).build())) {
            results = transfers.uploadFiles(BUCKET, FileUpload.ofFiles(List.of(good1, missing, good2), "batch/"),
                    null, null);
        }
        assertThat(results).extracting(FileUploadResult::key)
                .containsExactly("batch/one.txt", "batch/missing.txt", "batch/two.txt");
        assertThat(results.get(0).isSuccess()).isTrue();
        assertThat(results.get(1).isSuccess()).isFalse();
        assertThat(results.get(1).etag()).isNull();
        assertThat(results.get(1).error()).hasMessageContaining(missing.toString());
        assertThat(results.get(2).isSuccess()).isTrue();
        assertThat(readBack("batch/one.txt")).isEqualTo("one".getBytes());
        assertThat(readBack("batch/two.txt")).isEqualTo("two".getBytes());
    }

    @Test
    void twoFilesForOneKeyAreRefusedBeforeAnyRequest() throws Exception {
        Path x = file("x/same.txt", "x".getBytes());
        Path y = file("y/same.txt", "y".getBytes());
        List<FileUpload> files = new ArrayList<>(FileUpload.ofFiles(List.of(x, y), ""));
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            assertThatThrownBy(() -> transfers.uploadFiles(BUCKET, files, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("same key 'same.txt'").hasMessageContaining(x.toString())
                    .hasMessageContaining(y.toString());
        }
        assertThat(emu.requests()).isEmpty();
    }
}
