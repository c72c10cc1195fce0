package dev.camelcos.client;

/**
 * CRC-64/XZ (ECMA-182, reflected), the checksum COS returns as {@code x-cos-hash-crc64ecma}. Slicing-by-8 keeps it
 * off the profile of a multi-gigabyte transfer. Not thread-safe; one instance per stream.
 */
public final class Crc64 {

    private static final long POLY = 0xC96C5795D7870F42L;
    private static final long[][] TABLES = tables();

    private long crc = -1L;

    public void update(byte[] b, int off, int len) {
        long c = crc;
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            c ^= (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                    | (b[i + 7] & 0xffL) << 56;
            c = TABLES[7][(int) (c & 0xff)] ^ TABLES[6][(int) (c >>> 8 & 0xff)]
                    ^ TABLES[5][(int) (c >>> 16 & 0xff)] ^ TABLES[4][(int) (c >>> 24 & 0xff)]
                    ^ TABLES[3][(int) (c >>> 32 & 0xff)] ^ TABLES[2][(int) (c >>> 40 & 0xff)]
                    ^ TABLES[1][(int) (c >>> 48 & 0xff)] ^ TABLES[0][(int) (c >>> 56)];
            i += 8;
        }
        while (i < end) {
            c = TABLES[0][(int) ((c ^ b[i++]) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
    }

    public void update(int b) {
        crc = TABLES[0][(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    /** The CRC of everything seen so far (the instance can go on being updated). */
    public long value() {
        return ~crc;
    }

    public static long of(byte[] data) {
        Crc64 crc = new Crc64();
        crc.update(data, 0, data.length);
        return crc.value();
    }

    /** The decimal form COS uses in headers and XML. */
    public static String format(long crc) {
        return Long.toUnsignedString(crc);
    }

    public static long parse(String decimal) {
        return Long.parseUnsignedLong(decimal.trim());
    }

    /**
     * The CRC of {@code A + B} from the CRCs of A and B and the length of B, without reading either again (the
     * GF(2) matrix method of zlib's {@code crc32_combine}); used to check a multipart object from its parts' CRCs.
     */
    public static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] odd = new long[64];
        long[] even = new long[64];
        odd[0] = POLY;
        long row = 1;
        for (int n = 1; n < 64; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long crc = crcA;
        long len = lengthB;
        while (true) {
            square(even, odd);
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
        }
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 64; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

    private static long[][] tables() {
        long[][] t = new long[8][256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
            }
            t[0][n] = c;
        }
        for (int n = 0; n < 256; n++) {
            for (int k = 1; k < 8; k++) {
                t[k][n] = t[0][(int) (t[k - 1][n] & 0xff)] ^ (t[k - 1][n] >>> 8);
            }
        }
        return t;
    }
}
