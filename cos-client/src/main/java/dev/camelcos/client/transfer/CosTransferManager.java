package dev.camelcos.client.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
 * downloads by parallel ranges, and batches of files. Thread-safe. Each transfer runs at most as many parts, ranges or
 * files at once as its option says, on the executor given (the Camel component gives one from Camel's
 * ExecutorServiceManager) or else on daemon threads of the manager's own, started when first needed and stopped on
 * {@link #close()}. It does not close the client or a given executor.
 */
public final class CosTransferManager implements AutoCloseable {

    private final CosClient client;
    private final TransferOptions options;
    private final Threads threads;
    private final ObjectUploader uploader;
    private final ObjectCopier copier;
    private final ObjectDownloader downloader;
    private final LongAccumulator largestPartBuffers = new LongAccumulator(Math::max, 0);

    public CosTransferManager(CosClient client, TransferOptions options) {
        this(client, options, null);
    }

    /** @param executor runs the transfers' parts, ranges and files; null for threads of the manager's own */
    public CosTransferManager(CosClient client, TransferOptions options, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.threads = new Threads(executor);
        this.uploader = new ObjectUploader(client, options, threads::get, largestPartBuffers::accumulate);
        this.copier = new ObjectCopier(client, options, threads::get);
        this.downloader = new ObjectDownloader(client, options, threads::get);
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
        // every file is tried whatever became of the others, so its result, not a failure, is collected
        Semaphore running = new Semaphore(options.fileConcurrency());
        List<CompletableFuture<FileUploadResult>> results = new ArrayList<>();
        for (FileUpload file : files) {
            running.acquireUninterruptibly();
            results.add(CompletableFuture.supplyAsync(() -> uploadOne(bucket, file, metadata, writeOptions),
                    threads.get()).whenComplete((result, failure) -> running.release()));
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
        threads.shutdown();
    }

    @Override
    public String toString() {
        return "CosTransferManager[" + options + "]";
    }

    /** The executor given, or a cached pool of daemon threads of the manager's own, started when first asked for. */
    private static final class Threads {
        private final Executor given;
        private ExecutorService own;
        private boolean closed;

        Threads(Executor given) {
            this.given = given;
        }

        synchronized Executor get() {
            if (closed) {
                throw new IllegalStateException("the transfer manager is closed");
            }
            if (given != null) {
                return given;
            }
            if (own == null) {
                AtomicInteger count = new AtomicInteger();
                // unbounded: each transfer bounds its own steps, and a batch's files wait on their parts
                own = Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "cos-transfer-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return own;
        }

        synchronized void shutdown() {
            closed = true;
            if (own != null) {
                own.shutdownNow();
            }
        }
    }
}
