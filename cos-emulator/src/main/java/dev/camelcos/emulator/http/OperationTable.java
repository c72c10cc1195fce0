package dev.camelcos.emulator.http;

import static dev.camelcos.emulator.http.Operation.*;

import dev.camelcos.emulator.handlers.PostObjectHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which COS operation a request asks for, read from one table of (method, what it addresses, query flag, body) rows.
 * The rows are tried in order and the first that matches names the operation; a sub-resource whose methods are all
 * listed ends in a row that refuses the others, so that, say, DELETE ?versioning is never taken for DELETE Bucket.
 * No matching row: COS's 405 MethodNotAllowed.
 */
public final class OperationTable {
    /** What a request addresses: the service (no bucket), a bucket, or an object (a key). */
    public enum Target { SERVICE, BUCKET, OBJECT }

    /** What a request carries besides its query: a copy source header, an HTML form body, or neither. */
    public enum Body { COPY_SOURCE, FORM, ANY }

    /** A row's query flag when the query does not matter. */
    private static final String NO_FLAG = null;
    /** A row's method when every method matches. */
    private static final String ANY_METHOD = null;

    /**
     * One row: a method (or any), a target, a query parameter that must be present (or none needed), a body (or
     * any), and the operation; a row without an operation refuses the request.
     */
    record Row(String method, Target target, String flag, Body body, Optional<Operation> operation) {
        boolean matches(String m, Target t, List<String> flags, List<Body> bodies) {
            return (method == null || method.equals(m)) && target == t && (flag == null || flags.contains(flag))
                    && (body == Body.ANY || bodies.contains(body));
        }
    }

    private static final List<Row> ROWS = List.of(
            row("GET", Target.SERVICE, NO_FLAG, ListBuckets),

            // a preflight is answered from the bucket's CORS rules whatever else the request names
            row("OPTIONS", Target.BUCKET, NO_FLAG, OptionsObject),
            row("OPTIONS", Target.OBJECT, NO_FLAG, OptionsObject),

            row("GET", Target.BUCKET, "lifecycle", GetBucketLifecycle),
            row("PUT", Target.BUCKET, "lifecycle", PutBucketLifecycle),
            row("DELETE", Target.BUCKET, "lifecycle", DeleteBucketLifecycle),
            refuseOtherMethods(Target.BUCKET, "lifecycle"),
            row("GET", Target.BUCKET, "cors", GetBucketCors),
            row("PUT", Target.BUCKET, "cors", PutBucketCors),
            row("DELETE", Target.BUCKET, "cors", DeleteBucketCors),
            refuseOtherMethods(Target.BUCKET, "cors"),
            row("GET", Target.BUCKET, "versioning", GetBucketVersioning),
            row("PUT", Target.BUCKET, "versioning", PutBucketVersioning),
            refuseOtherMethods(Target.BUCKET, "versioning"),
            row("GET", Target.BUCKET, "versions", GetBucketObjectVersions),
            row("PUT", Target.BUCKET, "acl", PutBucketAcl),
            row("POST", Target.BUCKET, NO_FLAG, Body.FORM, PostObject),
            row("GET", Target.BUCKET, "uploads", ListMultipartUploads),
            row("GET", Target.BUCKET, NO_FLAG, GetBucket),
            row("HEAD", Target.BUCKET, NO_FLAG, HeadBucket),
            row("PUT", Target.BUCKET, NO_FLAG, PutBucket),
            row("DELETE", Target.BUCKET, NO_FLAG, DeleteBucket),
            row("POST", Target.BUCKET, "delete", DeleteMultipleObjects),

            row("GET", Target.OBJECT, "tagging", GetObjectTagging),
            row("PUT", Target.OBJECT, "tagging", PutObjectTagging),
            row("DELETE", Target.OBJECT, "tagging", DeleteObjectTagging),
            refuseOtherMethods(Target.OBJECT, "tagging"),
            row("PUT", Target.OBJECT, "acl", PutObjectAcl),
            row("PUT", Target.OBJECT, "uploadId", Body.COPY_SOURCE, UploadPartCopy),
            row("PUT", Target.OBJECT, "partNumber", Body.COPY_SOURCE, UploadPartCopy),
            row("PUT", Target.OBJECT, "uploadId", UploadPart),
            row("PUT", Target.OBJECT, "partNumber", UploadPart),
            row("PUT", Target.OBJECT, NO_FLAG, Body.COPY_SOURCE, CopyObject),
            row("PUT", Target.OBJECT, NO_FLAG, PutObject),
            row("GET", Target.OBJECT, "uploadId", ListParts),
            row("GET", Target.OBJECT, NO_FLAG, GetObject),
            row("HEAD", Target.OBJECT, NO_FLAG, HeadObject),
            row("DELETE", Target.OBJECT, "uploadId", AbortMultipartUpload),
            row("DELETE", Target.OBJECT, NO_FLAG, DeleteObject),
            row("POST", Target.OBJECT, "uploads", InitiateMultipartUpload),
            row("POST", Target.OBJECT, "uploadId", CompleteMultipartUpload),
            row("POST", Target.OBJECT, "restore", PostObjectRestore));

    private OperationTable() {
    }

    private static Row row(String method, Target target, String flag, Operation operation) {
        return row(method, target, flag, Body.ANY, operation);
    }

    private static Row row(String method, Target target, String flag, Body body, Operation operation) {
        return new Row(method, target, flag, body, Optional.of(operation));
    }

    private static Row refuseOtherMethods(Target target, String flag) {
        return new Row(ANY_METHOD, target, flag, Body.ANY, Optional.empty());
    }

    /** The operation a request asks for; empty when the table has none, which COS answers 405 MethodNotAllowed. */
    public static Optional<Operation> lookup(EmulatorRequest request) {
        Target target = request.bucket() == null ? Target.SERVICE : request.key() == null ? Target.BUCKET : Target.OBJECT;
        List<String> flags = request.query().stream().map(Map.Entry::getKey).toList();
        List<Body> bodies = new ArrayList<>();
        if (request.header("x-cos-copy-source") != null) {
            bodies.add(Body.COPY_SOURCE);
        }
        if (PostObjectHandler.hasFormBody(request)) {
            bodies.add(Body.FORM);
        }
        return ROWS.stream().filter(r -> r.matches(request.method(), target, flags, bodies)).findFirst()
                .flatMap(Row::operation);
    }
}
