package dev.camelcos.component.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.transfer.FileUploadResult;
import dev.camelcos.client.transfer.TransferProgress;
import dev.camelcos.client.transfer.TransferProgressListener;
import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.CosEmulator;

/** The upload, copy and download operations through a route, against the emulator. */
class TransferRouteTest extends CamelTestSupport {

    private static final String BUCKET = "examplebucket-1250000000";
    private static final int MIB = 1024 * 1024;

    private static CosEmulator emu;
    private static CosClient client;

    @TempDir
    Path dir;

    @BindToRegistry("progress")
    private final Progress progress = new Progress();

    /** A listener bean: the endpoints find it by type (the option progressListener is autowired). */
    static final class Progress implements TransferProgressListener {
        final List<TransferProgress> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(TransferProgress event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }
    }

    @BeforeAll
    static void startEmulator() {
        emu = CosEmulator.builder().credentials("AKIDroutetest", "route-test-secret").bucket(BUCKET).start();
        client = new CosClient(CosClientConfig.builder().region(emu.region()).endpoint(emu.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(emu.secretId(), emu.secretKey())).build());
    }

    @AfterAll
    static void stopEmulator() {
        client.close();
        emu.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String cos = cosUri();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").routeId("upload").to(cos);
                from("direct:resumable").to(cos + "&resumableUpload=true");
                from("direct:copy").to(cos + "&operation=copy");
                from("direct:download").to(cos + "&operation=download");
            }
        };
    }

    @Test
    void largeBytesAreUploadedInPartsWithTheResultHeaders() throws Exception {
        byte[] data = bytes(3 * MIB + 17, 1);

        Exchange result = template.request("direct:upload", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "route/large.bin");
            e.getMessage().setHeader(CosConstants.CONTENT_TYPE, "application/x-large");
            e.getMessage().setBody(data);
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID, String.class)).isNotBlank();
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).endsWith("-4\"");
        assertThat(result.getMessage().getHeader(CosConstants.CRC64)).isEqualTo(Crc64.format(Crc64.of(data)));
        assertThat(result.getMessage().getHeader(CosConstants.KEY)).isEqualTo("route/large.bin");
        assertThat(result.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(BUCKET);
        assertThat(readBack("route/large.bin")).isEqualTo(data);
        assertThat(client.headObject(new GetObjectRequest(BUCKET, "route/large.bin")).getContentType())
                .isEqualTo("application/x-large");
        assertThat(progress.events).isNotEmpty()
                .last().satisfies(last -> assertThat(last.bytesTransferred()).isEqualTo(data.length));
        assertThat(progress.threads).as("parts are sent on the producer's threads from Camel's ExecutorServiceManager")
                .anySatisfy(name -> assertThat(name).startsWith("Camel (").endsWith("CosTransfer"));
    }

    @Test
    void aSmallTextIsOnePutWithItsMetadata() throws Exception {
        Exchange result = template.request("direct:upload", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "route/small.txt");
            e.getMessage().setHeader(CosConstants.METADATA, Map.of("team", "transfer"));
            e.getMessage().setBody("hello cos");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID)).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();
        assertThat(readBack("route/small.txt")).isEqualTo("hello cos".getBytes());
        assertThat(client.headObject(new GetObjectRequest(BUCKET, "route/small.txt")).getUserMetadata())
                .containsEntry("team", "transfer");
        assertThat(progress.events).isEmpty();
    }

    @Test
    void aStreamOfUnknownLengthIsUploaded() throws Exception {
        byte[] data = bytes(2 * MIB + 100, 2);

        Exchange result = template.request("direct:upload", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "route/stream.bin");
            e.getMessage().setBody(new ByteArrayInputStream(data));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID)).isNotNull();
        assertThat(readBack("route/stream.bin")).isEqualTo(data);
    }

    @Test
    void aFileIsStoredUnderItsNameWhenNoKeyIsGiven() throws Exception {
        byte[] data = bytes(MIB + 1, 3);
        File file = Files.write(dir.resolve("named-by-file.bin"), data).toFile();

        template.sendBody("direct:upload", file);

        assertThat(readBack("named-by-file.bin")).isEqualTo(data);
    }

    @Test
    void aDirectoryIsUploadedUnderTheKeyPrefixWithOneResultPerFile() throws Exception {
        Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(dir.resolve("tree/a.txt"), "a");
        Files.writeString(dir.resolve("tree/sub/b.txt"), "b");

        Exchange result = template.request("direct:upload", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "dirs/");
            e.getMessage().setBody(dir.resolve("tree"));
        });

        assertThat(result.getException()).isNull();
        List<?> results = result.getMessage().getBody(List.class);
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(((FileUploadResult) r).isSuccess()).isTrue());
        assertThat(readBack("dirs/a.txt")).isEqualTo("a".getBytes());
        assertThat(readBack("dirs/sub/b.txt")).isEqualTo("b".getBytes());
    }

    @Test
    void aBatchWithAMissingFileReportsItWithoutFailingTheExchange() throws Exception {
        Path present = Files.writeString(dir.resolve("present.txt"), "here");
        Path missing = dir.resolve("missing.txt");

        Exchange result = template.request("direct:upload", e -> e.getMessage().setBody(List.of(present, missing)));

        assertThat(result.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<FileUploadResult> results = result.getMessage().getBody(List.class);
        assertThat(results).extracting(FileUploadResult::key).containsExactly("present.txt", "missing.txt");
        assertThat(results.get(0).isSuccess()).isTrue();
        assertThat(results.get(1).error()).hasMessageContaining("missing.txt");
    }

    @Test
    void aResumableUploadSendsOnlyThePartsNotAlreadyThere() throws Exception {
        byte[] data = bytes(3 * MIB, 4);
        Path file = Files.write(dir.resolve("resumable.bin"), data);
        String uploadId = client.initiateMultipartUpload(BUCKET, "route/resumable.bin", null, null).getUploadId();
        client.uploadPart(BUCKET, "route/resumable.bin", uploadId, 1, CosRequestBody.of(data, 0, MIB), null);
        emu.clearRequests();

        Exchange result = template.request("direct:resumable", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "route/resumable.bin");
            e.getMessage().setBody(file);
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID)).isEqualTo(uploadId);
        assertThat(emu.requests()).filteredOn(r -> r.query().containsKey("partNumber"))
                .extracting(r -> r.query().get("partNumber")).containsExactlyInAnyOrder("2", "3");
        assertThat(readBack("route/resumable.bin")).isEqualTo(data);
    }

    @Test
    void copyAboveTheThresholdGoesInPartsAndKeepsTheSourceMetadata() throws Exception {
        byte[] data = bytes(2 * MIB + 5, 5);
        client.putObject(new PutObjectRequest(BUCKET, "route/copy-source.bin", CosRequestBody.of(data))
                .setMetadata(new ObjectMetadata().setUserMetadata(Map.of("from", "source"))));

        Exchange result = template.request("direct:copy", e -> {
            e.getMessage().setHeader(CosConstants.COPY_SOURCE_KEY, "route/copy-source.bin");
            e.getMessage().setHeader(CosConstants.KEY, "route/copy-target.bin");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID)).isNotNull();
        assertThat(result.getMessage().getHeader(CosConstants.CRC64)).isEqualTo(Crc64.format(Crc64.of(data)));
        assertThat(readBack("route/copy-target.bin")).isEqualTo(data);
        assertThat(client.headObject(new GetObjectRequest(BUCKET, "route/copy-target.bin")).getUserMetadata())
                .containsEntry("from", "source");
    }

    @Test
    void copyWithoutASourceKeyFailsNamingTheHeader() {
        Exchange result = template.request("direct:copy",
                e -> e.getMessage().setHeader(CosConstants.KEY, "route/nowhere.bin"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CosConstants.COPY_SOURCE_KEY);
    }

    @Test
    void downloadWritesTheObjectToTheFileAndAnswersItsPath() throws Exception {
        byte[] data = bytes(2 * MIB + 9, 6);
        client.putObject(new PutObjectRequest(BUCKET, "route/download.bin", CosRequestBody.of(data)));
        Path target = dir.resolve("out/download.bin");

        Exchange result = template.request("direct:download", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "route/download.bin");
            e.getMessage().setHeader(CosConstants.DOWNLOAD_PATH, target.toString());
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Path.class)).isEqualTo(target.toAbsolutePath());
        assertThat(result.getMessage().getHeader(CosConstants.CONTENT_LENGTH, Long.class)).isEqualTo(data.length);
        assertThat(result.getMessage().getHeader(CosConstants.CRC64)).isEqualTo(Crc64.format(Crc64.of(data)));
        assertThat(Files.readAllBytes(target)).isEqualTo(data);
    }

    @Test
    void downloadWithoutAPathFailsNamingTheHeader() {
        Exchange result = template.request("direct:download",
                e -> e.getMessage().setHeader(CosConstants.KEY, "route/download.bin"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CosConstants.DOWNLOAD_PATH + " is missing");
    }

    /** The producer's one transfer manager serves exchanges at once, and again after its route was restarted. */
    @Test
    void concurrentUploadsShareTheProducersTransfersAlsoAfterARestart() throws Exception {
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                byte[] data = bytes(2 * MIB + i, 10 + i);
                String key = "route/shared-" + round + "-" + i;
                sent.add(template.asyncSend("direct:upload", e -> {
                    e.getMessage().setHeader(CosConstants.KEY, key);
                    e.getMessage().setBody(data);
                }));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(sent.get(i).get().getException()).isNull();
                assertThat(readBack("route/shared-" + round + "-" + i)).isEqualTo(bytes(2 * MIB + i, 10 + i));
            }
            context.getRouteController().stopRoute("upload");
            context.getRouteController().startRoute("upload");
        }
    }

    /** A producer used after it stopped says so, and writes nothing (before, it made threads of its own). */
    @Test
    void aStoppedProducerRefusesATransferAndWritesNothing() throws Exception {
        Producer producer = context.getEndpoint(cosUri()).createProducer();
        producer.start();
        producer.stop();
        Exchange exchange = producer.getEndpoint().createExchange();
        exchange.getMessage().setHeader(CosConstants.KEY, "route/after-stop.bin");
        exchange.getMessage().setBody(bytes(1024, 3));

        assertThatThrownBy(() -> producer.process(exchange))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not started (or was stopped)")
                .hasMessageNotContaining(emu.secretKey());
        assertThat(client.listObjects(new ListObjectsRequest(BUCKET).setPrefix("route/after-stop")).getContents())
                .isEmpty();
    }

    private static String cosUri() {
        return "cos:" + BUCKET + "?endpoint=" + emu.endpoint() + "&region=" + emu.region()
                + "&secretId=" + emu.secretId() + "&secretKey=RAW(" + emu.secretKey() + ")"
                + "&multipartThreshold=" + MIB + "&partSize=" + MIB + "&uploadConcurrency=3"
                + "&multipartCopyThreshold=" + MIB + "&copyPartSize=" + MIB + "&downloadConcurrency=3";
    }

    private static byte[] readBack(String key) throws IOException {
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, key))) {
            return object.getContent().readAllBytes();
        }
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
