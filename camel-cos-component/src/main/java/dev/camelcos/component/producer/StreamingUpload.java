package dev.camelcos.component.producer;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.model.ServerSideEncryption;
import dev.camelcos.client.model.StorageClass;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;

/**
 * Streaming upload mode: the bodies of many messages appended into one batch, which becomes one object when it holds
 * batchMessageNumber messages or batchSize bytes, or when streamingUploadTimeout has passed since its first message.
 * A message is accepted once it is in the batch. The upload of a full batch happens on the thread of the message that
 * filled it, and if it fails that message fails and is taken out again, while the batch is kept for the next try;
 * the producer uploads what is left when it stops. Objects are written with x-cos-forbid-overwrite, so a name already
 * taken (e.g. by an earlier run) moves on to the next {n} or a new {uuid} instead of replacing it.
 */
public final class StreamingUpload {

    /** A batch is held in memory: at most this many bytes. */
    static final long MAX_BATCH_SIZE = 1024L * 1024 * 1024;
    /** The most a byte array holds. */
    private static final long MAX_BUFFER = Integer.MAX_VALUE - 8;
    /** How many taken names are skipped before an upload gives up. */
    static final int MAX_NAME_ATTEMPTS = 100;

    private final CosClient client;
    private final String bucket;
    private final BatchKeyTemplate keys;
    private final ObjectWriteOptions writeOptions;
    private final int maxMessages;
    private final long maxBytes;
    private final Duration timeout;
    private final Clock clock;
    private long nextNumber = 1;
    private Batch batch;

    private StreamingUpload(CosClient client, CosConfiguration c) {
        this.client = client;
        this.bucket = c.getBucketName();
        this.keys = new BatchKeyTemplate(c.getKeyName());
        this.writeOptions = new ObjectWriteOptions().setStorageClass(StorageClass.parse(c.getStorageClass()))
                .setAcl(c.getAcl()).setForbidOverwrite(true)
                .setEncryption(ServerSideEncryption.of(c.getServerSideEncryption(), c.getKmsKeyId(),
                        c.getKmsEncryptionContext(), c.getCustomerSecretKey()));
        this.maxMessages = c.getBatchMessageNumber();
        this.maxBytes = c.getBatchSize();
        this.timeout = Duration.ofMillis(c.getStreamingUploadTimeout());
        this.clock = c.getStreamingClock() != null ? c.getStreamingClock() : Clock.systemUTC();
    }

    /**
     * @throws IllegalArgumentException naming the first streaming option that breaks a rule, and the rule
     */
    public static StreamingUpload of(CosClient client, CosConfiguration c) {
        if (c.getOperation() != CosOperation.upload && c.getOperation() != CosOperation.putObject) {
            throw invalid("operation", c.getOperation(), "streamingUploadMode uploads batches of messages: it works"
                    + " with operation upload or putObject only");
        }
        if (c.getBatchMessageNumber() < 0) {
            throw invalid("batchMessageNumber", c.getBatchMessageNumber(), "must be 0 (no limit) or more");
        }
        if (c.getBatchSize() < 1 || c.getBatchSize() > MAX_BATCH_SIZE) {
            throw invalid("batchSize", c.getBatchSize(), "must be between 1 and " + MAX_BATCH_SIZE
                    + " bytes (a batch is held in memory)");
        }
        if (c.getStreamingUploadTimeout() < 0) {
            throw invalid("streamingUploadTimeout", c.getStreamingUploadTimeout(), "must be 0 (no timeout) or more");
        }
        return new StreamingUpload(client, c);
    }

    /** How often the producer should call {@link #uploadIfDue()}; null when batches have no timeout. */
    public Duration checkPeriod() {
        if (timeout.isZero()) {
            return null;
        }
        long millis = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
        return Duration.ofMillis(millis);
    }

