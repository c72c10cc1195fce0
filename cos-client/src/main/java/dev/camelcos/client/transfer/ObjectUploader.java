package dev.camelcos.client.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PartResult;
import dev.camelcos.client.model.PartSummary;
import dev.camelcos.client.model.PutObjectRequest;

/**
 * Uploads one object: a single PUT below the multipart threshold, else a multipart upload whose parts go out in
 * parallel. Bytes are cut into slices and files into ranges read by position, so neither is copied.
 */
final class ObjectUploader {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectUploader.class);
    /** The largest object COS takes in one PUT. */
    private static final long MAX_SINGLE_PUT = 5 * TransferOptions.GIB;

    private final CosClient client;
    private final TransferOptions options;
    private final Supplier<Executor> threads;
    private final StreamUploader streams;

    /** @param bufferBytesUsed told how many bytes of part buffers each stream upload allocated */
    ObjectUploader(CosClient client, TransferOptions options, Supplier<Executor> threads,
            LongConsumer bufferBytesUsed) {
        this.client = client;
        this.options = options;
        this.threads = threads;
        this.streams = new StreamUploader(this, client, options, bufferBytesUsed);
    }

    TransferResult upload(UploadRequest request) {
        UploadSource source = request.getSource();
        if (source instanceof UploadSource.Bytes bytes) {
            return uploadBytes(request, bytes.bytes());
        }
        if (source instanceof UploadSource.File file) {
            return uploadFile(request, file.path());
        }
        UploadSource.Stream stream = (UploadSource.Stream) source;
        return streams.upload(request, stream.stream(), stream.length());
    }

    /** Whether an object of this length goes in one PUT. */
    boolean isSinglePut(long length) {
        return length == 0 || length < Math.min(options.multipartThreshold(), MAX_SINGLE_PUT);
    }

    TransferResult put(UploadRequest request, CosRequestBody body) {
        ObjectMetadata stored = client.putObject(new PutObjectRequest(request.getBucket(), request.getKey(), body)
                .setMetadata(request.getMetadata()).setOptions(request.getOptions()));
        return new TransferResult(request.getBucket(), request.getKey(), stored.getETag(), stored.getCrc64(),
                stored.getVersionId(), null, body.contentLength(), 1);
    }

    /** Begins a multipart upload; {@code length} -1 while unknown. */
    MultipartUpload initiate(UploadRequest request, long length, boolean keepOnFailure, StepLimit limit) {
        String uploadId = client.initiateMultipartUpload(request.getBucket(), request.getKey(),
                WritableMetadata.of(request.getMetadata()), request.getOptions()).getUploadId();
        return begin(request, uploadId, length, keepOnFailure, limit);
    }

    /** Parts read from memory the caller holds, or from a file by position, cost no buffer: their number may grow. */
    StepLimit partLimit() {
        return StepLimit.of(options, options.uploadConcurrency());
    }

    private MultipartUpload begin(UploadRequest request, String uploadId, long length, boolean keepOnFailure,
            StepLimit limit) {
        ProgressTracker progress = new ProgressTracker("upload", request.getBucket(), request.getKey(), length,
                options);
        progress.start();
        return new MultipartUpload(client, request.getBucket(), request.getKey(), uploadId, keepOnFailure,
                threads.get(), limit, progress);
    }

    private TransferResult uploadBytes(UploadRequest request, byte[] bytes) {
        if (isSinglePut(bytes.length)) {
            return put(request, CosRequestBody.of(bytes));
        }
        PartPlan plan = PartPlan.of(bytes.length, options.partSize());
        MultipartUpload upload = initiate(request, bytes.length, false, partLimit());
        try {
            for (int n = 1; n <= plan.partCount(); n++) {
                int partNumber = n;
                CosRequestBody body = CosRequestBody.of(bytes, (int) plan.offset(n), (int) plan.size(n));
                upload.submit(() -> client.uploadPart(request.getBucket(), request.getKey(), upload.uploadId(),
                        partNumber, body, null));
            }
        } catch (RuntimeException e) {
            throw upload.fail(e);
        }
        return upload.complete(null);
    }

    private TransferResult uploadFile(UploadRequest request, Path file) {
        FileVersion version;
        try {
            version = FileVersion.of(file);
        } catch (IOException e) {
            throw new CosClientException("cannot upload " + file + " to " + request.describe() + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e, false);
        }
        long length = version.size();
        if (isSinglePut(length)) {
            return put(request, CosRequestBody.of(file, 0, length));
        }
        PartPlan plan = PartPlan.of(length, options.partSize());
        Optional<UnfinishedUploads.Unfinished> unfinished = options.resumableUpload()
                ? new UnfinishedUploads(client).find(request.getBucket(), request.getKey())
                : Optional.empty();
        MultipartUpload upload = unfinished
                .map(u -> begin(request, u.uploadId(), length, true, partLimit()))
                .orElseGet(() -> initiate(request, length, options.resumableUpload(), partLimit()));
        Map<Integer, PartSummary> sentBefore = unfinished.map(UnfinishedUploads.Unfinished::parts).orElse(Map.of());
        if (!sentBefore.isEmpty()) {
            LOG.info("Resuming multipart upload {} of {} to {}: {} parts were sent before and are checked against"
                    + " the file", upload.uploadId(), file, request.describe(), sentBefore.size());
        }
        try {
            for (int n = 1; n <= plan.partCount(); n++) {
                int partNumber = n;
                upload.submit(() -> sendUnlessSent(request, file, plan, partNumber, upload.uploadId(),
                        sentBefore.get(partNumber)));
            }
        } catch (RuntimeException e) {
            throw upload.fail(e);
        }
        return upload.complete(null, () -> version.checkStill(file, "multipart upload " + upload.uploadId() + " of "
                + file + " to " + request.describe()));
    }

    /** Sends a part of a file, unless an earlier run sent exactly these bytes (same size and MD5). */
    private PartResult sendUnlessSent(UploadRequest request, Path file, PartPlan plan, int partNumber,
            String uploadId, PartSummary sentBefore) throws IOException {
        long offset = plan.offset(partNumber);
        long size = plan.size(partNumber);
        if (sentBefore != null && sentBefore.getSize() == size) {
            FileRangeDigest digest = FileRangeDigest.of(file, offset, size);
            if (digest.matchesETag(sentBefore.getETag())) {
                return new PartResult(partNumber, sentBefore.getETag(), Crc64.format(digest.crc64()), size);
            }
        }
        return client.uploadPart(request.getBucket(), request.getKey(), uploadId, partNumber,
                CosRequestBody.of(file, offset, size), null);
    }
}
