package dev.camelcos.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The operations the cos producer can perform. The first group maps one-to-one onto COS API calls; the
 * second group ({@link #upload}, {@link #copy}, {@link #download}) are high-level transfers that choose
 * between a single request and a multipart transfer depending on size, and {@link #batchUpload} uploads many files.
 */
public enum CosOperation {

    // object API
    putObject,
    getObject,
    headObject,
    copyObject,
    deleteObject,
    deleteObjects,
    listObjects,
    restoreObject,
    optionsObject,

    // multipart API
    initiateMultipartUpload,
    uploadPart,
    uploadPartCopy,
    listParts,
    completeMultipartUpload,
    abortMultipartUpload,
    listMultipartUploads,

    // pre-signed links
    createDownloadLink,
    createUploadLink,
    // HTML form upload (POST Object)
    createUploadForm,

    // high-level transfers
    upload,
    copy,
    download,
    // every file of a local folder (named by a String or Path body) or of a collection, each as an object
    batchUpload,

    // bucket API
    listBuckets,
    headBucket,
    createBucket,
    deleteBucket,

    // bucket configuration and object tags
    putBucketCors,
    getBucketCors,
    deleteBucketCors,
    putBucketLifecycle,
    getBucketLifecycle,
    deleteBucketLifecycle,
    putObjectTagging,
    getObjectTagging,
    deleteObjectTagging;

    /**
     * Resolves an operation given as a header value: either a {@link CosOperation} or its name as a String
     * (surrounding blanks ignored, exact case as listed).
     *
     * @throws IllegalArgumentException if the value names no operation; the message lists the valid values
     */
    public static CosOperation parse(Object headerValue) {
        if (headerValue instanceof CosOperation operation) {
            return operation;
        }
        if (headerValue instanceof CharSequence text) {
            String name = text.toString().trim();
            for (CosOperation candidate : values()) {
                if (candidate.name().equals(name)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown cos operation '" + headerValue + "' (header " + CosConstants.OPERATION
                                           + " or option operation); valid values are: " + validValues());
    }

    /** The valid operation names, comma separated, in declaration order. */
    public static String validValues() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
