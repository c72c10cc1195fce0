package dev.camelcos.component.producer;

import java.io.File;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

import dev.camelcos.client.CosClient;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosEndpoint;

/**
 * An exchange as a COS operation sees it: the message's CamelCos* headers with the endpoint's options as their
 * defaults, so every operation resolves bucket, key and the rest the same way.
 */
public final class CosExchange {

    private final Exchange exchange;
    private final CosEndpoint endpoint;

    public CosExchange(Exchange exchange, CosEndpoint endpoint) {
        this.exchange = exchange;
        this.endpoint = endpoint;
    }

    public Exchange exchange() {
        return exchange;
    }

    public Message message() {
        return exchange.getMessage();
    }

    public CosClient client() {
        return endpoint.getClient();
    }

    public CosConfiguration configuration() {
        return endpoint.getConfiguration();
    }

    /** The bucket: header {@value CosConstants#BUCKET_NAME}, else the endpoint's. */
    public String bucket() {
        String bucket = header(CosConstants.BUCKET_NAME, String.class);
        return bucket != null ? bucket : configuration().getBucketName();
    }

    /**
     * The key: header {@value CosConstants#KEY}, else the option keyName, else the name of a file body (so
     * {@code from("file:in").to("cos:bucket")} needs no key), else null.
     */
    public String keyOrNull() {
        String key = header(CosConstants.KEY, String.class);
        if (key == null) {
            key = configuration().getKeyName();
        }
        if (key == null) {
            Object body = message().getBody();
            if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
                key = file.getName();
            } else if (body instanceof File file) {
                key = file.getName();
            } else if (body instanceof java.nio.file.Path path && path.getFileName() != null) {
                key = path.getFileName().toString();
            }
        }
        return key;
    }

    /** The key, or a failure naming where a key can come from. */
    public String key() {
        String key = keyOrNull();
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("no object key: set header " + CosConstants.KEY
                                               + " or the endpoint option keyName");
        }
        return key;
    }

    /** A header converted to {@code type} with Camel's type converters; null when absent. */
    public <T> T header(String name, Class<T> type) {
        return message().getHeader(name, type);
    }

    /** A header that the operation cannot do without. */
    public <T> T requiredHeader(String name, Class<T> type, String why) {
        T value = header(name, type);
        if (value == null) {
            throw new IllegalArgumentException("header " + name + " is missing: " + why);
        }
        return value;
    }

    /** Sets a header on the result when the value is present. */
    public void setHeader(String name, Object value) {
        if (value != null) {
            message().setHeader(name, value);
        }
    }
}
