package dev.camelcos.benchmarks;

import static dev.camelcos.benchmarks.Comparison.CAMEL;
import static dev.camelcos.benchmarks.Comparison.RAW;
import static dev.camelcos.benchmarks.Comparison.SDK;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.transfer.TransferManager;

import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.component.CosConstants;

/**
 * The scenarios of issue 15's table on one network profile, each measuring camel-cos beside the official SDK with
 * camel-cos's thread count and with its own defaults (and raw OkHttp where it can do the same).
 */
final class Scenarios {

    static final String STREAM_HEAP = "large-upload-stream-heap";
    static final String SDK_DEFAULTS = "official SDK defaults";

    private final Clients clients;
    private final Settings settings;
    private final Path work;
    private final NetworkProfile profile;
    private final byte[] small;
    private final TransferRuns transferRuns;
    private final ConsumeRuns consumeRuns;
    private final SmallOps smallOps;

    Scenarios(Clients clients, Settings settings, Path work, NetworkProfile profile) {
        this.clients = clients;
        this.settings = settings;
        this.work = work;
        this.profile = profile;
        this.small = randomBytes(settings.smallBytes());
        this.transferRuns = new TransferRuns(clients);
        this.consumeRuns = new ConsumeRuns(clients);
        this.smallOps = new SmallOps(clients, small);
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
        run("large-upload-stream", this::largeUploadStream, results);
        // where the CPU, not a link, sets the pace, parts are made fastest: the heap is measured there
        if (!profile.shaped()) {
            run(STREAM_HEAP, this::streamHeap, results);
        }
        return results;
    }

    /** Runs a scenario unless left out, and says on the console how long it took (a long run is seen to advance). */
    private void run(String name, Callable<ScenarioResult> scenario, List<ScenarioResult> results) throws Exception {
        if (!settings.includes(name)) {
            return;
        }
        long start = System.nanoTime();
        ScenarioResult result = scenario.call();
        System.out.printf(Locale.ROOT, "  %-8s %-25s %6.1f s  camel-cos %s %s%n", profile.name(), result.name(),
                Measure.seconds(start), result.camelCos() == null ? "-" : String.format(Locale.ROOT, "%.1f",
                        result.camelCos()), result.unit());
        results.add(result);
    }

    /** Runs of a long scenario: one without warm-up on a slow profile, where the link sets the figure. */
    private Map<String, Double> runLong(Comparison comparison) {
        return profile.slow() ? comparison.run(1, false) : comparison.run(settings.runs());
    }

    // ---- small objects, 8 callers

    private ScenarioResult smallPut() {
        int ops = settings.smallOps(profile);
        Comparison comparison = new Comparison()
                .add(CAMEL, run -> Measure.opsPerSecond(settings.callers(), ops, smallOps.camelPut()))
                .add(SDK, run -> Measure.opsPerSecond(settings.callers(), ops, smallOps.sdkPut()));
        Measure.Op raw = smallOps.rawPut(ops);
        comparison.add(RAW, run -> Measure.opsPerSecond(settings.callers(), ops, raw));
        return smallResult("small-put", comparison);
    }

    private ScenarioResult smallGet() throws Exception {
        smallOps.prepareGets(settings.callers());
        int ops = settings.smallOps(profile);
        Measure.Op raw = smallOps.rawGet();
        Comparison comparison = new Comparison()
                .add(CAMEL, run -> Measure.opsPerSecond(settings.callers(), ops, smallOps.camelGet()))
                .add(SDK, run -> Measure.opsPerSecond(settings.callers(), ops, smallOps.sdkGet()))
                .add(RAW, run -> Measure.opsPerSecond(settings.callers(), ops, raw));
        return smallResult("small-get", comparison);
    }

    /** The SDK's defaults are its client with 8 callers, as camel-cos's: one figure in both columns. */
    private ScenarioResult smallResult(String name, Comparison comparison) {
        Map<String, Double> figures = comparison.run(settings.runs());
        return result(name, "ops/s", figures, figures.get(SDK), Map.of(), profile.requestsLimit(settings.callers()),
                comparison.notes());
    }

    // ---- large objects

    private ScenarioResult largeUploadFile(Path file) throws Exception {
        TransferManager sameThreads = clients.sdkTransferManager();
        TransferManager defaults = clients.sdkDefaultTransferManager();
        try {
            Comparison comparison = new Comparison()
                    .add(CAMEL, transferRuns.camelUpload(file, "large/camel-file"))
                    .add(SDK, transferRuns.sdkUpload(sameThreads, file, "large/sdk-file"))
                    .add(SDK_DEFAULTS, transferRuns.sdkUpload(defaults, file, "large/sdk-defaults-file"));
            Map<String, Double> figures = runLong(comparison);
            return result("large-upload-file", "MB/s", figures, figures.get(SDK_DEFAULTS), Map.of(),
                    profile.transferLimitMegabytes(), comparison.notes());
        } finally {
            sameThreads.shutdownNow(false);
            defaults.shutdownNow(false);
        }
    }

