package dev.camelcos.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
        Path file = largeFile();
        results.add(timed(() -> largeUploadFile(file)));
        results.add(timed(() -> largeDownload(file)));
        Files.delete(file);
        results.add(timed(this::consume));
        // last: the official SDK may run out of memory on a long stream of unknown length
        results.add(timed(this::largeUploadStream));
        return results;
    }

    /** Runs a scenario and says on the console how long it took, so that a long run is seen to advance. */
    private static ScenarioResult timed(java.util.concurrent.Callable<ScenarioResult> scenario) throws Exception {
        long start = System.nanoTime();
        ScenarioResult result = scenario.call();
        System.out.printf(java.util.Locale.ROOT, "  %-20s %5.1f s%n", result.name(), Measure.seconds(start));
        return result;
    }

    // ---- small objects, 8 callers

    private ScenarioResult smallPut() throws Exception {
        Notes notes = new Notes();
        int ops = settings.smallOps();
        Double camel = notes.attempt("camel-cos", () -> Measure.median(settings.runs(),
                run -> Measure.opsPerSecond(settings.callers(), ops, i -> clients.template.sendBodyAndHeader(
                        clients.cos, small, CosConstants.KEY, "small/camel/" + run + "/" + i))));
        Double sdk = notes.attempt("official SDK", () -> Measure.median(settings.runs(),
                run -> Measure.opsPerSecond(settings.callers(), ops, i -> clients.sdk.putObject(Clients.BUCKET,
                        "small/sdk/" + run + "/" + i, new ByteArrayInputStream(small), lengthOf(small.length)))));
        Double raw = notes.attempt("raw OkHttp", () -> {
            List<List<String>> links = new ArrayList<>();
            for (int run = 0; run <= settings.runs(); run++) {
                List<String> runLinks = new ArrayList<>(ops);
                for (int i = 0; i < ops; i++) {
                    runLinks.add(clients.setup.createUploadLink(Clients.BUCKET, "small/raw/" + run + "/" + i,
                            java.time.Duration.ofHours(1)));
                }
                links.add(runLinks);
            }
            return Measure.median(settings.runs(), run -> Measure.opsPerSecond(settings.callers(), ops,
                    i -> send(new Request.Builder().url(links.get(run).get(i)).put(RequestBody.create(small)))));
        });
        return new ScenarioResult("small-put", "ops/s", camel, sdk, raw, null, null,
                ">= 1.3x official SDK, >= 0.85x raw OkHttp", notes.text());
    }

    private ScenarioResult smallGet() throws Exception {
        Notes notes = new Notes();
        int objects = 1000;
        Measure.opsPerSecond(settings.callers(), objects, i -> clients.setup.putObject(
                new dev.camelcos.client.model.PutObjectRequest(Clients.BUCKET, getKey(i), CosRequestBody.of(small))));
        int ops = settings.smallOps();
        Double camel = notes.attempt("camel-cos", () -> Measure.median(settings.runs(),
                run -> Measure.opsPerSecond(settings.callers(), ops, i -> {
                    Exchange exchange = clients.template.request(clients.cosGet,
                            e -> e.getMessage().setHeader(CosConstants.KEY, getKey(i % objects)));
                    if (exchange.getException() != null) {
                        throw exchange.getException();
                    }
                    readFully(exchange.getMessage().getBody(InputStream.class));
                })));
        Double sdk = notes.attempt("official SDK", () -> Measure.median(settings.runs(),
                run -> Measure.opsPerSecond(settings.callers(), ops, i -> {
                    try (COSObject object = clients.sdk.getObject(Clients.BUCKET, getKey(i % objects))) {
                        readFully(object.getObjectContent());
                    }
                })));
        Double raw = notes.attempt("raw OkHttp", () -> {
            List<String> links = new ArrayList<>();
            for (int i = 0; i < objects; i++) {
                links.add(clients.setup.createDownloadLink(Clients.BUCKET, getKey(i), java.time.Duration.ofHours(1),
                        null));
            }
            return Measure.median(settings.runs(), run -> Measure.opsPerSecond(settings.callers(), ops,
                    i -> send(new Request.Builder().url(links.get(i % objects)).get())));
        });
        return new ScenarioResult("small-get", "ops/s", camel, sdk, raw, null, null,
                ">= 1.3x official SDK, >= 0.85x raw OkHttp", notes.text());
    }

    private static String getKey(int i) {
        return "get/" + i;
    }

    // ---- large objects, equal thread counts

    private ScenarioResult largeUploadFile(Path file) throws Exception {
        Notes notes = new Notes();
        long size = settings.largeBytes();
        Double camel = notes.attempt("camel-cos", () -> Measure.median(settings.runs(), run -> {
            long start = System.nanoTime();
            clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, "large/camel-file-" + run);
            return Measure.megabytesPerSecond(size, start);
        }));
        Double sdk = notes.attempt("official SDK", () -> {
            TransferManager transfers = clients.sdkTransferManager();
            try {
                return Measure.median(settings.runs(), run -> {
                    long start = System.nanoTime();
                    transfers.upload(new PutObjectRequest(Clients.BUCKET, "large/sdk-file-" + run, file.toFile()))
                            .waitForUploadResult();
                    return Measure.megabytesPerSecond(size, start);
                });
            } finally {
                transfers.shutdownNow(false);
            }
        });
        return new ScenarioResult("large-upload-file", "MB/s", camel, sdk, null, null, null,
                ">= 1.5x official SDK (TransferManager, same threads)", notes.text());
    }

    private ScenarioResult largeUploadStream() throws Exception {
        Notes notes = new Notes();
        long size = settings.largeBytes();
        double[] peaks = new double[2];
        Double camel = notes.attempt("camel-cos", () -> Measure.median(settings.runs(), run -> {
            try (Measure.HeapWatch heap = new Measure.HeapWatch()) {
                long start = System.nanoTime();
                clients.template.sendBodyAndHeader(clients.cos, new GeneratedStream(size), CosConstants.KEY,
                        "large/camel-stream-" + run);
                double rate = Measure.megabytesPerSecond(size, start);
                peaks[0] = Math.max(peaks[0], heap.peakMb());
                return rate;
            }
        }));
        Double sdk = notes.attempt("official SDK", () -> {
            TransferManager transfers = clients.sdkTransferManager();
            try {
                return Measure.median(settings.runs(), run -> {
                    try (Measure.HeapWatch heap = new Measure.HeapWatch()) {
                        long start = System.nanoTime();
                        transfers.upload(new PutObjectRequest(Clients.BUCKET, "large/sdk-stream-" + run,
                                new GeneratedStream(size), new ObjectMetadata())).waitForUploadResult();
                        double rate = Measure.megabytesPerSecond(size, start);
                        peaks[1] = Math.max(peaks[1], heap.peakMb());
                        return rate;
                    }
                });
            } finally {
                transfers.shutdownNow(false);
            }
        });
        return new ScenarioResult("large-upload-stream", "MB/s", camel, sdk, null, camel == null ? null : peaks[0],
                sdk == null ? null : peaks[1], "completes with -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m (target: 128m); official SDK shown beside it",
                notes.text());
    }

    private ScenarioResult largeDownload(Path file) throws Exception {
        Notes notes = new Notes();
        long size = settings.largeBytes();
        String key = "large/download-source";
        clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, key);
        Path target = work.resolve("downloaded.bin");
        Double camel = notes.attempt("camel-cos", () -> Measure.median(settings.runs(), run -> {
            long start = System.nanoTime();
            clients.template.sendBodyAndHeaders(clients.cosDownload, null,
                    Map.of(CosConstants.KEY, key, CosConstants.DOWNLOAD_PATH, target.toString()));
            double rate = Measure.megabytesPerSecond(size, start);
            Files.delete(target);
            return rate;
        }));
        Double sdk = notes.attempt("official SDK", () -> Measure.median(settings.runs(), run -> {
            long start = System.nanoTime();
            clients.sdk.getObject(new GetObjectRequest(Clients.BUCKET, key), target.toFile());
            double rate = Measure.megabytesPerSecond(size, start);
            Files.delete(target);
            return rate;
        }));
        return new ScenarioResult("large-download", "MB/s", camel, sdk, null, null, null,
                ">= 1.5x official SDK single GET", notes.text());
    }

    // ---- many small objects read back

    private ScenarioResult consume() throws Exception {
        Notes notes = new Notes();
        int count = settings.consumeCount();
        byte[] content = randomBytes(settings.consumeBytes());
        // each run reads a bucket of its own: the consumer may delete what it has read
        Double sdk = notes.attempt("official SDK", () -> Measure.median(settings.runs(), run -> {
            String bucket = filledBucket("sdkread" + run, count, content);
            long start = System.nanoTime();
            int read = sdkListAndGet(bucket);
            if (read != count) {
                throw new IllegalStateException("the SDK loop read " + read + " objects of " + count);
            }
            return count / Measure.seconds(start);
        }));
        Double camel = notes.attempt("camel-cos consumer", () -> Measure.median(settings.runs(), run -> {
            String bucket = filledBucket("camelread" + run, count, content);
            return consumeAll(bucket, count);
        }));
        return new ScenarioResult("consume", "objects/s", camel, sdk, null, null, null,
                ">= 2x a loop of the official SDK's list + get", notes.text());
    }

    private String filledBucket(String name, int count, byte[] content) throws Exception {
        String bucket = name + "-1250000000";
        clients.setup.createBucket(bucket, null);
        Measure.opsPerSecond(settings.callers(), count, i -> clients.setup.putObject(
                new dev.camelcos.client.model.PutObjectRequest(bucket, "object-" + i, CosRequestBody.of(content))));
        return bucket;
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

    private Path largeFile() throws IOException {
        Path file = work.resolve("large.bin");
        try (InputStream in = new GeneratedStream(settings.largeBytes())) {
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
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** Why a client's figure is missing. */
    private static final class Notes {
        private final List<String> reasons = new ArrayList<>();

        Double attempt(String client, java.util.concurrent.Callable<Double> measurement) {
            try {
                return measurement.call();
            } catch (Throwable t) {
                Throwable cause = rootCause(t);
                reasons.add(client + " not measured: " + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage());
                return null;
            }
        }

        private static Throwable rootCause(Throwable t) {
            Throwable cause = t;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause;
        }

        String text() {
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }
    }
}
