package dev.camelcos.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.transfer.TransferManager;

import dev.camelcos.component.CosConstants;

/** One timed file upload or download by each client, in MB/s; the scenarios and the size sweep share them. */
final class TransferRuns {

    private final Clients clients;

    TransferRuns(Clients clients) {
        this.clients = clients;
    }

    /** camel-cos's {@code upload} of {@code file} to {@code key}. */
    Measure.Run camelUpload(Path file, String key) throws Exception {
        long size = Files.size(file);
        return run -> {
            long start = System.nanoTime();
            clients.template.sendBodyAndHeader(clients.cos, file, CosConstants.KEY, key);
            return Measure.megabytesPerSecond(size, start);
        };
    }

    /** The official SDK's TransferManager upload of {@code file} to {@code key}. */
    Measure.Run sdkUpload(TransferManager transfers, Path file, String key) throws Exception {
        long size = Files.size(file);
        return run -> {
            long start = System.nanoTime();
            transfers.upload(new PutObjectRequest(Clients.BUCKET, key, file.toFile())).waitForUploadResult();
            return Measure.megabytesPerSecond(size, start);
        };
    }

    /** camel-cos's {@code download} of {@code key} ({@code size} bytes) to {@code target}, deleted afterwards. */
    Measure.Run camelDownload(String key, long size, Path target) {
        return run -> {
            long start = System.nanoTime();
            clients.template.sendBodyAndHeaders(clients.cosDownload, null,
                    Map.of(CosConstants.KEY, key, CosConstants.DOWNLOAD_PATH, target.toString()));
            double rate = Measure.megabytesPerSecond(size, start);
            Files.delete(target);
            return rate;
        };
    }

    /** The official SDK's single-GET download of {@code key} to {@code target}, deleted afterwards. */
    Measure.Run sdkDownload(String key, long size, Path target) {
        return run -> {
            long start = System.nanoTime();
            clients.sdk.getObject(new GetObjectRequest(Clients.BUCKET, key), target.toFile());
            double rate = Measure.megabytesPerSecond(size, start);
            Files.delete(target);
            return rate;
        };
    }
}
