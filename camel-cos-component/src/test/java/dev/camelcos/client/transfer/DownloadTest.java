package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.http.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import okhttp3.mockwebserver.RecordedRequest;

class DownloadTest extends TransferTestSupport {

    @Test
    void aLargeObjectIsFetchedByParallelRangesIntoTheTarget() throws Exception {
        byte[] data = randomBytes((int) (5 * MIB + 500), 50);
        client.putObject(new PutObjectRequest(BUCKET, "download/large.bin", CosRequestBody.of(data)));
        Path target = dir.resolve("sub/large.bin");
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            DownloadResult result = transfers.download(new GetObjectRequest(BUCKET, "download/large.bin"), target);

            assertThat(result.rangeCount()).isEqualTo(6);
            assertThat(result.resumedRanges()).isZero();
            assertThat(result.file()).isEqualTo(target.toAbsolutePath());
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(data);
        assertThat(requestsFor("download/large.bin")).filteredOn(r -> r.method().equals("GET")).hasSize(6);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSmallObjectIsFetchedInOneGetAndReplacesAnExistingFile() throws Exception {
        byte[] data = randomBytes(3000, 51);
        client.putObject(new PutObjectRequest(BUCKET, "download/small.bin", CosRequestBody.of(data)));
        Path target = file("small.bin", "old content".getBytes());
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            transfers.download(new GetObjectRequest(BUCKET, "download/small.bin"), target);
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(data);
        assertThat(requestsFor("download/small.bin")).filteredOn(r -> r.method().equals("GET")).hasSize(1);
    }

    @Test
    void anInterruptedDownloadLeavesNoTargetAndResumesWithTheMissingRanges() throws Exception {
        byte[] data = randomBytes((int) (7 * MIB), 52);
        client.putObject(new PutObjectRequest(BUCKET, "download/resume.bin", CosRequestBody.of(data)));
        Path target = dir.resolve("resume.bin");
        String failingRange = "bytes=" + 4 * MIB + "-" + (5 * MIB - 1);

        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.fail(r -> failingRange.equals(r.getHeader("Range")), 403, "AccessDenied");
            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "download/resume.bin"),
                    target)).isInstanceOf(CosServiceException.class);
            assertThat(target).doesNotExist();
            assertThat(dir.resolve("resume.bin.cosdownload")).exists();
            Set<String> firstRun = ranges(proxy.forwarded());
            assertThat(firstRun).isNotEmpty().doesNotContain(failingRange);

            proxy.clearFaults();
            int before = proxy.forwarded().size();
            DownloadResult result = transfers.download(new GetObjectRequest(BUCKET, "download/resume.bin"), target);

            Set<String> secondRun = ranges(proxy.forwarded().subList(before, proxy.forwarded().size()));
            assertThat(secondRun).contains(failingRange).doesNotContainAnyElementsOf(firstRun);
            Set<String> all = new HashSet<>(firstRun);
            all.addAll(secondRun);
            assertThat(all).hasSize(7);
            assertThat(result.resumedRanges()).isEqualTo(firstRun.size());
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(data);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDownloadIsNotResumedFromAnotherVersionOfTheObject() throws Exception {
        byte[] first = randomBytes((int) (3 * MIB), 53);
        byte[] second = randomBytes((int) (3 * MIB), 54);
        client.putObject(new PutObjectRequest(BUCKET, "download/changed.bin", CosRequestBody.of(first)));
        Path target = dir.resolve("changed.bin");
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.fail(r -> ("bytes=" + 2 * MIB + "-" + (3 * MIB - 1)).equals(r.getHeader("Range")), 403,
                    "AccessDenied");
            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "download/changed.bin"),
                    target)).isInstanceOf(CosServiceException.class);
        }
        client.putObject(new PutObjectRequest(BUCKET, "download/changed.bin", CosRequestBody.of(second)));

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            DownloadResult result = transfers.download(new GetObjectRequest(BUCKET, "download/changed.bin"), target);
            assertThat(result.resumedRanges()).isZero();
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(second);
    }

    @Test
    void aRangeIsRefusedBeforeAnyRequest() {
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "download/any.bin")
                    .setRange(0, 10), dir.resolve("any.bin")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("range bytes=0-10");
        }
        assertThat(emu.requests()).isEmpty();
    }

    private static Set<String> ranges(List<RecordedRequest> requests) {
        return requests.stream().filter(r -> r.getMethod().equals("GET")).map(r -> r.getHeader("Range"))
                .collect(Collectors.toSet());
    }
}