    private ScenarioResult largeDownload(Path file) throws Exception {
        String key = "large/download-source";
        clients.setup.putObject(new dev.camelcos.client.model.PutObjectRequest(Clients.BUCKET, key,
                CosRequestBody.of(file)));
        Path target = work.resolve("downloaded.bin");
        long size = Files.size(file);
        Comparison comparison = new Comparison()
                .add(CAMEL, transferRuns.camelDownload(key, size, target))
                .add(SDK, transferRuns.sdkRangedDownload(key, size, target, settings.threads()))
                .add(SDK_DEFAULTS, transferRuns.sdkDownload(key, size, target));
        Map<String, Double> figures = runLong(comparison);
        return result("large-download", "MB/s", figures, figures.get(SDK_DEFAULTS), Map.of(),
                profile.transferLimitMegabytes(), comparison.notes());
    }

    /**
     * The SDK sends a stream of unknown length as one chunked PUT whatever its threads, so one figure is both its
     * same-threads and its defaults figure.
     */
    private ScenarioResult largeUploadStream() throws Exception {
        long size = settings.largeBytes();
        TransferManager transfers = clients.sdkTransferManager();
        try {
            Comparison comparison = new Comparison().add(CAMEL, camelStream(size)).add(SDK, sdkStream(transfers, size));
            Map<String, Double> figures = runLong(comparison);
            return result("large-upload-stream", "MB/s", figures, figures.get(SDK), Map.of(),
                    profile.transferLimitMegabytes(), comparison.notes());
        } finally {
            transfers.shutdownNow(false);
        }
    }

    /** The peak live heap of the whole JVM (emulator included) while each client uploads a long unknown-length stream. */
    private ScenarioResult streamHeap() throws Exception {
        long size = settings.streamHeapBytes();
        TransferManager transfers = clients.sdkTransferManager();
        try {
            Measure.Run camel = camelStream(size);
            Measure.Run sdk = sdkStream(transfers, size);
            Double camelHeap = Measure.peakLiveHeapMb(() -> camel.run(-1));
            Double sdkHeap = Measure.peakLiveHeapMb(() -> sdk.run(-1));
            return new ScenarioResult(profile.name(), STREAM_HEAP, "MiB live", camelHeap, sdkHeap, sdkHeap, null,
                    Map.of(), (double) (Runtime.getRuntime().maxMemory() / Settings.MIB), camelHeap, sdkHeap,
                    Target.of(profile, STREAM_HEAP), String.format(Locale.ROOT,
                            "%d MiB of unknown length; the limit is this run's -Xmx", size / Settings.MIB));
        } finally {
            transfers.shutdownNow(false);
        }
    }

    private Measure.Run camelStream(long size) {
        return run -> {
            long start = System.nanoTime();
            clients.template.sendBodyAndHeader(clients.cos, new GeneratedStream(size), CosConstants.KEY,
                    "large/camel-stream");
            return Measure.megabytesPerSecond(size, start);
        };
    }

    private static Measure.Run sdkStream(TransferManager transfers, long size) {
        return run -> {
            long start = System.nanoTime();
            transfers.upload(new PutObjectRequest(Clients.BUCKET, "large/sdk-stream", new GeneratedStream(size),
                    new ObjectMetadata())).waitForUploadResult();
            return Measure.megabytesPerSecond(size, start);
        };
    }

    // ---- many small objects read back

    /**
     * One bucket, filled once, read by every run of every client and dropped afterwards. The SDK is measured with as
     * many GET threads as camel-cos keeps GETs in flight, with 8 threads (the target) and as a plain loop (its
     * defaults); on a slow profile the loop reads a fifth of the bucket, which takes as long as the others' runs.
     */
    private ScenarioResult consume() throws Exception {
        int count = settings.consumeCount();
        String bucket = "consume-1250000000";
        consumeRuns.fill(bucket, count, randomBytes(settings.consumeBytes()));
        try {
            int inFlight = consumeRuns.camelReadAhead(bucket);
            int loopObjects = profile.slow() ? count / 5 : count;
            Comparison comparison = new Comparison()
                    .add(CAMEL, consumeRuns.camel(bucket, count, ""))
                    .add(SDK, consumeRuns.sdk(bucket, count, inFlight))
                    .add(Target.SDK_8_THREADS, consumeRuns.sdk(bucket, count, 8))
                    .add(SDK_DEFAULTS, consumeRuns.sdk(bucket, loopObjects, 1));
            Map<String, Double> figures = runLong(comparison);
            Map<String, Double> others = new LinkedHashMap<>();
            if (figures.containsKey(Target.SDK_8_THREADS)) {
                others.put(Target.SDK_8_THREADS, figures.get(Target.SDK_8_THREADS));
            }
            String bound = String.format(Locale.ROOT, "camel-cos keeps %d GETs in flight (readAhead), the SDK's same"
                    + " threads too; its defaults are a list + get loop%s", inFlight,
                    loopObjects < count ? " over the first " + loopObjects + " objects" : "");
            return result("consume", "objects/s", figures, figures.get(SDK_DEFAULTS), others,
                    profile.consumeLimit(inFlight, settings.consumeBytes()), joinNotes(bound, comparison.notes()));
        } finally {
            consumeRuns.drop(bucket, count);
        }
    }

    // ---- helpers

    private ScenarioResult result(String name, String unit, Map<String, Double> figures, Double sdkDefaults,
            Map<String, Double> others, Double limit, String notes) {
        return new ScenarioResult(profile.name(), name, unit, figures.get(CAMEL), figures.get(SDK), sdkDefaults,
                figures.get(RAW), others, limit, null, null, Target.of(profile, name), notes);
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

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
