package dev.camelcos.component.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

import dev.camelcos.client.model.CosRequestBody;
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
        Object body = fileOrBody(message.getBody());
        if (body == null) {
            throw new IllegalArgumentException(exchange.operation() + " needs content, but the message body is null:"
                                               + " send a byte[], String, InputStream, File, Path or a file from the"
                                               + " file component");
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
        StreamBody stream = stream(exchange, body);
        return CosRequestBody.of(stream.in(), stream.length());
    }

    /** A body sent as a stream, and the length promised for it (-1 when none is known). */
    record StreamBody(InputStream in, long length) {
    }

    /**
     * Any other body as a stream. A re-readable body (Camel's stream cache, a COS object body) is sent whole, from its
     * first byte, whatever an earlier step of the route read of it: an object is never stored short of the bytes
     * that a step before happened to consume.
     */
    static StreamBody stream(CosExchange exchange, Object body) {
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        InputStream stream = body instanceof InputStream in ? in : exchange.message().getBody(InputStream.class);
        if (stream == null) {
            throw new IllegalArgumentException(exchange.operation() + " cannot send a body of type "
                                               + body.getClass().getName() + ": Camel has no converter from it to"
                                               + " an InputStream; send a byte[], String, InputStream, File or Path");
        }
        return new StreamBody(stream, streamLength(exchange, body));
    }

    /** A local file as a Path (from File, Path or the file component's message); anything else as it is. */
    static Object fileOrBody(Object body) {
        Object value = body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file ? file : body;
        return value instanceof File file ? file.toPath() : value;
    }

    /**
     * The length a stream body is promised to have, or -1 (sent as a stream of unknown length) when nothing this write
     * can trust says. Only {@value CosConstants#BODY_LENGTH}, which is set for this write, or the body itself: a
     * {@link StreamCache} knows its length. Never a header that describes something else (the
     * {@value CosConstants#CONTENT_LENGTH} of an object read, an HTTP route's {@value Exchange#CONTENT_LENGTH}): after
     * a transformation they are stale, and a stale length would store a truncated object. The client checks the
     * promise: a stream longer or shorter fails the write and stores nothing.
     */
    private static long streamLength(CosExchange exchange, Object body) {
        Long length = exchange.header(CosConstants.BODY_LENGTH, Long.class);
        if (length != null) {
            if (length < 0) {
                throw new IllegalArgumentException("header " + CosConstants.BODY_LENGTH + " is " + length
                                                   + ": a body length cannot be negative");
            }
            return length;
        }
        // 0 may also mean "unknown" for a cache, so only trust more
        if (body instanceof StreamCache cache && cache.length() > 0) {
            return cache.length();
        }
        return -1;
    }
}
