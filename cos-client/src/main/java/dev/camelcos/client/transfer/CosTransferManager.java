package dev.camelcos.client.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;

/**
 * Large-object transfers over a {@link CosClient}: uploads split into parallel parts, copies by parallel part copies,
 * downloads by parallel ranges, and batches of files. Thread-safe. The manager owns its threads (created when first
 * needed) and stops them on {@link #close()}; it does not close the client.
 */
public final class CosTransferManager implements AutoCloseable {

    private final CosClient client;
    private final TransferOptions options;
    private final Threads partThreads;
    private final Threads rangeThreads;
    private final Threads fileThreads;
    private final ObjectUploader uploader;
    private final ObjectCopier copier;
    private final ObjectDownloader downloader;
    private final LongAccumulator largestPartBuffers = new LongAccumulator(Math::max, 0);

    public CosTransferManager(CosClient client, TransferOptions options) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.partThreads = new Threads("cos-transfer-part", options.uploadConcurrency());
        this.rangeThreads = new Threads("cos-transfer-range", options.downloadConcurrency());
        this.fileThreads = new Threads("cos-transfer-file", options.fileConcurrency());
        this.uploader = new ObjectUploader(client, options, partThreads::get, largestPartBuffers::accumulate);
        this.copier = new ObjectCopier(client, options, partThreads::get);
        this.downloader = new ObjectDownloader(client, options, rangeThreads::get);
    }

    public TransferOptions options() {
        return options;
    }

    /**
     * Uploads an object: one PUT below the multipart threshold, else a multipart upload with parts sent in parallel.
     * A failed multipart upload is aborted, unless it is a file uploaded with {@code resumableUpload}: then the next
     * upload of the same file to the same key sends only the parts missing.
     *
     * @throws dev.camelcos.client.CosException when the upload failed, or COS's object does not match what was sent
     *                                         (the object is then deleted)
     */
    public TransferResult upload(UploadRequest request) {
        return uploader.upload(request);
    }

    /**
     * Copies an object: one PUT Object - Copy below the multipart copy threshold, else parallel Upload Part - Copy.
     *
     * @param newMetadata the copy's metadata; null to keep the source's
     */
    public TransferResult copy(CopySource source, String bucket, String key, ObjectMetadata newMetadata,
            ObjectWriteOptions writeOptions) {
        return copier.copy(source, CosValidation.bucket(bucket), CosValidation.key(key), newMetadata, writeOptions);
    }

    /**
     * Downloads an object to {@code target}, replacing it only once the whole object is there and matches its CRC64.
     * An interrupted download resumes, on the next call for the same object version and target, from the ranges
     * already written (kept in {@code <target>.<tag>.cosdownload.tmp}, with {@code <target>.<tag>.cosdownload}
     * recording them; the tag names the object, so downloads of different objects never share these files).
     *
     * @throws dev.camelcos.client.CosClientException before any request, when another download of this JVM is
     *                                               writing the same target
     */
    public DownloadResult download(GetObjectRequest request, Path target) {
        Objects.requireNonNull(target, "a download needs a target file");
        return downloader.download(request, target);
    }

    /**
     * Uploads files, at most fileConcurrency at once, each as {@link #upload} would. A file that fails does not stop
     * the others: each gets its own result, in the order given.
     *
     * @param metadata user metadata and content headers given to every file (may be null)
     * @throws IllegalArgumentException before anything is sent, when two files would get the same key or a key is
     *                                  invalid
     */
    public List<FileUploadResult> uploadFiles(String bucket, List<FileUpload> files, ObjectMetadata metadata,
            ObjectWriteOptions writeOptions) {
        CosValidation.bucket(bucket);
        Map<String, Path> keys = new HashMap<>();
        for (FileUpload file : files) {
            CosValidation.key(file.key());
            Path other = keys.putIfAbsent(file.key(), file.file());
            if (other != null) {
                throw new IllegalArgumentException("two files of the batch would be stored under the same key '"
                        + file.key() + "', one overwriting the other: " + other + " and " + file.file()
                        + "; upload their folder to keep their paths apart");
            }
        }
        List<CompletableFuture<FileUploadResult>> results = new ArrayList<>();
        for (FileUpload file : files) {
            results.add(CompletableFuture.supplyAsync(() -> uploadOne(bucket, file, metadata, writeOptions),
                    fileThreads.get()));
        }
        return results.stream().map(CompletableFuture::join).toList();
    }

    private FileUploadResult uploadOne(String bucket, FileUpload file, ObjectMetadata metadata,
            ObjectWriteOptions writeOptions) {
        try {
            TransferResult result = upload(new UploadRequest(bucket, file.key(), UploadSource.of(file.file()))
                    .setMetadata(metadata).setOptions(writeOptions));
            return new FileUploadResult(file.file(), file.key(), result, null);
        } catch (RuntimeException e) {
            return new FileUploadResult(file.file(), file.key(), null, e);
        }
    }

    /**
     * The most memory in part buffers any one stream upload of this manager has allocated, in bytes: at most
     * (uploadConcurrency + 1) x part size, whatever the stream's length.
     */
    public long largestPartBufferBytes() {
        return largestPartBuffers.get();
    }

    /** Stops the manager's threads; transfers still running fail. */
    @Override
    public void close() {
        partThreads.shutdown();
        rangeThreads.shutdown();
        fileThreads.shutdown();
    }

    @Override
    public String toString() {
        return "CosTransferManager[" + options + "]";
    }

    /** A fixed pool of daemon threads, started when first asked for. */
    private static final class Threads {
        private final String name;
        private final int size;
        private ExecutorService pool;
        private boolean closed;

        Threads(String name, int size) {
            this.name = name;
            this.size = size;
        }

        synchronized ExecutorService get() {
            if (closed) {
                throw new IllegalStateException("the transfer manager is closed");
            }
            if (pool == null) {
                AtomicInteger count = new AtomicInteger();
                pool = Executors.newFixedThreadPool(size, task -> {
                    Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return pool;
        }

        synchronized void shutdown() {
            closed = true;
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
