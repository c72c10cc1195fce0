package dev.camelcos.benchmarks;

import static dev.camelcos.benchmarks.Comparison.CAMEL;
import static dev.camelcos.benchmarks.Comparison.RAW;
import static dev.camelcos.benchmarks.Comparison.SDK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.COSObjectSummary;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.ListObjectsRequest;
import com.qcloud.cos.model.ObjectListing;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.transfer.TransferManager;

import dev.camelcos.client.http.CosRequestBody;
import dev.camelcos.component.CosConstants;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The scenarios of the table, each measuring every client that can do it. */
final class Scenarios {

    private static final int GET_OBJECTS = 1000;

    private final Clients clients;
    private final Settings settings;
    private final Path work;
    private final byte[] small;

    Scenarios(Clients clients, Settings settings, Path work) {
        this.clients = clients;
        this.settings = settings;
        this.work = work;
        this.small = randomBytes(settings.smallBytes());
    }

    List<ScenarioResult> runAll() throws Exception {
        List<ScenarioResult> results = new ArrayList<>();
        results.add(timed(this::smallPut));
        results.add(timed(this::smallGet));
        Path file = largeFile(work.resolve("large.bin"), settings.largeBytes());
        results.add(timed(() -> largeUploadFile(file)));
        results.add(timed(() -> largeDownload(file)));
        Files.delete(file);
        results.add(timed(this::consume));
        // last: the official SDK may run out of memory on a long stream of unknown length
        results.add(timed(this::largeUploadStream));
        return results;
    }

    /** Runs a scenario and says on the console how long it took, so that a long run is seen to advance. */
    private static ScenarioResult timed(Callable<ScenarioResult> scenario) throws Exception {
        long start = System.nanoTime();
        ScenarioResult result = scenario.call();
        System.out.printf(Locale.ROOT, "  %-20s %5.1f s%n", result.name(), Measure.seconds(start));
        return result;
    }

    // ---- small objects, 8 callers

    /** Each run writes the same keys again, so that the in-memory emulator holds one run's objects, not all. */
    private ScenarioResult smallPut() {
        int ops = settings.smallOps();
        Comparison comparison = new Comparison()
                .add(CAMEL, run -> Measure.opsPerSecond(settings.callers(), ops, i -> clients.template
                        .sendBodyAndHeader(clients.cos, small, CosConstants.KEY, "small/camel/" + i)))
                .add(SDK, run -> Measure.opsPerSecond(settings.callers(), ops, i -> clients.sdk.putObject(
                        Clients.BUCKET, "small/sdk/" + i, new ByteArrayInputStream(small), lengthOf(small.length))));
        List<String> links = new ArrayList<>(ops);
        for (int i = 0; i < ops; i++) {
            links.add(clients.setup.createUploadLink(Clients.BUCKET, "small/raw/" + i, Duration.ofHours(1)));
        }
        comparison.add(RAW, run -> Measure.opsPerSecond(settings.callers(), ops,
                i -> send(new Request.Builder().url(links.get(i)).put(RequestBody.create(small)))));
        return result("small-put", "ops/s", comparison, ">= 1.3x official SDK, >= 0.85x raw OkHttp");
    }

