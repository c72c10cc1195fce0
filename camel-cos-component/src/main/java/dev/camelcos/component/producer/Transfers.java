package dev.camelcos.component.producer;

import java.util.concurrent.Executor;

import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.client.transfer.TransferOptions;
import dev.camelcos.client.transfer.TransferResult;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosEndpoint;

/**
 * What the transfer operations (upload, copy, download) share. Each producer has one {@link CosTransferManager},
 * made when it starts, running the parts of its exchanges' transfers on the producer's threads (from Camel's
 * ExecutorServiceManager, so they are named, profiled and stopped with the route), each transfer at most as many at
 * once as the options say.
 */
public final class Transfers {

    private Transfers() {
    }

    /** The transfer manager of a producer: the endpoint's transfer options, its parts on the producer's threads. */
    public static CosTransferManager manager(CosEndpoint endpoint, Executor threads) {
        return new CosTransferManager(endpoint.getClient(), options(endpoint.getConfiguration()), threads);
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
