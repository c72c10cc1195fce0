package dev.camelcos.client;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * CRC-64/XZ (ECMA-182, reflected), the checksum COS returns as {@code x-cos-hash-crc64ecma}. Slicing-by-8 keeps it
 * off the profile of a multi-gigabyte transfer. Not thread-safe; one instance per stream.
 */
public final class Crc64 {

    private static final long POLY = 0xC96C5795D7870F42L;
    private static final long[][] TABLES = tables();
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    // one array per slice: the loop then reads each without first loading and bounds-checking a row of TABLES
    private static final long[] T0 = TABLES[0];
    private static final long[] T1 = TABLES[1];
    private static final long[] T2 = TABLES[2];
    private static final long[] T3 = TABLES[3];
    private static final long[] T4 = TABLES[4];
    private static final long[] T5 = TABLES[5];
    private static final long[] T6 = TABLES[6];
    private static final long[] T7 = TABLES[7];

    private long crc = -1L;

    public void update(byte[] b, int off, int len) {
        long c = crc;
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            c ^= (long) LITTLE_ENDIAN_LONG.get(b, i);
            c = T7[(int) (c & 0xff)] ^ T6[(int) (c >>> 8 & 0xff)] ^ T5[(int) (c >>> 16 & 0xff)]
                    ^ T4[(int) (c >>> 24 & 0xff)] ^ T3[(int) (c >>> 32 & 0xff)] ^ T2[(int) (c >>> 40 & 0xff)]
                    ^ T1[(int) (c >>> 48 & 0xff)] ^ T0[(int) (c >>> 56)];
            i += 8;
        }
        while (i < end) {
            c = T0[(int) ((c ^ b[i++]) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
    }

    public void update(int b) {
        crc = T0[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
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
