package dev.camelcos.client.internal;

import dev.camelcos.client.model.CosRequestBody;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import dev.camelcos.client.CosClientException;

/**
 * The Content-MD5 of a body that can be hashed before it is sent: bytes, file ranges, the part buffers of a stream
 * upload (every repeatable body). COS refuses a body that does not match it (400 BadDigest) and stores nothing, so a
 * body corrupted on its way is never stored. A caller's stream can be read only once, so it is sent without one
 * and protected by the CRC64 COS answers instead.
 */
public final class ContentMd5 {

    private ContentMd5() {
    }

    /**
     * @param request the request the body is for, named in the message if the body cannot be read
     * @return the base64 MD5, or null when the body cannot be read twice
     */
    public static String of(CosRequestBody body, CosRequest request) {
        if (!body.isRepeatable()) {
            return null;
        }
        MessageDigest md5 = md5();
        try {
            body.writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    md5.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    md5.update(b, off, len);
                }
            });
        } catch (IOException e) {
            throw new CosClientException(request.describe() + " failed: its body cannot be read: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage(), e, false);
        }
        return Base64.getEncoder().encodeToString(md5.digest());
    }

    public static String of(byte[] bytes) {
        return Base64.getEncoder().encodeToString(md5().digest(bytes));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }
}
