package dev.camelcos.client.transfer;

import java.time.Duration;
import java.util.Objects;

import dev.camelcos.client.InvalidOptionException;

/**
 * How a {@link CosTransferManager} splits, parallelises and reports its transfers. Immutable; build one with
 * {@link #builder()}.
 */
public final class TransferOptions {

    public static final long MIB = 1024L * 1024L;
    public static final long GIB = 1024L * MIB;
    /** Smallest part COS accepts for every part but the last. */
    public static final long MIN_PART_SIZE = MIB;
    /** Largest part COS accepts. */
    public static final long MAX_PART_SIZE = 5 * GIB;

    /** Defaults; the builder starts from these, and the Camel component's options name them. */
    public static final long DEFAULT_MULTIPART_THRESHOLD = 16 * MIB;
    public static final long DEFAULT_PART_SIZE = 8 * MIB;
    public static final int DEFAULT_UPLOAD_CONCURRENCY = 4;
    public static final long DEFAULT_MULTIPART_COPY_THRESHOLD = 5 * GIB;
    public static final long DEFAULT_COPY_PART_SIZE = 64 * MIB;
    public static final int DEFAULT_DOWNLOAD_CONCURRENCY = 4;
    public static final int DEFAULT_FILE_CONCURRENCY = 3;
    public static final boolean DEFAULT_ADAPTIVE_CONCURRENCY = true;
    public static final int DEFAULT_MAX_CONCURRENCY = 16;

    private final long multipartThreshold;
    private final long partSize;
    private final int uploadConcurrency;
    private final long multipartCopyThreshold;
    private final long copyPartSize;
    private final int downloadConcurrency;
    private final int fileConcurrency;
    private final boolean adaptiveConcurrency;
    private final int maxConcurrency;
    private final boolean resumableUpload;
    private final TransferProgressListener progressListener;
    private final Duration progressLogInterval;

