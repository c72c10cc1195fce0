package dev.camelcos.component.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.qcloud.cos.model.ListMultipartUploadsRequest;
import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.transfer.RewrittenFile;
import dev.camelcos.client.transfer.TransferProgress;
import dev.camelcos.client.transfer.TransferProgressListener;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.EmulatorRouteTestSupport;

/**
 * Issue 11, "transfers that cannot mix": two downloads to one file, a file rewritten while it is uploaded, a copy
 * source overwritten while it is copied. Each transfer is held at a chosen point by a progress listener (one part at
 * a time), where the test does what a concurrent writer would; the official SDK checks what is in COS afterwards.
 */
class TransfersThatCannotMixTest extends EmulatorRouteTestSupport {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @BindToRegistry("gate")
    private final Gate gate = new Gate();

    /** Runs an action once, when the first part or range of the transfer of a key is done. */
    static final class Gate implements TransferProgressListener {
        private final Map<String, Runnable> actions = new ConcurrentHashMap<>();

        void onFirstPart(String key, Runnable action) {
            actions.put(key, action);
        }

        @Override
        public void onProgress(TransferProgress progress) {
            Runnable action = progress.bytesTransferred() > 0 ? actions.remove(progress.key()) : null;
            if (action != null) {
                action.run();
            }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String cos = "cos:" + BUCKET + "?multipartThreshold=" + MIB + "&partSize=" + MIB + "&uploadConcurrency=1"
                + "&multipartCopyThreshold=" + MIB + "&copyPartSize=" + MIB + "&downloadConcurrency=2"
                + "&progressListener=#gate";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to(cos + "&operation=upload");
                from("direct:resumable").to(cos + "&operation=upload&resumableUpload=true");
                from("direct:copy").to(cos + "&operation=copy");
                from("direct:download").to(cos + "&operation=download");
            }
        };
    }

    @Test
    void twoDownloadsToOneFileNeverMix() throws Exception {
        byte[] first = bytes(3 * MIB, 1);
        byte[] second = bytes(2 * MIB, 2);
        sdkPutBytes("mix/first.bin", first);
        sdkPutBytes("mix/second.bin", second);
        Path target = dir.resolve("one-file.bin");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        gate.onFirstPart("mix/first.bin", () -> {
            held.countDown();
            await(release);
        });

        Future<Exchange> firstDownload = template.asyncSend("direct:download", download("mix/first.bin", target));
        assertThat(held.await(30, TimeUnit.SECONDS)).as("first download under way").isTrue();
        Exchange secondDownload = template.send("direct:download", download("mix/second.bin", target));
        release.countDown();
        Exchange firstResult = firstDownload.get(30, TimeUnit.SECONDS);

        assertThat(secondDownload.getException()).isInstanceOf(CosClientException.class)
                .hasMessageContaining("another download is writing that file")
                .hasMessageContaining("mix/first.bin").hasMessageContaining("nothing was written");
        assertThat(firstResult.getException()).isNull();
        assertThat(firstResult.getMessage().getHeader(CosConstants.KEY)).isEqualTo("mix/first.bin");
        assertThat(firstResult.getMessage().getHeader(CosConstants.E_TAG, String.class))
                .isEqualTo("\"" + sdk.getObjectMetadata(BUCKET, "mix/first.bin").getETag() + "\"");
        assertThat(Files.readAllBytes(target)).as("the file is the object reported").isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDownloadAppliesEveryConditionOfGetObjectAndWritesNothingWhenOneFails() throws Exception {
        sdkPutBytes("mix/conditional.bin", bytes(2 * MIB, 3));
        Path target = dir.resolve("conditional.bin");
        Map<String, Object> unmet = Map.of(
                CosConstants.IF_MODIFIED_SINCE, Date.from(Instant.now().plusSeconds(3600)),
                CosConstants.IF_UNMODIFIED_SINCE, Date.from(Instant.now().minusSeconds(3600)),
                CosConstants.IF_MATCH, "\"0123456789abcdef0123456789abcdef\"");

        unmet.forEach((header, value) -> {
            Exchange result = template.send("direct:download", exchange -> {
                download("mix/conditional.bin", target).process(exchange);
                exchange.getMessage().setHeader(header, value);
            });
            assertThat(result.getException()).as(header).isInstanceOfSatisfying(CosServiceException.class,
                    e -> assertThat(e.statusCode()).isIn(304, 412));
        });
        assertThat(target).doesNotExist();
    }

    @ParameterizedTest(name = "resumableUpload={0}")
    @ValueSource(booleans = {false, true})
    void aFileRewrittenWhileItIsUploadedFailsAndNothingIsStored(boolean resumable) throws Exception {
        String key = "mix/rewritten-" + resumable + ".bin";
        Path file = Files.write(dir.resolve("rewritten.bin"), bytes(3 * MIB, 4));
        gate.onFirstPart(key, () -> RewrittenFile.rewrite(file, bytes(3 * MIB, 5)));

        Exchange result = template.request(resumable ? "direct:resumable" : "direct:upload", exchange -> {
            exchange.getMessage().setHeader(CosConstants.KEY, key);
            exchange.getMessage().setBody(file);
        });

        assertThat(result.getException()).isInstanceOf(CosClientException.class)
                .hasMessageContaining(file + " changed while it was uploaded")
                .hasMessageContaining("the upload was aborted and nothing was stored");
        assertThat(sdk.doesObjectExist(BUCKET, key)).isFalse();
        assertThat(sdkUnfinishedUploads("mix/rewritten")).isZero();
    }

    @Test
    void aCopySourceOverwrittenWhileItIsCopiedFailsTheCopyAndNothingIsStored() {
        sdkPutBytes("mix/copy-source.bin", bytes(3 * MIB, 6));
        String etag = sdk.getObjectMetadata(BUCKET, "mix/copy-source.bin").getETag();
        gate.onFirstPart("mix/copy-target.bin", () -> sdkPutBytes("mix/copy-source.bin", bytes(3 * MIB, 7)));

        Exchange result = template.request("direct:copy", exchange -> {
            exchange.getMessage().setHeader(CosConstants.COPY_SOURCE_KEY, "mix/copy-source.bin");
            exchange.getMessage().setHeader(CosConstants.KEY, "mix/copy-target.bin");
        });

        assertThat(result.getException()).isInstanceOf(CosClientException.class)
                .hasMessageContaining("the source changed while it was copied").hasMessageContaining(etag)
                .hasMessageContaining("nothing was stored");
        assertThat(sdk.doesObjectExist(BUCKET, "mix/copy-target.bin")).isFalse();
        assertThat(sdkUnfinishedUploads("mix/copy-target")).isZero();
        assertThat(emulator.requests()).as("Complete requests for the target")
                .noneMatch(r -> "mix/copy-target.bin".equals(r.key()) && r.method().equals("POST")
                        && r.query().containsKey("uploadId"));
    }

    private static org.apache.camel.Processor download(String key, Path target) {
        return exchange -> {
            exchange.getMessage().setHeader(CosConstants.KEY, key);
            exchange.getMessage().setHeader(CosConstants.DOWNLOAD_PATH, target.toString());
        };
    }

    private static void sdkPutBytes(String key, byte[] content) {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(content.length);
        sdk.putObject(BUCKET, key, new ByteArrayInputStream(content), metadata);
    }

    private static int sdkUnfinishedUploads(String prefix) {
        ListMultipartUploadsRequest list = new ListMultipartUploadsRequest(BUCKET);
        list.setPrefix(prefix);
        return sdk.listMultipartUploads(list).getMultipartUploads().size();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
