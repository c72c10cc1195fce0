package dev.camelcos.emulator.http;

/**
 * The COS API operations the emulator answers, named as COS's API documentation names them; each handler method
 * has the same name in lower camel case ({@code CopyObject} is {@code ObjectHandler.copyObject}). Where the
 * project's client calls an operation differently, its name is given, so that one search finds all three.
 */
public enum Operation {
    /** GET Service; the client's listBuckets. */
    ListBuckets,
    /** PUT Bucket; the client's createBucket. */
    PutBucket,
    HeadBucket,
    DeleteBucket,
    PutBucketAcl,
    /** GET Bucket (List Objects); the client's listObjects. */
    GetBucket,
    /** GET Bucket Object versions; the official SDK's listVersions. */
    GetBucketObjectVersions,
    PutBucketCors,
    GetBucketCors,
    DeleteBucketCors,
    PutBucketLifecycle,
    GetBucketLifecycle,
    DeleteBucketLifecycle,
    PutBucketVersioning,
    GetBucketVersioning,
    /** DELETE Multiple Objects; the client's deleteObjects. */
    DeleteMultipleObjects,
    /** An HTML form upload; the client's createUploadForm makes the form. */
    PostObject,
    /** The CORS preflight, on an object or its bucket. */
    OptionsObject,
    PutObject,
    /** PUT Object - Copy. */
    CopyObject,
    GetObject,
    HeadObject,
    DeleteObject,
    /** POST Object restore; the client's restoreObject. */
    PostObjectRestore,
    /** Not emulated: answered 501 rather than taken for a PutObject that would empty the object. */
    PutObjectAcl,
    PutObjectTagging,
    GetObjectTagging,
    DeleteObjectTagging,
    InitiateMultipartUpload,
    UploadPart,
    /** Upload Part - Copy. */
    UploadPartCopy,
    ListParts,
    CompleteMultipartUpload,
    AbortMultipartUpload,
    ListMultipartUploads
}
