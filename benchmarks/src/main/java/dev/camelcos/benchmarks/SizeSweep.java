package dev.camelcos.benchmarks;

import static dev.camelcos.benchmarks.Comparison.CAMEL;
import static dev.camelcos.benchmarks.Comparison.SDK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.transfer.TransferManager;

import dev.camelcos.component.CosConstants;

/**
 * How the cost of a file upload and a download grows with the object's size, camel-cos beside the official SDK
 * (TransferManager upload, single-GET download), one row per size.
 */
final class SizeSweep {

    private final Clients clients;
    private final Settings settings;
    private final Path work;

    SizeSweep(Clients clients, Settings settings, Path work) {
        this.clients = clients;
        this.settings = settings;
        this.work = work;
    }

    List<Map<String, Object>> run(long... sizes) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        TransferManager transfers = clients.sdkTransferManager();
        try {
            for (long size : sizes) {
                long start = System.nanoTime();
                rows.add(row(size, transfers));
                System.out.printf(Locale.ROOT, "  sweep %5d MiB       %5.1f s%n", size / Settings.MIB,
                        Measure.seconds(start));
            }
        } finally {
            transfers.shutdownNow(false);
        }
        return rows;
    }

    private Map<String, Object> row(long size, TransferManager transfers) throws Exception {
        Path file = Scenarios.largeFile(work.resolve("sweep.bin"), size);
        Path target = work.resolve("sweep-download.bin");
        String key = "sweep/object";
        int runs = Math.max(1, settings.runs() / 2);
        Comparison uploads = new Comparison()
                .add(CAMEL, run -> {
                    long start = System.nanoTime();
                    clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, key);
                    return Measure.megabytesPerSecond(size, start);
                })
                .add(SDK, run -> {
                    long start = System.nanoTime();
                    transfers.upload(new PutObjectRequest(Clients.BUCKET, key + "-sdk", file.toFile()))
                            .waitForUploadResult();
                    return Measure.megabytesPerSecond(size, start);
                });
        Map<String, Double> upload = uploads.run(runs);
        Comparison downloads = new Comparison()
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
        Map<String, Double> download = downloads.run(runs);
        Files.delete(file);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("size_mib", size / Settings.MIB);
        row.put("upload_file_mb_s_camel_cos", upload.get(CAMEL));
        row.put("upload_file_mb_s_official_sdk", upload.get(SDK));
        row.put("download_mb_s_camel_cos", download.get(CAMEL));
        row.put("download_mb_s_official_sdk", download.get(SDK));
        return row;
    }
}
