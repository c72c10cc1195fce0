package dev.camelcos.client;

import dev.camelcos.client.CosClientException;

/**
 * COS stored other bytes than were sent: the CRC64 it answered differs from the one of the body. A repeatable body
 * is sent again; the object stored is not the caller's and must not stay.
 */
public final class CorruptedUploadException extends CosClientException {

    public CorruptedUploadException(String message) {
        super(message, null, true);
    }
}
