package dev.camelcos.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap.SimpleEntry;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (method, target, query flag, body) the emulator knows, and the neighbours it must not mistake for them. */
class OperationTableTest {
    /** Each row: method, target (service, bucket, object), query parameters ('&'-separated), body, operation. */
    static final String[] ROUTES = {
        "GET,     service, ,                  ,      ListBuckets",
        "PUT,     bucket,  ,                  ,      PutBucket",
        "HEAD,    bucket,  ,                  ,      HeadBucket",
        "DELETE,  bucket,  ,                  ,      DeleteBucket",
        "PUT,     bucket,  acl,               ,      PutBucketAcl",
        "GET,     bucket,  prefix&max-keys,   ,      GetBucket",
        "GET,     bucket,  versions&prefix,   ,      GetBucketObjectVersions",
        "GET,     bucket,  versions&uploads,  ,      GetBucketObjectVersions",
        "PUT,     bucket,  cors,              ,      PutBucketCors",
        "GET,     bucket,  cors,              ,      GetBucketCors",
        "DELETE,  bucket,  cors,              ,      DeleteBucketCors",
        "PUT,     bucket,  lifecycle,         ,      PutBucketLifecycle",
        "GET,     bucket,  lifecycle,         ,      GetBucketLifecycle",
        "DELETE,  bucket,  lifecycle,         ,      DeleteBucketLifecycle",
        "GET,     bucket,  lifecycle&cors,    ,      GetBucketLifecycle",
        "PUT,     bucket,  versioning,        ,      PutBucketVersioning",
        "GET,     bucket,  versioning,        ,      GetBucketVersioning",
        "POST,    bucket,  delete,            ,      DeleteMultipleObjects",
        "POST,    bucket,  ,                  form,  PostObject",
        "POST,    bucket,  delete,            form,  PostObject",
        "OPTIONS, bucket,  cors,              ,      OptionsObject",
        "OPTIONS, object,  ,                  ,      OptionsObject",
        "GET,     bucket,  uploads&prefix,    ,      ListMultipartUploads",
        "PUT,     object,  ,                  ,      PutObject",
        "PUT,     object,  ,                  copy,  CopyObject",
        "GET,     object,  ,                  ,      GetObject",
        "GET,     object,  ,                  copy,  GetObject",
        "GET,     object,  cors,              ,      GetObject",
        "HEAD,    object,  ,                  ,      HeadObject",
        "HEAD,    object,  uploadId,          ,      HeadObject",
        "DELETE,  object,  versionId,         ,      DeleteObject",
        "POST,    object,  restore,           ,      PostObjectRestore",
        "PUT,     object,  acl,               ,      PutObjectAcl",
        "PUT,     object,  acl,               copy,  PutObjectAcl",
        "PUT,     object,  tagging,           ,      PutObjectTagging",
        "PUT,     object,  tagging,           copy,  PutObjectTagging",
        "GET,     object,  tagging,           ,      GetObjectTagging",
        "DELETE,  object,  tagging&uploadId,  ,      DeleteObjectTagging",
        "POST,    object,  uploads,           ,      InitiateMultipartUpload",
        "POST,    object,  uploads&uploadId,  ,      InitiateMultipartUpload",
        "PUT,     object,  partNumber&uploadId, ,    UploadPart",
        "PUT,     object,  partNumber,        ,      UploadPart",
        "PUT,     object,  partNumber&uploadId, copy, UploadPartCopy",
        "GET,     object,  uploadId,          ,      ListParts",
        "POST,    object,  uploadId,          ,      CompleteMultipartUpload",
        "DELETE,  object,  uploadId,          ,      AbortMultipartUpload",
        // flags of operations on other methods do not stop the plain operation
        "DELETE,  bucket,  versions,          ,      DeleteBucket",
        "GET,     bucket,  acl,               ,      GetBucket",
    };

    static Stream<String> routes() {
        return Arrays.stream(ROUTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void routeNamesItsOperation(String route) {
        String[] c = Arrays.stream(route.split(",", -1)).map(String::trim).toArray(String[]::new);
        assertThat(lookup(c[0], c[1], c[2], c[3])).contains(Operation.valueOf(c[4]));
    }

    @Test
    void everyOperationHasARoute() {
        Set<Operation> routed = Arrays.stream(ROUTES).map(r -> r.substring(r.lastIndexOf(',') + 1).trim())
                .map(Operation::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        assertThat(routed).containsExactlyInAnyOrder(Operation.values());
    }

    /** No operation: the router answers COS's 405 MethodNotAllowed, as RoutingConformanceTest shows over HTTP. */
    @ParameterizedTest(name = "{0} {1} ?{2} {3}")
    @CsvSource({
        "PUT,     service, ,           ",
        "OPTIONS, service, ,           ",
        "PATCH,   object,  ,           ",
        "get,     object,  ,           ",
        "POST,    object,  ,           ",
        "POST,    object,  ,           form",
        "POST,    bucket,  ,           ",
        "POST,    bucket,  uploads,    ",
        "DELETE,  bucket,  versioning, ",
        "POST,    bucket,  cors,       form",
        "HEAD,    bucket,  lifecycle,  ",
        "POST,    object,  tagging,    ",
    })
    void unknownCombinationsNameNoOperation(String method, String target, String query, String body) {
        assertThat(lookup(method, target, query, body)).isEmpty();
    }

    private static Optional<Operation> lookup(String method, String target, String query, String body) {
        String bucket = target.equals("service") ? null : "b-1250000000";
        String key = target.equals("object") ? "k" : null;
        List<Map.Entry<String, String>> params = query == null || query.isEmpty() ? List.of()
                : Arrays.stream(query.split("&")).map(p -> (Map.Entry<String, String>) new SimpleEntry<>(p, "")).toList();
        Map<String, String> headers = new HashMap<>();
        if ("copy".equals(body)) {
            headers.put("x-cos-copy-source", "/b-1250000000/source");
        } else if ("form".equals(body)) {
            headers.put("content-type", "multipart/form-data; boundary=x");
        }
        return OperationTable.lookup(new EmulatorRequest(null, method, bucket, key, "/", params, headers));
    }
}
