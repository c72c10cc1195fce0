package dev.camelcos.emulator.store;

import java.time.Instant;
import java.util.Properties;

/** An unfinished multipart upload and the attributes the final object will get. */
public record UploadRecord(String uploadId, String key, Instant initiated, ObjectAttributes attributes) {
    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("uploadId", uploadId);
        p.setProperty("key", key);
        p.setProperty("initiated", Long.toString(initiated.toEpochMilli()));
        attributes.store(p);
        return p;
    }

    static UploadRecord fromProperties(Properties p) {
        return new UploadRecord(p.getProperty("uploadId"), p.getProperty("key"),
                Instant.ofEpochMilli(Long.parseLong(p.getProperty("initiated"))), ObjectAttributes.load(p));
    }
}
