package dev.camelcos.emulator.store;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;

/** One uploaded part; its bytes live in the upload's directory as part-N.data. */
public record PartRecord(int number, long size, byte[] md5, long crc64, Instant lastModified) {
    public String etag() {
        return HexFormat.of().formatHex(md5);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("number", Integer.toString(number));
        p.setProperty("size", Long.toString(size));
        p.setProperty("md5", etag());
        p.setProperty("crc64", Long.toUnsignedString(crc64));
        p.setProperty("lastModified", Long.toString(lastModified.toEpochMilli()));
        return p;
    }

    static PartRecord fromProperties(Properties p) {
        return new PartRecord(Integer.parseInt(p.getProperty("number")), Long.parseLong(p.getProperty("size")),
                HexFormat.of().parseHex(p.getProperty("md5")), Long.parseUnsignedLong(p.getProperty("crc64")),
                Instant.ofEpochMilli(Long.parseLong(p.getProperty("lastModified"))));
    }
}
