package dev.camelcos.component.producer;

import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.client.transfer.TransferOptions;
import dev.camelcos.client.transfer.TransferResult;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;

/**
 * What the transfer operations (upload, copy, download) share. Each exchange's transfer gets its own
 * {@link CosTransferManager}, closed when the transfer ends, running its parts on the producer's threads (from
 * Camel's ExecutorServiceManager, so they are named, profiled and stopped with the route) at most as many at once
 * as the transfer's options say.
 */
final class Transfers {

    private Transfers() {
    }

    static CosTransferManager manager(CosExchange exchange) {
        return new CosTransferManager(exchange.client(), options(exchange.configuration()),
                exchange.transferThreads());
    }

    static TransferOptions options(CosConfiguration configuration) {
        return TransferOptions.builder()
                .multipartThreshold(configuration.getMultipartThreshold())
                .partSize(configuration.getPartSize())
                .uploadConcurrency(configuration.getUploadConcurrency())
                .multipartCopyThreshold(configuration.getMultipartCopyThreshold())
                .copyPartSize(configuration.getCopyPartSize())
                .downloadConcurrency(configuration.getDownloadConcurrency())
                .fileConcurrency(configuration.getFileConcurrency())
                .adaptiveConcurrency(configuration.isAdaptiveConcurrency())
                .maxConcurrency(configuration.getMaxConcurrency())
                .resumableUpload(configuration.isResumableUpload())
                .progressListener(configuration.getProgressListener())
                .build();
    }

    /** The object an upload or copy wrote, as result headers. */
    static void setResultHeaders(CosExchange exchange, TransferResult result) {
        exchange.setHeader(CosConstants.BUCKET_NAME, result.bucket());
        exchange.setHeader(CosConstants.KEY, result.key());
        exchange.setHeader(CosConstants.E_TAG, result.etag());
        exchange.setHeader(CosConstants.CRC64, result.crc64());
        exchange.setHeader(CosConstants.VERSION_ID, result.versionId());
        exchange.setHeader(CosConstants.UPLOAD_ID, result.uploadId());
        if (result.size() >= 0) {
            exchange.setHeader(CosConstants.CONTENT_LENGTH, result.size());
        }
    }
}