    private ScenarioResult smallGet() throws Exception {
        Measure.opsPerSecond(settings.callers(), GET_OBJECTS, i -> clients.setup.putObject(
                new dev.camelcos.client.model.PutObjectRequest(Clients.BUCKET, getKey(i), CosRequestBody.of(small))));
        int ops = settings.smallOps();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < GET_OBJECTS; i++) {
            links.add(clients.setup.createDownloadLink(Clients.BUCKET, getKey(i), Duration.ofHours(1), null));
        }
        Comparison comparison = new Comparison()
                .add(CAMEL, run -> Measure.opsPerSecond(settings.callers(), ops, i -> {
                    Exchange exchange = clients.template.request(clients.cosGet,
                            e -> e.getMessage().setHeader(CosConstants.KEY, getKey(i % GET_OBJECTS)));
                    if (exchange.getException() != null) {
                        throw exchange.getException();
                    }
                }))
                .add(SDK, run -> Measure.opsPerSecond(settings.callers(), ops, i -> {
                    try (COSObject object = clients.sdk.getObject(Clients.BUCKET, getKey(i % GET_OBJECTS))) {
                        readFully(object.getObjectContent());
                    }
                }))
                .add(RAW, run -> Measure.opsPerSecond(settings.callers(), ops,
                        i -> send(new Request.Builder().url(links.get(i % GET_OBJECTS)).get())));
        return result("small-get", "ops/s", comparison, ">= 1.3x official SDK, >= 0.85x raw OkHttp");
    }

    private static String getKey(int i) {
        return "get/" + i;
    }

    // ---- large objects, equal thread counts

    private ScenarioResult largeUploadFile(Path file) {
        long size = settings.largeBytes();
        TransferManager transfers = clients.sdkTransferManager();
        try {
            Comparison comparison = new Comparison()
                    .add(CAMEL, run -> {
                        long start = System.nanoTime();
                        clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, "large/camel-file");
                        return Measure.megabytesPerSecond(size, start);
                    })
                    .add(SDK, run -> {
                        long start = System.nanoTime();
                        transfers.upload(new PutObjectRequest(Clients.BUCKET, "large/sdk-file", file.toFile()))
                                .waitForUploadResult();
                        return Measure.megabytesPerSecond(size, start);
                    });
            return result("large-upload-file", "MB/s", comparison,
                    ">= 1.5x official SDK (TransferManager, same threads)");
        } finally {
            transfers.shutdownNow(false);
        }
    }

    private ScenarioResult largeUploadStream() throws Exception {
        long size = settings.largeBytes();
        TransferManager transfers = clients.sdkTransferManager();
        try {
            Measure.Run camelRun = run -> {
                long start = System.nanoTime();
                clients.template.sendBodyAndHeader(clients.cos, new GeneratedStream(size), CosConstants.KEY,
                        "large/camel-stream");
                return Measure.megabytesPerSecond(size, start);
            };
            Measure.Run sdkRun = run -> {
                long start = System.nanoTime();
                transfers.upload(new PutObjectRequest(Clients.BUCKET, "large/sdk-stream", new GeneratedStream(size),
                        new ObjectMetadata())).waitForUploadResult();
                return Measure.megabytesPerSecond(size, start);
            };
            Comparison comparison = new Comparison().add(CAMEL, camelRun).add(SDK, sdkRun);
            Map<String, Double> figures = comparison.run(settings.runs());
            Double camelHeap = figures.containsKey(CAMEL) ? Measure.peakLiveHeapMb(() -> camelRun.run(-1)) : null;
            Double sdkHeap = figures.containsKey(SDK) ? Measure.peakLiveHeapMb(() -> sdkRun.run(-1)) : null;
            return new ScenarioResult("large-upload-stream", "MB/s", figures.get(CAMEL), figures.get(SDK), null,
                    camelHeap, sdkHeap, "completes with -Xmx128m (this run: -Xmx"
                            + Runtime.getRuntime().maxMemory() / Settings.MIB + "m); official SDK shown beside it",
                    comparison.notes());
        } finally {
            transfers.shutdownNow(false);
        }
    }

    private ScenarioResult largeDownload(Path file) {
        long size = settings.largeBytes();
        String key = "large/download-source";
        clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, key);
        Path target = work.resolve("downloaded.bin");
        Comparison comparison = new Comparison()
                .add(CAMEL, run -> {
                    long start = System.nanoTime();
                    clients.template.sendBodyAndHeaders(clients.cosDownload, null,
                            Map.of(CosConstants.KEY, key, CosConstants.DOWNLOAD_PATH, target.toString()));
                    double rate = Measure.megabytesPerSecond(size, start);
                    Files.delete(target);
                    return rate;
                })
                .add(SDK, run -> {
                    long start = System.nanoTime();
                    clients.sdk.getObject(new GetObjectRequest(Clients.BUCKET, key), target.toFile());
                    double rate = Measure.megabytesPerSecond(size, start);
                    Files.delete(target);
                    return rate;
                });
        return result("large-download", "MB/s", comparison, ">= 1.5x official SDK single GET");
    }

    // ---- many small objects read back

    /** Each run reads a bucket of its own, filled beforehand and dropped afterwards (the consumer may delete). */
    private ScenarioResult consume() {
        int count = settings.consumeCount();
        byte[] content = randomBytes(settings.consumeBytes());
        Comparison comparison = new Comparison()
                .add(SDK, run -> {
                    String bucket = filledBucket("sdkread" + run, count, content);
                    long start = System.nanoTime();
                    int read = sdkListAndGet(bucket);
                    double rate = count / Measure.seconds(start);
                    emptyAndDelete(bucket, count);
                    if (read != count) {
                        throw new IllegalStateException("the SDK loop read " + read + " objects of " + count);
                    }
                    return rate;
                })
                .add(CAMEL, run -> {
                    String bucket = filledBucket("camelread" + run, count, content);
                    try {
                        return consumeAll(bucket, count);
                    } finally {
                        emptyAndDelete(bucket, count);
                    }
                });
        return result("consume", "objects/s", comparison, ">= 2x a loop of the official SDK's list + get");
    }

    private String filledBucket(String name, int count, byte[] content) throws Exception {
        String bucket = name + "-1250000000";
        clients.setup.createBucket(bucket, null);
        Measure.opsPerSecond(settings.callers(), count, i -> clients.setup.putObject(
                new dev.camelcos.client.model.PutObjectRequest(bucket, "object-" + i, CosRequestBody.of(content))));
        return bucket;
    }

    /** Keeps the in-memory emulator small: a bucket read is dropped. */
    private void emptyAndDelete(String bucket, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add("object-" + i);
        }
        clients.setup.deleteObjects(bucket, keys, true);
        clients.setup.deleteBucket(bucket);
    }

    private int sdkListAndGet(String bucket) throws IOException {
        int read = 0;
        ListObjectsRequest list = new ListObjectsRequest();
        list.setBucketName(bucket);
        list.setMaxKeys(1000);
        ObjectListing page;
        do {
            page = clients.sdk.listObjects(list);
            for (COSObjectSummary summary : page.getObjectSummaries()) {
                try (COSObject object = clients.sdk.getObject(bucket, summary.getKey())) {
                    readFully(object.getObjectContent());
                }
                read++;
            }
            list.setMarker(page.getNextMarker());
        } while (page.isTruncated());
        return read;
    }

    private double consumeAll(String bucket, int count) throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch all = new CountDownLatch(count);
        Endpoint endpoint = clients.camel.getEndpoint(clients.uriFor(bucket) + "&initialDelay=0&delay=1");
        long start = System.nanoTime();
        Consumer consumer = endpoint.createConsumer(exchange -> {
            readFully(exchange.getMessage().getBody(InputStream.class));
            if (seen.add(exchange.getMessage().getHeader(CosConstants.KEY, String.class))) {
                all.countDown();
            }
        });
        consumer.start();
        try {
            if (!all.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the consumer delivered " + seen.size() + " of " + count
                        + " objects in 10 minutes");
            }
            return count / Measure.seconds(start);
        } finally {
            consumer.stop();
        }
    }

    // ---- helpers

    private ScenarioResult result(String name, String unit, Comparison comparison, String target) {
        Map<String, Double> figures = comparison.run(settings.runs());
        return new ScenarioResult(name, unit, figures.get(CAMEL), figures.get(SDK), figures.get(RAW), null, null,
                target, comparison.notes());
    }

    static Path largeFile(Path file, long size) throws IOException {
        try (InputStream in = new GeneratedStream(size)) {
            Files.copy(in, file);
        }
        return file;
    }

    private void send(Request.Builder request) throws IOException {
        try (Response response = clients.http.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(request.build().method() + " answered " + response.code());
            }
            response.body().bytes();
        }
    }

    private static ObjectMetadata lengthOf(long length) {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(length);
        return metadata;
    }

    private static void readFully(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("no content");
        }
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
