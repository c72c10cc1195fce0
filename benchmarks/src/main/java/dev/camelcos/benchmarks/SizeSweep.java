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

import com.qcloud.cos.transfer.TransferManager;


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
        TransferRuns transferRuns = new TransferRuns(clients);
        Map<String, Double> upload = new Comparison()
                .add(CAMEL, transferRuns.camelUpload(file, key))
                .add(SDK, transferRuns.sdkUpload(transfers, file, key + "-sdk"))
                .run(runs);
        Map<String, Double> download = new Comparison()
                .add(CAMEL, transferRuns.camelDownload(key, size, target))
                .add(SDK, transferRuns.sdkDownload(key, size, target))
                .run(runs);
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
