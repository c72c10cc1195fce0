package dev.camelcos.benchmarks;

import static dev.camelcos.benchmarks.Comparison.CAMEL;
import static dev.camelcos.benchmarks.Comparison.RAW;
import static dev.camelcos.benchmarks.Comparison.SDK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.Exchange;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.transfer.TransferManager;

import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.component.CosConstants;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The scenarios of the table, each measuring every client that can do it. */
final class Scenarios {

    private static final int GET_OBJECTS = 1000;
    private static final String CAMEL_WITHOUT_READ_AHEAD = "camel-cos readAhead=0";

    private final Clients clients;
    private final Settings settings;
    private final Path work;
    private final byte[] small;
    private final TransferRuns transferRuns;
    private final ConsumeRuns consumeRuns;

    Scenarios(Clients clients, Settings settings, Path work) {
        this.clients = clients;
        this.settings = settings;
        this.work = work;
        this.small = randomBytes(settings.smallBytes());
        this.transferRuns = new TransferRuns(clients);
        this.consumeRuns = new ConsumeRuns(clients);
    }

    List<ScenarioResult> runAll() throws Exception {
        List<ScenarioResult> results = new ArrayList<>();
        run("small-put", this::smallPut, results);
        run("small-get", this::smallGet, results);
        if (settings.includes("large-upload-file") || settings.includes("large-download")) {
            Path file = largeFile(work.resolve("large.bin"), settings.largeBytes());
            run("large-upload-file", () -> largeUploadFile(file), results);
            run("large-download", () -> largeDownload(file), results);
            Files.delete(file);
        }
        run("consume", this::consume, results);
        // last: the official SDK may run out of memory on a long stream of unknown length
        run("large-upload-stream", this::largeUploadStream, results);
        return results;
    }

    /** Runs a scenario unless left out, and says on the console how long it took (a long run is seen to advance). */
    private void run(String name, Callable<ScenarioResult> scenario, List<ScenarioResult> results) throws Exception {
        if (!settings.includes(name)) {
            return;
        }
        long start = System.nanoTime();
        ScenarioResult result = scenario.call();
        System.out.printf(Locale.ROOT, "  %-20s %5.1f s%n", result.name(), Measure.seconds(start));
        results.add(result);
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
                        ConsumeRuns.readFully(object.getObjectContent());
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

    private ScenarioResult largeUploadFile(Path file) throws Exception {
        TransferManager transfers = clients.sdkTransferManager();
        try {
            Comparison comparison = new Comparison()
                    .add(CAMEL, transferRuns.camelUpload(file, "large/camel-file"))
                    .add(SDK, transferRuns.sdkUpload(transfers, file, "large/sdk-file"));
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

    private ScenarioResult largeDownload(Path file) throws Exception {
        String key = "large/download-source";
        clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, key);
        Path target = work.resolve("downloaded.bin");
        Comparison comparison = new Comparison()
                .add(CAMEL, transferRuns.camelDownload(key, Files.size(file), target))
                .add(SDK, transferRuns.sdkDownload(key, Files.size(file), target));
        return result("large-download", "MB/s", comparison, ">= 1.5x official SDK single GET");
    }

    // ---- many small objects read back

    /** One bucket, filled once, read by every run of both clients and dropped afterwards. */
    private ScenarioResult consume() throws Exception {
        int count = settings.consumeCount();
        String bucket = "consume-1250000000";
        consumeRuns.fill(bucket, count, randomBytes(settings.consumeBytes()));
        try {
            Comparison comparison = new Comparison()
                    .add(SDK, consumeRuns.sdk(bucket, count))
                    .add(CAMEL, consumeRuns.camel(bucket, count, ""))
                    .add(CAMEL_WITHOUT_READ_AHEAD, consumeRuns.camel(bucket, count, "&readAhead=0"));
            Map<String, Double> figures = comparison.run(settings.runs());
            // how much of the figure is reading ahead: without it the consumer GETs one object after the other
            String withoutReadAhead = figures.containsKey(CAMEL_WITHOUT_READ_AHEAD) ? String.format(Locale.ROOT,
                    "camel-cos with readAhead=0: %.0f objects/s", figures.get(CAMEL_WITHOUT_READ_AHEAD)) : null;
            return new ScenarioResult("consume", "objects/s", figures.get(CAMEL), figures.get(SDK), null, null, null,
                    ">= 2x a loop of the official SDK's list + get",
                    joinNotes(withoutReadAhead, comparison.notes()));
        } finally {
            consumeRuns.drop(bucket, count);
        }
    }

    // ---- helpers

    private ScenarioResult result(String name, String unit, Comparison comparison, String target) {
        Map<String, Double> figures = comparison.run(settings.runs());
        return new ScenarioResult(name, unit, figures.get(CAMEL), figures.get(SDK), figures.get(RAW), null, null,
                target, comparison.notes());
    }

    private static String joinNotes(String... notes) {
        String joined = Stream.of(notes).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
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

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
