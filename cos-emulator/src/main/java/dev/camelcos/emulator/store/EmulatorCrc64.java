package dev.camelcos.emulator.store;

/** CRC-64/XZ (ECMA-182 polynomial, reflected), the checksum COS reports in x-cos-hash-crc64ecma. */
public final class EmulatorCrc64 {
    private static final long POLY = 0xC96C5795D7870F42L;
    private static final long[] TABLE = new long[256];
    /** X_POW_2N[k] = x^(2^k) modulo the polynomial, in the reflected bit order the checksum uses. */
    private static final long[] X_POW_2N = new long[64];
    private static final long X_POW_0 = 1L << 63;

    static {
        for (int n = 0; n < 256; n++) {
            long crc = n;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
            }
            TABLE[n] = crc;
        }
        long p = X_POW_0 >>> 1;
        X_POW_2N[0] = p;
        for (int k = 1; k < 64; k++) {
            p = multiply(p, p);
            X_POW_2N[k] = p;
        }
    }

    private long state = ~0L;

    public void update(byte[] buf, int off, int len) {
        long crc = state;
        for (int i = off; i < off + len; i++) {
            crc = TABLE[(int) ((crc ^ buf[i]) & 0xff)] ^ (crc >>> 8);
        }
        state = crc;
    }

    public long value() {
        return ~state;
    }

    /**
     * The checksum of A followed by B from the checksums of A and of B and the length of B, without their bytes
     * (the method of zlib's crc32_combine: A's checksum is shifted by x^(8 * lengthB), which squaring builds in
     * O(log lengthB) steps). Completing a multipart upload costs O(parts) with it, whatever their size.
     */
    public static long combine(long crcA, long crcB, long lengthB) {
        long shift = X_POW_0;
        int k = 3;
        for (long n = lengthB; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                shift = multiply(X_POW_2N[k & 63], shift);
            }
        }
        return multiply(shift, crcA) ^ crcB;
    }

    /** a * b modulo the polynomial, both in reflected bit order. */
    private static long multiply(long a, long b) {
        long product = 0;
        for (long m = X_POW_0; m != 0; m >>>= 1) {
            if ((a & m) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return product;
    }

    /** COS prints the checksum as an unsigned decimal number. */
    public static String format(long crc) {
        return Long.toUnsignedString(crc);
    }
}