    private TransferOptions(Builder b) {
        this.multipartThreshold = b.multipartThreshold;
        this.partSize = b.partSize;
        this.uploadConcurrency = b.uploadConcurrency;
        this.multipartCopyThreshold = b.multipartCopyThreshold;
        this.copyPartSize = b.copyPartSize;
        this.downloadConcurrency = b.downloadConcurrency;
        this.fileConcurrency = b.fileConcurrency;
        this.adaptiveConcurrency = b.adaptiveConcurrency;
        this.maxConcurrency = b.maxConcurrency;
        this.resumableUpload = b.resumableUpload;
        this.progressListener = b.progressListener;
        this.progressLogInterval = b.progressLogInterval;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TransferOptions defaults() {
        return builder().build();
    }

    /** Bodies of at least this many bytes (or of unknown length, once they reach it) go as multipart uploads. */
    public long multipartThreshold() {
        return multipartThreshold;
    }

    /** The smallest part of a multipart upload, and the range size of a parallel download. */
    public long partSize() {
        return partSize;
    }

    /** Parts one upload (or multipart copy) sends at the same time. */
    public int uploadConcurrency() {
        return uploadConcurrency;
    }

    /** Objects of at least this many bytes are copied part by part. */
    public long multipartCopyThreshold() {
        return multipartCopyThreshold;
    }

    public long copyPartSize() {
        return copyPartSize;
    }

    /** Ranges one download fetches at the same time. */
    public int downloadConcurrency() {
        return downloadConcurrency;
    }

    /** Files of a batch uploaded at the same time. */
    public int fileConcurrency() {
        return fileConcurrency;
    }

    /**
     * Whether the parts of file and byte uploads, copies and the ranges of downloads grow in number from
     * uploadConcurrency/downloadConcurrency while that raises throughput, up to {@link #maxConcurrency()}. A stream's
     * parts stay at uploadConcurrency: each waits in a buffer.
     */
    public boolean adaptiveConcurrency() {
        return adaptiveConcurrency;
    }

    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** Whether a failed multipart upload of a file is kept so that uploading the same file again resumes it. */
    public boolean resumableUpload() {
        return resumableUpload;
    }

    /** Told of the progress of multipart transfers; null for none. */
    public TransferProgressListener progressListener() {
        return progressListener;
    }

    /** The least time between two progress lines in the log. */
    public Duration progressLogInterval() {
        return progressLogInterval;
    }

    private static long requireAtLeast(String option, long value, long min) {
        if (value < min) {
            throw new InvalidOptionException(option, value, "must be at least " + min);
        }
        return value;
    }

    private static long checkPartSize(String option, long value) {
        if (value < MIN_PART_SIZE || value > MAX_PART_SIZE) {
            throw new InvalidOptionException(option, value,
                    "must be between 1 MiB (" + MIN_PART_SIZE + ") and 5 GiB (" + MAX_PART_SIZE + ") bytes");
        }
        return value;
    }

    @Override
    public String toString() {
        return "TransferOptions[multipartThreshold=" + multipartThreshold + ", partSize=" + partSize
                + ", uploadConcurrency=" + uploadConcurrency + ", multipartCopyThreshold=" + multipartCopyThreshold
                + ", copyPartSize=" + copyPartSize + ", downloadConcurrency=" + downloadConcurrency
                + ", fileConcurrency=" + fileConcurrency + ", adaptiveConcurrency=" + adaptiveConcurrency
                + ", maxConcurrency=" + maxConcurrency + ", resumableUpload=" + resumableUpload + "]";
    }

    public static final class Builder {
        private long multipartThreshold = DEFAULT_MULTIPART_THRESHOLD;
        private long partSize = DEFAULT_PART_SIZE;
        private int uploadConcurrency = DEFAULT_UPLOAD_CONCURRENCY;
        private long multipartCopyThreshold = DEFAULT_MULTIPART_COPY_THRESHOLD;
        private long copyPartSize = DEFAULT_COPY_PART_SIZE;
        private int downloadConcurrency = DEFAULT_DOWNLOAD_CONCURRENCY;
        private int fileConcurrency = DEFAULT_FILE_CONCURRENCY;
        private boolean adaptiveConcurrency = DEFAULT_ADAPTIVE_CONCURRENCY;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private boolean resumableUpload;
        private TransferProgressListener progressListener;
        private Duration progressLogInterval = Duration.ofSeconds(5);

        private Builder() {
        }

        public Builder multipartThreshold(long bytes) {
            this.multipartThreshold = requireAtLeast("multipartThreshold", bytes, 0);
            return this;
        }

        public Builder partSize(long bytes) {
            this.partSize = checkPartSize("partSize", bytes);
            return this;
        }

        public Builder uploadConcurrency(int threads) {
            this.uploadConcurrency = (int) requireAtLeast("uploadConcurrency", threads, 1);
            return this;
        }

        public Builder multipartCopyThreshold(long bytes) {
            this.multipartCopyThreshold = requireAtLeast("multipartCopyThreshold", bytes, 0);
            return this;
        }

        public Builder copyPartSize(long bytes) {
            this.copyPartSize = checkPartSize("copyPartSize", bytes);
            return this;
        }

        public Builder downloadConcurrency(int threads) {
            this.downloadConcurrency = (int) requireAtLeast("downloadConcurrency", threads, 1);
            return this;
        }

        public Builder fileConcurrency(int files) {
            this.fileConcurrency = (int) requireAtLeast("fileConcurrency", files, 1);
            return this;
        }

        public Builder adaptiveConcurrency(boolean adaptive) {
            this.adaptiveConcurrency = adaptive;
            return this;
        }

        public Builder maxConcurrency(int steps) {
            this.maxConcurrency = (int) requireAtLeast("maxConcurrency", steps, 1);
            return this;
        }

        public Builder resumableUpload(boolean resumable) {
            this.resumableUpload = resumable;
            return this;
        }

        public Builder progressListener(TransferProgressListener listener) {
            this.progressListener = listener;
            return this;
        }

        public Builder progressLogInterval(Duration interval) {
            this.progressLogInterval = Objects.requireNonNull(interval, "progressLogInterval");
            return this;
        }

        public TransferOptions build() {
            return new TransferOptions(this);
        }
    }
}