    /**
     * Appends the message's body to the batch, uploading the batch first when it is overdue and afterwards when the
     * message filled it; then the exchange carries the key and ETag of the object written.
     */
    public synchronized void add(CosExchange exchange) {
        Object operation = exchange.message().getHeader(CosConstants.OPERATION);
        if (operation != null && CosOperation.parse(operation) != CosOperation.upload
                && CosOperation.parse(operation) != CosOperation.putObject) {
            throw new IllegalArgumentException("header " + CosConstants.OPERATION + " is " + operation
                    + ": an endpoint in streamingUploadMode only appends messages to its batches");
        }
        byte[] body = exchange.message().getBody(byte[].class);
        if (body == null) {
            throw new IllegalArgumentException("streaming upload needs content, but the message body is null");
        }
        Instant now = clock.instant();
        if (batch != null && isOverdue(now)) {
            upload();
        }
        if (batch == null) {
            batch = new Batch(now, nextNumber++, exchange.header(CosConstants.CONTENT_TYPE, String.class));
        }
        if (batch.content.size() + (long) body.length > MAX_BUFFER) {
            throw new IllegalArgumentException("a message of " + body.length + " bytes does not fit into a batch of "
                    + batch.content.size() + " bytes: a batch is held in memory, at most " + MAX_BUFFER + " bytes");
        }
        int sizeBefore = batch.content.size();
        batch.content.write(body, 0, body.length);
        batch.messages++;
        if ((maxMessages > 0 && batch.messages >= maxMessages) || batch.content.size() >= maxBytes) {
            try {
                Stored stored = upload();
                ResultHeaders.target(exchange, bucket, stored.key());
                ResultHeaders.written(exchange, stored.metadata().getETag(), stored.metadata().getCrc64(),
                        stored.metadata().getVersionId(), stored.metadata().getRequestId());
            } catch (RuntimeException e) {
                // this message fails and will be sent again: it must not stay in the batch as well
                batch.content.truncate(sizeBefore);
                batch.messages--;
                throw e;
            }
        }
    }

    /** Uploads the batch if it has been open for streamingUploadTimeout; a failure keeps it for the next call. */
    public synchronized void uploadIfDue() {
        if (batch != null && isOverdue(clock.instant())) {
            upload();
        }
    }

    /**
     * Uploads whatever the batch holds (when the producer stops).
     *
     * @throws IllegalStateException when it cannot: then its messages are lost, and the message says how many
     */
    public synchronized void flush() {
        if (batch == null) {
            return;
        }
        int messages = batch.messages;
        try {
            upload();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not upload the last batch of " + messages + " message(s) to "
                    + bucket + ": they are lost (" + e.getMessage() + ")", e);
        }
    }

    private boolean isOverdue(Instant now) {
        return !timeout.isZero() && !now.isBefore(batch.opened.plus(timeout));
    }

    /** PUTs the batch under its name, or the next free one; the batch is done only once COS stored it. */
    private Stored upload() {
        byte[] content = batch.content.toByteArray();
        for (int attempt = 1; ; attempt++) {
            try {
                ObjectMetadata stored = client.putObject(new PutObjectRequest(bucket, batch.key, CosRequestBody.of(content))
                        .setMetadata(new ObjectMetadata().setContentType(batch.contentType)).setOptions(writeOptions));
                Stored result = new Stored(batch.key, stored);
                batch = null;
                return result;
            } catch (CosServiceException e) {
                if (e.statusCode() != 409 || attempt == MAX_NAME_ATTEMPTS) {
                    throw e;
                }
                batch.rename(nextNumber++);
            }
        }
    }

    private static IllegalArgumentException invalid(String option, Object value, String rule) {
        return new IllegalArgumentException("Invalid cos option " + option + "=" + value + ": " + rule);
    }

    private record Stored(String key, ObjectMetadata metadata) {
    }

    /** The messages gathered since the last upload, and the name they will be stored under. */
    private final class Batch {
        final Instant opened;
        final String contentType;
        final Buffer content = new Buffer();
        int messages;
        String key;

        Batch(Instant opened, long number, String contentType) {
            this.opened = opened;
            this.contentType = contentType;
            rename(number);
        }

        void rename(long number) {
            key = keys.render(opened, number);
        }
    }

    /** A byte buffer that can drop what was last written. */
    private static final class Buffer extends ByteArrayOutputStream {
        void truncate(int size) {
            count = size;
        }
    }
}
