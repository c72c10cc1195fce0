package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PutObjectRequest;

class ParallelCopyTest extends TransferTestSupport {

    @Test
    void anObjectAboveTheCopyThresholdIsCopiedInParallelPartsKeepingItsMetadata() throws Exception {
        byte[] data = randomBytes((int) (5 * MIB + 99), 40);
        client.putObject(new PutObjectRequest(BUCKET, "copy/source.bin", CosRequestBody.of(data))
                .setMetadata(new ObjectMetadata().setContentType("text/x-source")
                        .setUserMetadata(Map.of("owner", "copy-test"))));
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.copy(new CopySource(BUCKET, "copy/source.bin"), BUCKET,
                    "copy/target.bin", null, null);

            assertThat(result.partCount()).isEqualTo(6);
            assertThat(result.crc64()).isEqualTo(Crc64.format(Crc64.of(data)));
        }
        assertThat(partsReceived("copy/target.bin")).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(readBack("copy/target.bin")).isEqualTo(data);
        ObjectMetadata copied = client.headObject(new GetObjectRequest(BUCKET, "copy/target.bin"));
        assertThat(copied.getContentType()).isEqualTo("text/x-source");
        assertThat(copied.getUserMetadata()).containsEntry("owner", "copy-test");
    }

    @Test
    void anObjectBelowTheCopyThresholdIsCopiedInOneRequestWithNewMetadata() throws Exception {
        byte[] data = randomBytes(5000, 41);
        client.putObject(new PutObjectRequest(BUCKET, "copy/small.bin", CosRequestBody.of(data)));
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.copy(new CopySource(BUCKET, "copy/small.bin"), BUCKET,
                    "copy/small-copy.bin", new ObjectMetadata().setContentType("text/x-new"), null);

            assertThat(result.isMultipart()).isFalse();
            assertThat(result.size()).isEqualTo(data.length);
        }
        assertThat(requestsFor("copy/small-copy.bin")).singleElement()
                .satisfies(r -> assertThat(r.query()).isEmpty());
        assertThat(readBack("copy/small-copy.bin")).isEqualTo(data);
        assertThat(client.headObject(new GetObjectRequest(BUCKET, "copy/small-copy.bin")).getContentType())
                .isEqualTo("text/x-new");
    }

    @Test
    void everyPartCopyIsPinnedToTheSourceVersionTheCopyBeganWith() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB), 42);
        String etag = client.putObject(new PutObjectRequest(BUCKET, "copy/pinned.bin", CosRequestBody.of(data)))
                .getETag();

        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            transfers.copy(new CopySource(BUCKET, "copy/pinned.bin"), BUCKET, "copy/pinned-copy.bin", null, null);

            assertThat(proxy.forwarded()).filteredOn(r -> r.getHeader("x-cos-copy-source-range") != null)
                    .hasSize(3)
                    .allSatisfy(r -> assertThat(r.getHeader("x-cos-copy-source-If-Match")).isEqualTo(etag));
        }
        assertThat(readBack("copy/pinned-copy.bin")).isEqualTo(data);
    }

    @Test
    void aSourceOverwrittenDuringTheCopyFailsItAndNothingIsStored() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB), 43);
        String etag = client.putObject(new PutObjectRequest(BUCKET, "copy/overwritten.bin", CosRequestBody.of(data)))
                .getETag();
        AtomicBoolean overwritten = new AtomicBoolean();
        // one part at a time: the source is overwritten once the first part is copied
        TransferOptions options = smallParts().uploadConcurrency(1).progressListener(progress -> {
            if (progress.bytesTransferred() > 0 && !overwritten.getAndSet(true)) {
                client.putObject(new PutObjectRequest(BUCKET, "copy/overwritten.bin",
                        CosRequestBody.of(randomBytes((int) (3 * MIB), 44))));
            }
        }).build();

        try (CosTransferManager transfers = new CosTransferManager(client, options)) {
            assertThatThrownBy(() -> transfers.copy(new CopySource(BUCKET, "copy/overwritten.bin"), BUCKET,
                    "copy/overwritten-copy.bin", null, null))
                    .isInstanceOf(CosClientException.class)
                    .hasMessageContaining("the source changed while it was copied")
                    .hasMessageContaining(etag)
                    .hasMessageContaining("was aborted and nothing was stored")
                    .hasCauseInstanceOf(CosServiceException.class);
        }
        assertThat(overwritten).isTrue();
        assertThat(requestsFor("copy/overwritten-copy.bin"))
                .as("Complete requests").noneMatch(r -> r.method().equals("POST") && r.query().containsKey("uploadId"));
        assertThat(unfinishedUploads("copy/overwritten-copy.bin")).isEmpty();
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, "copy/overwritten-copy.bin")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void theCallersConditionsAreCheckedBeforeTheCopyBeginsAndFailAsASingleCopyFails() throws Exception {
        byte[] data = randomBytes((int) (2 * MIB + 1), 45);
        String etag = client.putObject(new PutObjectRequest(BUCKET, "copy/conditional.bin", CosRequestBody.of(data)))
                .getETag();
        List<CopySource> unmet = List.of(
                new CopySource(BUCKET, "copy/conditional.bin").setIfMatch("\"0123456789abcdef0123456789abcdef\""),
                new CopySource(BUCKET, "copy/conditional.bin").setIfNoneMatch(etag),
                new CopySource(BUCKET, "copy/conditional.bin").setIfModifiedSince(Instant.now().plusSeconds(3600)),
                new CopySource(BUCKET, "copy/conditional.bin").setIfUnmodifiedSince(Instant.now().minusSeconds(3600)));

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            for (CopySource source : unmet) {
                assertThatThrownBy(() -> transfers.copy(source, BUCKET, "copy/conditional-copy.bin", null, null))
                        .isInstanceOfSatisfying(CosServiceException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(412);
                            assertThat(e.errorCode()).isEqualTo("PreconditionFailed");
                        });
            }
            transfers.copy(new CopySource(BUCKET, "copy/conditional.bin").setIfMatch(etag)
                    .setIfUnmodifiedSince(Instant.now().minusSeconds(3600)), BUCKET, "copy/conditional-ok.bin",
                    null, null);
        }
        assertThat(requestsFor("copy/conditional-copy.bin")).as("requests for the target").isEmpty();
        assertThat(unfinishedUploads("copy/conditional")).isEmpty();
        assertThat(readBack("copy/conditional-ok.bin")).isEqualTo(data);
    }
}
