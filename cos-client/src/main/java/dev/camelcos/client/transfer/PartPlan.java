package dev.camelcos.client.transfer;

/**
 * How an object of known length is cut into parts: every part {@link #partSize()} bytes but the last, at most
 * {@value #MAX_PARTS} parts.
 */
record PartPlan(long length, long partSize) {

    /** COS accepts at most this many parts in a multipart upload. */
    static final int MAX_PARTS = 10_000;

    /**
     * Parts of at least {@code preferredPartSize}, grown to ceil(length / 10000) for objects that would otherwise need
     * too many parts, rounded up to whole MiB.
     */
    static PartPlan of(long length, long preferredPartSize) {
        long needed = Math.max(preferredPartSize, ceilDiv(length, MAX_PARTS));
        return new PartPlan(length, ceilDiv(needed, TransferOptions.MIB) * TransferOptions.MIB);
    }

    int partCount() {
        return (int) Math.max(1, ceilDiv(length, partSize));
    }

    /** Where part {@code partNumber} (from 1) starts. */
    long offset(int partNumber) {
        return (partNumber - 1) * partSize;
    }

    long size(int partNumber) {
        return Math.min(partSize, length - offset(partNumber));
    }

    /** The inclusive {@code bytes=first-last} range of a part. */
    String range(int partNumber) {
        return "bytes=" + offset(partNumber) + "-" + (offset(partNumber) + size(partNumber) - 1);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
