package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

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
            assertThat(journals("resume.bin")).hasSize(1);
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

    @Test
    void aSecondDownloadToAFileBeingWrittenIsRefusedAndTheFileHoldsTheFirstObject() throws Exception {
        byte[] first = randomBytes((int) (3 * MIB), 55);
        byte[] second = randomBytes((int) (2 * MIB), 56);
        client.putObject(new PutObjectRequest(BUCKET, "download/same-target-1.bin", CosRequestBody.of(first)));
        client.putObject(new PutObjectRequest(BUCKET, "download/same-target-2.bin", CosRequestBody.of(second)));
        Path target = dir.resolve("same-target.bin");
        CountDownLatch lastRangeAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            // the first download's last range is held at the proxy, so that it is under way for as long as needed
            proxy.rewrite(r -> ("bytes=" + 2 * MIB + "-" + (3 * MIB - 1)).equals(r.getHeader("Range")), answer -> {
                lastRangeAsked.countDown();
                awaitQuietly(release);
                return answer;
            });
            CompletableFuture<DownloadResult> firstDownload = CompletableFuture.supplyAsync(
                    () -> transfers.download(new GetObjectRequest(BUCKET, "download/same-target-1.bin"), target));
            assertThat(lastRangeAsked.await(30, TimeUnit.SECONDS)).as("first download under way").isTrue();
            int before = proxy.forwarded().size();

            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "download/same-target-2.bin"),
                    target)).isInstanceOf(CosClientException.class)
                    .hasMessageContaining("download/same-target-2.bin")
                    .hasMessageContaining("another download is writing that file (download of " + BUCKET
                            + "/download/same-target-1.bin")
                    .hasMessageContaining(target.toAbsolutePath().toString())
                    .hasMessageContaining("nothing was written");
            assertThat(proxy.forwarded().subList(before, proxy.forwarded().size()))
                    .as("requests of the refused download")
                    .noneMatch(r -> r.getPath().contains("same-target-2"));

            release.countDown();
            DownloadResult result = firstDownload.get(30, TimeUnit.SECONDS);
            assertThat(result.key()).isEqualTo("download/same-target-1.bin");
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anInterruptedDownloadStillResumesAfterAnotherObjectWasDownloadedToTheSameFile() throws Exception {
        byte[] interrupted = randomBytes((int) (4 * MIB), 57);
        byte[] other = randomBytes((int) (2 * MIB), 58);
        client.putObject(new PutObjectRequest(BUCKET, "download/interrupted.bin", CosRequestBody.of(interrupted)));
        client.putObject(new PutObjectRequest(BUCKET, "download/other.bin", CosRequestBody.of(other)));
        Path target = dir.resolve("shared.bin");
        String failingRange = "bytes=" + 3 * MIB + "-" + (4 * MIB - 1);

        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.fail(r -> failingRange.equals(r.getHeader("Range")), 403, "AccessDenied");
            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "download/interrupted.bin"),
                    target)).isInstanceOf(CosServiceException.class);
            proxy.clearFaults();

            transfers.download(new GetObjectRequest(BUCKET, "download/other.bin"), target);
            assertThat(Files.readAllBytes(target)).isEqualTo(other);

            DownloadResult resumed = transfers.download(new GetObjectRequest(BUCKET, "download/interrupted.bin"),
                    target);
            assertThat(resumed.resumedRanges()).as("ranges the interrupted run had written").isEqualTo(3);
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(interrupted);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aRangeWhoseBodyBreaksIsAskedForAgainFromTheByteWhereItBroke() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB), 59);
        String etag = client.putObject(new PutObjectRequest(BUCKET, "download/broken.bin", CosRequestBody.of(data)))
                .getETag();
        Path target = dir.resolve("broken.bin");
        String second = "bytes=" + MIB + "-" + (2 * MIB - 1);
        AtomicBoolean broken = new AtomicBoolean();

        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = new CosClient(CosClientConfig.builder().region(emu.region())
                        .endpoint(proxy.endpoint())
                        .credentialsProvider(StaticCredentialsProvider.of(emu.secretId(), emu.secretKey()))
                        .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)).build());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.rewrite(r -> second.equals(r.getHeader("Range")) && !broken.getAndSet(true),
                    answer -> answer.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

            DownloadResult result = transfers.download(new GetObjectRequest(BUCKET, "download/broken.bin"), target);

            assertThat(result.rangeCount()).isEqualTo(3);
            List<RecordedRequest> secondRange = proxy.forwarded().stream()
                    .filter(r -> r.getMethod().equals("GET") && r.getHeader("Range").endsWith("-" + (2 * MIB - 1)))
                    .toList();
            assertThat(secondRange).hasSize(2).allSatisfy(r -> assertThat(r.getHeader("If-Match")).isEqualTo(etag));
            long resumedAt = Long.parseLong(secondRange.get(1).getHeader("Range").replaceAll("bytes=(\\d+)-.*", "$1"));
            assertThat(resumedAt).as("where the second request starts").isGreaterThan(MIB).isLessThan(2 * MIB);
        }
        assertThat(broken).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(data);
    }

    private List<Path> journals(String target) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(target + ".")
                    && f.getFileName().toString().endsWith(".cosdownload")).toList();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> ranges(List<RecordedRequest> requests) {
        return requests.stream().filter(r -> r.getMethod().equals("GET")).map(r -> r.getHeader("Range"))
                .collect(Collectors.toSet());
    }
}
