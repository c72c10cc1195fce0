package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.ObjectRecord;
import java.time.Instant;

/** If-Match and friends, for reads (prefix "") and for copy sources (prefix "x-cos-copy-source-"). */
final class Preconditions {
    enum Outcome { PROCEED, NOT_MODIFIED }

    private Preconditions() {
    }

    /** Throws 412 for failed If-Match / If-Unmodified-Since; returns NOT_MODIFIED for the other two. */
    static Outcome evaluate(EmulatorRequest request, String prefix, ObjectRecord object) {
        String ifMatch = request.header(prefix + "if-match");
        String ifNoneMatch = request.header(prefix + "if-none-match");
        Instant ifModifiedSince = date(request, prefix + "if-modified-since");
        Instant ifUnmodifiedSince = date(request, prefix + "if-unmodified-since");
        if (ifMatch != null) {
            if (!matches(ifMatch, object.etag())) {
                throw EmulatorError.preconditionFailed();
            }
        } else if (ifUnmodifiedSince != null && object.lastModified().isAfter(ifUnmodifiedSince)) {
            throw EmulatorError.preconditionFailed();
        }
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, object.etag())) {
                return Outcome.NOT_MODIFIED;
            }
        } else if (ifModifiedSince != null && !object.lastModified().isAfter(ifModifiedSince)) {
            return Outcome.NOT_MODIFIED;
        }
        return Outcome.PROCEED;
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.replace("\"", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static Instant date(EmulatorRequest request, String name) {
        String v = request.header(name);
        return v == null ? null : HttpDates.parse(v);
    }
}
