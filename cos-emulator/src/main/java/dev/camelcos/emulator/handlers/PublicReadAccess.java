package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.Store;
import java.util.Set;

/**
 * Which unsigned requests COS serves: reading (GET, HEAD) an object or a bucket's listing when the ACL that
 * applies is public-read or public-read-write. An object's own ACL applies unless it is "default", which
 * defers to its bucket's.
 */
public final class PublicReadAccess {
    private static final Set<String> CANNED = Set.of("private", "public-read", "public-read-write", "default");
    private static final Set<String> PUBLIC = Set.of("public-read", "public-read-write");
    /** Query parameters of a plain listing or object read; any other names a sub-resource an ACL does not open. */
    private static final Set<String> READ_PARAMS = Set.of("prefix", "delimiter", "marker", "max-keys", "encoding-type",
            "versionId", "response-content-type", "response-content-language", "response-expires",
            "response-cache-control", "response-content-disposition", "response-content-encoding");

    private final Store store;

    public PublicReadAccess(HandlerContext ctx) {
        this.store = ctx.store();
    }

    static String cannedAcl(String value) {
        String acl = value.trim().toLowerCase();
        if (!CANNED.contains(acl)) {
            throw EmulatorError.invalidArgument("x-cos-acl must be one of " + CANNED + ", not " + value + ".");
        }
        return acl;
    }

    public boolean allows(EmulatorRequest request) {
        if (!(request.method().equals("GET") || request.method().equals("HEAD")) || request.bucket() == null
                || !store.bucketExists(request.bucket())
                || !request.query().stream().allMatch(e -> READ_PARAMS.contains(e.getKey()))) {
            return false;
        }
        String acl = store.bucketAcl(request.bucket());
        ObjectRecord object = request.key() == null ? null : store.object(request.bucket(), request.key());
        String own = object == null ? null : object.attributes().acl().get("x-cos-acl");
        if (own != null && !own.equalsIgnoreCase("default")) {
            acl = own.toLowerCase();
        }
        return acl != null && PUBLIC.contains(acl);
    }
}
