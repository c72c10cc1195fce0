package dev.camelcos.component.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

import dev.camelcos.client.http.CosRequestBody;
import dev.camelcos.component.CosConstants;

/**
 * Turns the message body into what an upload sends. Files and bytes are sent as they are (and can be retried); a
 * stream is sent once, with its length when one is known and chunked otherwise, never read into memory first.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static CosRequestBody of(CosExchange exchange) throws IOException {
        Message message = exchange.message();
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException(exchange.operation() + " needs content, but the message body is null:"
                                               + " send a byte[], String, InputStream, File, Path or a file from the"
                                               + " file component");
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return CosRequestBody.of(file.toPath());
        }
        if (body instanceof File file) {
            return CosRequestBody.of(file.toPath());
        }
        if (body instanceof Path path) {
            return CosRequestBody.of(path);
        }
        if (body instanceof byte[] bytes) {
            return CosRequestBody.of(bytes);
        }
        if (body instanceof String) {
            // the converter encodes with the exchange's charset (Exchange.CHARSET_NAME), UTF-8 by default
            return CosRequestBody.of(message.getBody(byte[].class));
        }
        InputStream stream = body instanceof InputStream in ? in : message.getBody(InputStream.class);
        if (stream == null) {
            throw new IllegalArgumentException(exchange.operation() + " cannot send a body of type "
                                               + body.getClass().getName() + ": Camel has no converter from it to"
                                               + " an InputStream; send a byte[], String, InputStream, File or Path");
        }
        return CosRequestBody.of(stream, knownLength(exchange, body));
    }

    /** The length of a stream body as the message declares it, or -1 (sent chunked) when nothing does. */
    private static long knownLength(CosExchange exchange, Object body) {
        Long length = exchange.header(CosConstants.CONTENT_LENGTH, Long.class);
        if (length == null) {
            length = exchange.header(Exchange.CONTENT_LENGTH, Long.class);
        }
        if (length != null) {
            if (length < 0) {
                throw new IllegalArgumentException("header " + CosConstants.CONTENT_LENGTH + " (or "
                                                   + Exchange.CONTENT_LENGTH + ") is " + length
                                                   + ": a content length cannot be negative");
            }
            return length;
        }
        // a cached stream (Camel's stream caching) knows its length; 0 may also mean "unknown", so only trust more
        if (body instanceof StreamCache cache && cache.length() > 0) {
            return cache.length();
        }
        return -1;
    }
}
