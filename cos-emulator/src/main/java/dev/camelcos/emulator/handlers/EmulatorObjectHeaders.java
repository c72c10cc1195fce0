package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.EmulatorCrc64;
import dev.camelcos.emulator.store.ObjectAttributes;
import dev.camelcos.emulator.store.ObjectRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Translates between request headers and stored object attributes, and writes an object's response headers. */
final class EmulatorObjectHeaders {
    static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "STANDARD_IA", "ARCHIVE", "DEEP_ARCHIVE",
            "INTELLIGENT_TIERING", "MAZ_STANDARD", "MAZ_STANDARD_IA", "MAZ_INTELLIGENT_TIERING");
    private static final Set<String> KEPT = Set.of("content-type", "cache-control", "content-disposition",
            "content-encoding", "content-language", "expires", "x-cos-server-side-encryption",
            "x-cos-server-side-encryption-cos-kms-key-id", "x-cos-server-side-encryption-context",
            "x-cos-server-side-encryption-customer-algorithm", "x-cos-server-side-encryption-customer-key-md5");
    private static final Set<String> ACL = Set.of("x-cos-acl", "x-cos-grant-read", "x-cos-grant-write",
            "x-cos-grant-read-acp", "x-cos-grant-write-acp", "x-cos-grant-full-control");
    static final String SSE_C_MD5 = "x-cos-server-side-encryption-customer-key-md5";
    private static final String SSE = "x-cos-server-side-encryption";
    private static final int MAX_USER_META_BYTES = 2048;
    private static final long MIN_TRAFFIC_LIMIT = 819200;
    private static final long MAX_TRAFFIC_LIMIT = 838860800;

    private EmulatorObjectHeaders() {
    }

    /** The attributes a PUT, Initiate or Replaced-copy request asks for, validated as COS does. */
    static ObjectAttributes fromRequest(EmulatorRequest request) {
        return fromHeaders(request.headers());
    }

    /** The same from lower-cased header names to values, e.g. a POST Object form's fields. */
    static ObjectAttributes fromHeaders(Map<String, String> headers) {
        Map<String, String> kept = new TreeMap<>();
        Map<String, String> acl = new TreeMap<>();
        int metaBytes = 0;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (name.startsWith("x-cos-meta-")) {
                kept.put(name, h.getValue());
                metaBytes += (name + h.getValue()).getBytes(StandardCharsets.UTF_8).length;
            } else if (KEPT.contains(name)) {
                kept.put(name, h.getValue());
            } else if (ACL.contains(name)) {
                acl.put(name, h.getValue());
            }
        }
        if (metaBytes > MAX_USER_META_BYTES) {
            throw EmulatorError.invalidArgument("User metadata (x-cos-meta-*) exceeds " + MAX_USER_META_BYTES + " bytes.");
        }
        kept.putIfAbsent("content-type", "application/octet-stream");
        if (kept.containsKey("x-cos-server-side-encryption-customer-algorithm") && !kept.containsKey(SSE_C_MD5)) {
            throw EmulatorError.invalidArgument("SSE-C requires x-cos-server-side-encryption-customer-key-MD5.");
        }
        return ObjectAttributes.of(kept, storageClass(headers.get("x-cos-storage-class")), acl);
    }

    /**
     * A Copy-directive copy keeps the source's metadata but, as COS documents "regardless of the processing
     * method", not its storage class or encryption: those come from the request or are STANDARD and plain.
     */
    static ObjectAttributes copiedFrom(ObjectAttributes source, EmulatorRequest request) {
        Map<String, String> kept = new TreeMap<>(source.headers());
        kept.keySet().removeIf(name -> name.startsWith(SSE));
        request.headers().forEach((name, value) -> {
            if (name.startsWith(SSE) && KEPT.contains(name)) {
                kept.put(name, value);
            }
        });
        return ObjectAttributes.of(kept, storageClass(request.header("x-cos-storage-class")), source.acl())
                .withTags(source.tags());
    }

    private static String storageClass(String requested) {
        if (requested == null) {
            return "STANDARD";
        }
        String upper = requested.trim().toUpperCase();
        if (!STORAGE_CLASSES.contains(upper)) {
            throw EmulatorError.invalidArgument("The storage class you specified is not valid: " + requested);
        }
        return upper;
    }

    static void checkTrafficLimit(EmulatorRequest request) {
        String limit = request.header("x-cos-traffic-limit");
        if (limit == null) {
            return;
        }
        long value;
        try {
            value = Long.parseLong(limit.trim());
        } catch (NumberFormatException e) {
            throw EmulatorError.invalidArgument("x-cos-traffic-limit must be a number of bits per second.");
        }
        if (value < MIN_TRAFFIC_LIMIT || value > MAX_TRAFFIC_LIMIT) {
            throw EmulatorError.invalidArgument("x-cos-traffic-limit must be between " + MIN_TRAFFIC_LIMIT + " and "
                    + MAX_TRAFFIC_LIMIT + ".");
        }
    }

    /** SSE-C objects can only be read by a client presenting the same key (we compare its MD5). */
    static void checkCustomerKey(EmulatorRequest request, ObjectRecord object) {
        String expected = object.attributes().headers().get(SSE_C_MD5);
        if (expected != null && !expected.equals(request.header(SSE_C_MD5))) {
            throw EmulatorError.invalidArgument("The object was stored with a customer-provided key; send the same key.");
        }
    }

    static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    /** The headers HEAD and GET answer with, before any response-* override. */
    static void write(EmulatorResponse response, ObjectRecord object, Instant now) {
        object.attributes().headers().forEach(response::header);
        response.header("ETag", quoted(object.etag()));
        response.header("Last-Modified", HttpDates.rfc1123(object.lastModified()));
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(object.crc64()));
        response.header("Accept-Ranges", "bytes");
        if (!object.attributes().storageClass().equals("STANDARD")) {
            response.header("x-cos-storage-class", object.attributes().storageClass());
        }
        if (object.archived() && object.restoreReadyAt() != null) {
            if (object.restoring(now)) {
                response.header("x-cos-restore", "ongoing-request=\"true\"");
            } else if (now.isBefore(object.restoreExpiry())) {
                response.header("x-cos-restore",
                        "ongoing-request=\"false\", expiry-date=\"" + HttpDates.rfc1123(object.restoreExpiry()) + "\"");
            }
        }
    }
}
