package dev.camelcos.client.transfer;

import java.time.Duration;
import java.util.Objects;

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

    private final long multipartThreshold;
    private final long partSize;
    private final int uploadConcurrency;
    private final long multipartCopyThreshold;
    private final long copyPartSize;
    private final int downloadConcurrency;
    private final int fileConcurrency;
    private final boolean resumableUpload;
    private final TransferProgressListener progressListener;
    private final Duration progressLogInterval;

    private TransferOptions(Builder b) {
        this.multipartThreshold = requireAtLeast("multipartThreshold", b.multipartThreshold, 0);
        this.partSize = partSize("partSize", b.partSize);
        this.uploadConcurrency = (int) requireAtLeast("uploadConcurrency", b.uploadConcurrency, 1);
        this.multipartCopyThreshold = requireAtLeast("multipartCopyThreshold", b.multipartCopyThreshold, 0);
        this.copyPartSize = partSize("copyPartSize", b.copyPartSize);
        this.downloadConcurrency = (int) requireAtLeast("downloadConcurrency", b.downloadConcurrency, 1);
        this.fileConcurrency = (int) requireAtLeast("fileConcurrency", b.fileConcurrency, 1);
        this.resumableUpload = b.resumableUpload;
        this.progressListener = b.progressListener;
        this.progressLogInterval = Objects.requireNonNull(b.progressLogInterval, "progressLogInterval");
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

    /** Threads sending parts (and copying parts), shared by the transfers the manager runs at once. */
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

    /** Threads fetching ranges of a download. */
    public int downloadConcurrency() {
        return downloadConcurrency;
    }

    /** Files of a batch uploaded at the same time. */
    public int fileConcurrency() {
        return fileConcurrency;
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
            throw new IllegalArgumentException("transfer option " + option + "=" + value + " must be at least " + min);
        }
        return value;
    }

    private static long partSize(String option, long value) {
        if (value < MIN_PART_SIZE || value > MAX_PART_SIZE) {
            throw new IllegalArgumentException("transfer option " + option + "=" + value
                    + " must be between 1 MiB (" + MIN_PART_SIZE + ") and 5 GiB (" + MAX_PART_SIZE + ") bytes");
        }
        return value;
    }

    @Override
    public String toString() {
        return "TransferOptions[multipartThreshold=" + multipartThreshold + ", partSize=" + partSize
                + ", uploadConcurrency=" + uploadConcurrency + ", multipartCopyThreshold=" + multipartCopyThreshold
                + ", copyPartSize=" + copyPartSize + ", downloadConcurrency=" + downloadConcurrency
                + ", fileConcurrency=" + fileConcurrency + ", resumableUpload=" + resumableUpload + "]";
    }

    public static final class Builder {
        private long multipartThreshold = 16 * MIB;
        private long partSize = 8 * MIB;
        private int uploadConcurrency = 4;
        private long multipartCopyThreshold = 5 * GIB;
        private long copyPartSize = 64 * MIB;
        private int downloadConcurrency = 4;
        private int fileConcurrency = 3;
        private boolean resumableUpload;
        private TransferProgressListener progressListener;
        private Duration progressLogInterval = Duration.ofSeconds(5);

        private Builder() {
        }

        public Builder multipartThreshold(long bytes) {
            this.multipartThreshold = bytes;
            return this;
        }

        public Builder partSize(long bytes) {
            this.partSize = bytes;
            return this;
        }

        public Builder uploadConcurrency(int threads) {
            this.uploadConcurrency = threads;
            return this;
        }

        public Builder multipartCopyThreshold(long bytes) {
            this.multipartCopyThreshold = bytes;
            return this;
        }

        public Builder copyPartSize(long bytes) {
            this.copyPartSize = bytes;
            return this;
        }

        public Builder downloadConcurrency(int threads) {
            this.downloadConcurrency = threads;
            return this;
        }

        public Builder fileConcurrency(int files) {
            this.fileConcurrency = files;
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
            this.progressLogInterval = interval;
            return this;
        }

        /** @throws IllegalArgumentException naming the first option out of its range */
        public TransferOptions build() {
            return new TransferOptions(this);
        }
    }
}
