package dev.camelcos.client.transfer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.client.model.PartSummary;

/** Finds the multipart upload an earlier, interrupted run left for a key, and the parts it had sent. */
final class UnfinishedUploads {

    /** An upload to resume and its parts by number. */
    record Unfinished(String uploadId, Map<Integer, PartSummary> parts) {
    }

    private final CosClient client;

    UnfinishedUploads(CosClient client) {
        this.client = client;
    }

    /** The most recently begun unfinished upload of exactly {@code key}, if any. */
    Optional<Unfinished> find(String bucket, String key) {
        MultipartUploadSummary latest = null;
        for (MultipartUploadSummary upload : client.listAllMultipartUploads(bucket, key)) {
            if (upload.getKey().equals(key) && (latest == null || initiated(upload).isAfter(initiated(latest)))) {
                latest = upload;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        Map<Integer, PartSummary> parts = client.listAllParts(bucket, key, latest.getUploadId()).stream()
                .collect(Collectors.toMap(PartSummary::getPartNumber, Function.identity(), (a, b) -> b));
        return Optional.of(new Unfinished(latest.getUploadId(), parts));
    }

    private static Instant initiated(MultipartUploadSummary upload) {
        return upload.getInitiated() == null ? Instant.MIN : upload.getInitiated();
    }
}
