package dev.camelcos.client.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.model.CosRequestBody;

/**
 * Uploads a stream, possibly of unknown length, in bounded memory: the stream is cut into parts as it is read, into
 * at most uploadConcurrency + 1 buffers of one part each (one being filled while the others are sent). A stream of
 * unknown length that ends before the multipart threshold goes as one PUT of its known length.
 */
final class StreamUploader {

    /** The largest buffer a Java array can hold, and so the largest part a stream can be cut into. */
    private static final long MAX_BUFFER = Integer.MAX_VALUE - 8;

    private record Chunk(byte[] buffer, int length) {
        CosRequestBody body() {
            return CosRequestBody.of(buffer, 0, length);
        }
    }

    private final ObjectUploader objects;
    private final CosClient client;
    private final TransferOptions options;
    private final LongConsumer bufferBytesUsed;

    StreamUploader(ObjectUploader objects, CosClient client, TransferOptions options, LongConsumer bufferBytesUsed) {
        this.objects = objects;
        this.client = client;
        this.options = options;
        this.bufferBytesUsed = bufferBytesUsed;
    }

    /** @param length the stream's length, or -1 when unknown */
    TransferResult upload(UploadRequest request, InputStream in, long length) {
        if (length >= 0 && objects.isSinglePut(length)) {
            return objects.put(request, CosRequestBody.of(in, length));
        }
        long partSize = PartPlan.of(Math.max(length, 0), options.partSize()).partSize();
        if (partSize > MAX_BUFFER) {
            throw new IllegalArgumentException("part size " + partSize + " needed for a stream of " + length
                    + " bytes is larger than a Java buffer (" + MAX_BUFFER + "): upload it from a file instead");
        }
        PartBufferPool pool = new PartBufferPool(options.uploadConcurrency() + 1, (int) partSize);
        try {
            return length < 0 ? uploadUnknownLength(request, in, pool)
                    : uploadParts(request, in, length, pool, List.of(), 0, false);
        } finally {
            bufferBytesUsed.accept(pool.allocatedBytes());
        }
    }

    /** Reads ahead until the stream is known to need a multipart upload: at the threshold, or with every buffer full. */
    private TransferResult uploadUnknownLength(UploadRequest request, InputStream in, PartBufferPool pool) {
        List<Chunk> head = new ArrayList<>();
        long read = 0;
        boolean ended = false;
        try {
            while (!ended && head.size() < pool.capacity() && objects.isSinglePut(read)) {
                byte[] buffer = pool.acquire();
                int n = fill(in, buffer, buffer.length);
                ended = n < buffer.length;
                if (n > 0) {
                    head.add(new Chunk(buffer, n));
                    read += n;
                } else {
                    pool.release(buffer);
                }
            }
        } catch (IOException | InterruptedException e) {
            throw readFailure(request, e);
        }
        if (ended && objects.isSinglePut(read)) {
            return objects.put(request, concat(head, read));
        }
        return uploadParts(request, in, -1, pool, head, read, ended);
    }

    /**
     * Sends {@code head} (already read) and the rest of the stream as the parts of a multipart upload.
     *
     * @param length    the stream's length, or -1 when unknown
     * @param headEnded whether reading the head reached the end of the stream
     */
    private TransferResult uploadParts(UploadRequest request, InputStream in, long length, PartBufferPool pool,
            List<Chunk> head, long headLength, boolean headEnded) {
        // a stream's parts wait in buffers: their number stays fixed, so that memory does
        MultipartUpload upload = objects.initiate(request, length, false,
                StepLimit.fixed(options.uploadConcurrency()));
        long read = headLength;
        int partNumber = 0;
        try {
            for (Chunk chunk : head) {
                send(request, upload, ++partNumber, chunk, pool);
            }
            boolean ended = headEnded || (length >= 0 && read == length);
            while (!ended && !upload.failed()) {
                byte[] buffer = pool.acquire();
                int wanted = length < 0 ? buffer.length : (int) Math.min(buffer.length, length - read);
                int n = fill(in, buffer, wanted);
                ended = n < wanted || (length >= 0 && read + n == length);
                if (n == 0) {
                    pool.release(buffer);
                    break;
                }
                if (partNumber == PartPlan.MAX_PARTS) {
                    pool.release(buffer);
                    throw new CosClientException("a stream of unknown length is cut into parts of " + buffer.length
                            + " bytes and COS takes at most " + PartPlan.MAX_PARTS + " parts: " + request.describe()
                            + " is longer than that; give its length or a larger partSize");
                }
                read += n;
                send(request, upload, ++partNumber, new Chunk(buffer, n), pool);
            }
            if (length >= 0 && !upload.failed()) {
                checkDeclaredLength(in, length, read);
            }
        } catch (IOException | InterruptedException e) {
            throw upload.fail(readFailure(request, e));
        } catch (RuntimeException e) {
            throw upload.fail(e);
        }
        upload.lengthKnown(read);
        return upload.complete(null);
    }

    private void send(UploadRequest request, MultipartUpload upload, int partNumber, Chunk chunk,
            PartBufferPool pool) {
        upload.submit(() -> client.uploadPart(request.getBucket(), request.getKey(), upload.uploadId(), partNumber,
                chunk.body(), null), () -> pool.release(chunk.buffer()));
    }

    /** Fails, before the upload is completed, a stream that is shorter or longer than the length promised for it. */
    private static void checkDeclaredLength(InputStream in, long length, long read) throws IOException {
        if (read < length) {
            throw new CosRequestBody.BodyLengthException(length, read, false);
        }
        if (in.read() >= 0) {
            throw new CosRequestBody.BodyLengthException(length, length + 1, true);
        }
    }

    /** Reads until {@code wanted} bytes or the end of the stream; answers how many were read. */
    private static int fill(InputStream in, byte[] buffer, int wanted) throws IOException {
        int done = 0;
        while (done < wanted) {
            int n = in.read(buffer, done, wanted - done);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private static CosClientException readFailure(UploadRequest request, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new CosClientException("upload of " + request.describe() + " was interrupted", e, false);
        }
        return new CosClientException("reading the stream for " + request.describe() + " failed: "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), e, false);
    }

    /** The chunks read so far as one repeatable body, for a stream short enough for a single PUT. */
    private static CosRequestBody concat(List<Chunk> chunks, long length) {
        if (chunks.size() == 1) {
            return chunks.get(0).body();
        }
        return CosRequestBody.of(length, true, out -> {
            for (Chunk chunk : chunks) {
                out.write(chunk.buffer(), 0, chunk.length());
            }
        });
    }
}
