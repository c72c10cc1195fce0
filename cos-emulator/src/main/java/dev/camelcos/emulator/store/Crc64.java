package dev.camelcos.emulator.store;

/** CRC-64/XZ (ECMA-182 polynomial, reflected), the checksum COS reports in x-cos-hash-crc64ecma. */
public final class Crc64 {
    private static final long POLY = 0xC96C5795D7870F42L;
    private static final long[] TABLE = new long[256];

    static {
        for (int n = 0; n < 256; n++) {
            long crc = n;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
            }
            TABLE[n] = crc;
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

    /** COS prints the checksum as an unsigned decimal number. */
    public static String format(long crc) {
        return Long.toUnsignedString(crc);
    }
}
