package dev.camelcos.component.producer;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.WrappedFile;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.CosDates;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.component.CosOperation;

/**
 * An exchange as a COS operation sees it: the message's CamelCos* headers with the endpoint's options as their
 * defaults, so every operation resolves bucket, key and the rest the same way, and names the header at fault when a
 * value is missing or wrong.
 */
public final class CosExchange {

    private final Exchange exchange;
    private final CosEndpoint endpoint;
    private final CosOperation operation;
    private final CosTransferManager transfers;

    /** @param transfers the producer's transfer manager, with the endpoint's transfer options, on its threads */
    public CosExchange(Exchange exchange, CosEndpoint endpoint, CosOperation operation, CosTransferManager transfers) {
        this.exchange = exchange;
        this.endpoint = endpoint;
        this.operation = operation;
        this.transfers = transfers;
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

    CosTransferManager transfers() {
        if (transfers == null) {
            throw new IllegalStateException(operation + " needs the producer's transfers, but the producer of "
                    + endpoint.getEndpointBaseUri() + " is not started (or was stopped)");
        }
        return transfers;
    }

    /** The operation being performed, for messages that say what needed the missing value. */
    public CosOperation operation() {
        return operation;
    }

    /**
     * The bucket: header {@value CosConstants#OVERRIDE_BUCKET_NAME}, else the endpoint's. Never
     * {@value CosConstants#BUCKET_NAME}: that header describes where an earlier step read or wrote, and taking it
     * would send a bucket-to-bucket route's writes back into its source.
     */
    public String bucket() {
        String bucket = header(CosConstants.OVERRIDE_BUCKET_NAME, String.class);
        return bucket != null ? checked(CosConstants.OVERRIDE_BUCKET_NAME, bucket, CosValidation::bucket)
                : configuration().getBucketName();
    }

    /**
     * The key: header {@value CosConstants#KEY}, else the option keyName, else the name of a file body (so
     * {@code from("file:in").to("cos:bucket")} needs no key), else null. A file from the file component is named by
     * its path relative to the consumed folder ({@value Exchange#FILE_NAME}, with / separators), so that a recursive
     * folder's {@code a/report.csv} and {@code b/report.csv} stay two objects; a plain File or Path by its own name.
     */
    public String keyOrNull() {
        String key = header(CosConstants.KEY, String.class);
        if (key == null) {
            key = configuration().getKeyName();
        }
        if (key == null) {
            key = fileKey(message().getBody());
        }
        return key;
    }

    /** A local file's key: its path under the folder the file component read it from, else its name. */
    private String fileKey(Object body) {
        if (!(RequestBodies.fileOrBody(body) instanceof Path path) || path.getFileName() == null) {
            return null;
        }
        String relative = body instanceof WrappedFile<?> ? header(Exchange.FILE_NAME, String.class) : null;
        return relative != null && !relative.isBlank() ? relative.replace(File.separatorChar, '/')
                : path.getFileName().toString();
    }

    /** The key, or a failure naming where a key can come from. */
    public String key() {
        String key = keyOrNull();
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(operation + " needs an object key: set header " + CosConstants.KEY
                                               + " or the endpoint option keyName");
        }
        return key;
    }

    /** The id of the multipart upload the operation continues. */
    public String uploadId() {
        return requiredHeader(CosConstants.UPLOAD_ID, String.class,
                operation + " needs the upload id that initiateMultipartUpload answered");
    }

    /** The part number, checked against COS's 1..10000 before anything is sent. */
    public int partNumber() {
        Integer partNumber = requiredHeader(CosConstants.PART_NUMBER, Integer.class,
                operation + " needs the number of the part (1 to 10000)");
        return checked(CosConstants.PART_NUMBER, partNumber, CosValidation::partNumber);
    }

    /** The page size of a list operation, or null to let COS choose (1000). */
    public Integer maxKeys() {
        Integer maxKeys = header(CosConstants.MAX_KEYS, Integer.class);
        if (maxKeys != null && (maxKeys < 1 || maxKeys > ListObjectsRequest.MAX_KEYS_LIMIT)) {
            throw new IllegalArgumentException("header " + CosConstants.MAX_KEYS + " is " + maxKeys
                                               + ": a page holds 1 to " + ListObjectsRequest.MAX_KEYS_LIMIT
                                               + " entries");
        }
        return maxKeys;
    }

    /** A header converted to {@code type} with Camel's type converters; null when absent. */
    public <T> T header(String name, Class<T> type) {
        try {
            return message().getHeader(name, type);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("header " + name + " has value '" + message().getHeader(name)
                                               + "', which is not a " + type.getSimpleName(), e);
        }
    }

    /** A header that the operation cannot do without. */
    public <T> T requiredHeader(String name, Class<T> type, String why) {
        T value = header(name, type);
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("header " + name + " is missing: " + why);
        }
        return value;
    }

    /**
     * A date header given as a {@link Date}, an {@link Instant} (or other date-time with an offset), or text in HTTP
     * (RFC 1123) or ISO-8601 form; null when absent.
     */
    public Instant instantHeader(String name) {
        Object value = message().getHeader(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof TemporalAccessor temporal) {
            return Instant.from(temporal);
        }
        Instant parsed = CosDates.parse(value.toString());
        if (parsed == null) {
            throw new IllegalArgumentException("header " + name + " has value '" + value
                                               + "', which is not a date: give a java.util.Date, an Instant, or"
                                               + " text such as Tue, 15 Nov 1994 08:12:31 GMT");
        }
        return parsed;
    }

    /** Applies one of the client's checks to a header's value, so that its failure names the header too. */
    public <T, R> R checked(String header, T value, Function<T, R> check) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header " + header + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets a result header, or removes it when the operation answered no value, so that a value the message carried
     * in (e.g. the version id of an earlier read) is never mistaken for this operation's answer.
     */
    public void setHeader(String name, Object value) {
        if (value != null) {
            message().setHeader(name, value);
        } else {
            message().removeHeader(name);
        }
    }

    public void setBody(Object body) {
        message().setBody(body);
    }
}
