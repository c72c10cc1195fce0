package dev.camelcos.client.transfer;

import dev.camelcos.client.model.ObjectMetadata;

/** The part of an object's metadata that a new object can be written with. */
final class WritableMetadata {

    private WritableMetadata() {
    }

    /**
     * Content headers and user metadata, without Content-MD5: that checks one request's body, and neither an initiate
     * nor a part carries the whole object.
     */
    static ObjectMetadata of(ObjectMetadata m) {
        return new ObjectMetadata()
                .setContentType(m.getContentType())
                .setCacheControl(m.getCacheControl())
                .setContentDisposition(m.getContentDisposition())
                .setContentEncoding(m.getContentEncoding())
                .setContentLanguage(m.getContentLanguage())
                .setExpires(m.getExpires())
                .setUserMetadata(m.getUserMetadata());
    }
}
