package dev.camelcos.client;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PartETag;

/**
 * Complete is not idempotent: when its answer is lost, COS has assembled the object and the retry finds no upload
 * (404). The object under the key then tells whether it is this upload's: its CRC64 must be the one the parts'
 * CRC64s combine to, and its ETag must name as many parts.
 */
final class AssembledUpload {

    private static final Logger LOG = LoggerFactory.getLogger(AssembledUpload.class);

    private AssembledUpload() {
    }

    /** The object as a Complete result, when it is the one {@code parts} make; empty when it is not or cannot tell. */
    static Optional<CompleteMultipartUploadResult> find(CosClient client, String bucket, String key,
            String uploadId, List<PartETag> parts) {
        Long combined = combinedCrc64(parts);
        if (combined == null) {
            return Optional.empty();
        }
        ObjectMetadata head;
        try {
            head = client.headObject(new GetObjectRequest(bucket, key));
        } catch (CosServiceException e) {
            return Optional.empty();
        }
        String etag = head.getETag() == null ? "" : head.getETag().replace("\"", "").trim();
        boolean ours = head.getCrc64() != null && Crc64.parse(head.getCrc64()) == combined
                && etag.endsWith("-" + parts.size());
        if (!ours) {
            return Optional.empty();
        }
        LOG.info("Complete of multipart upload {} of {}/{} found no upload, but the object there is the one its {}"
                + " parts make (CRC64 {}): an earlier attempt's answer was lost, the upload succeeded", uploadId,
                bucket, key, parts.size(), head.getCrc64());
        return Optional.of(CompleteMultipartUploadResult.ofAssembled(bucket, key, head));
    }

    /** The CRC64 the parts make together, or null when a part's CRC64 or size is not known. */
    private static Long combinedCrc64(List<PartETag> parts) {
        long crc = 0;
        for (PartETag part : parts.stream().sorted().toList()) {
            if (part.getCrc64() == null || part.getSize() < 0) {
                return null;
            }
            crc = Crc64.combine(crc, Crc64.parse(part.getCrc64()), part.getSize());
        }
        return crc;
    }
}
