package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.store.StagedBody;
import dev.camelcos.emulator.store.Store;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Base64;

/** Receiving an object or part body: stream it to disk, then check Content-MD5 if the client sent one. */
final class Uploads {
    private Uploads() {
    }

    static StagedBody receive(Store store, EmulatorRequest request) throws IOException {
        byte[] expected = expectedMd5(request);
        StagedBody body = store.stage(request.body());
        if (expected != null && !MessageDigest.isEqual(expected, body.md5())) {
            store.discard(body);
            throw new EmulatorError(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
        return body;
    }

    /** Checks an XML request body, already read, against the Content-MD5 the client sent, if it sent one. */
    static void checkDigest(EmulatorRequest request, byte[] body) {
        byte[] expected = expectedMd5(request);
        if (expected != null && !MessageDigest.isEqual(expected, md5(body))) {
            throw new EmulatorError(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
    }

    private static byte[] md5(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] expectedMd5(EmulatorRequest request) {
        String header = request.header("content-md5");
        if (header == null) {
            return null;
        }
        try {
            byte[] md5 = Base64.getDecoder().decode(header.trim());
            if (md5.length == 16) {
                return md5;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new EmulatorError(400, "InvalidDigest", "The Content-MD5 you specified is not valid.");
    }
}
