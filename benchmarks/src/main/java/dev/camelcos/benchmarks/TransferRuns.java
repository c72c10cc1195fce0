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

    /**
     * The official SDK's resumable download: {@code threads} ranges at once ({@code downloadPartsThreads}, 1 unless
     * set), of camel-cos's part size from its multipart threshold on; its record of the parts is deleted with the file.
     */
    Measure.Run sdkRangedDownload(String key, long size, Path target, int threads) {
        return run -> {
            GetObjectRequest request = new GetObjectRequest(Clients.BUCKET, key);
            request.setDownloadPartsThreads(threads);
            Path record = target.resolveSibling(target.getFileName() + ".record");
            TransferManager transfers = clients.sdkDefaultTransferManager();
            try {
                long start = System.nanoTime();
                transfers.download(request, target.toFile(), true, record.toString(),
                        (int) Clients.MULTIPART_THRESHOLD, (int) Clients.PART_SIZE).waitForCompletion();
                double rate = Measure.megabytesPerSecond(size, start);
                if (Files.size(target) != size) {
                    throw new IllegalStateException("the SDK downloaded " + Files.size(target) + " of " + size
                            + " bytes");
                }
                return rate;
            } finally {
                transfers.shutdownNow(false);
                Files.deleteIfExists(target);
                Files.deleteIfExists(record);
            }
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
