package dev.camelcos.examples.main;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The files the example uploads when it is not given a folder of its own. */
public final class SampleFiles {

    /** Larger than the example's multipart threshold, so it goes up as parts sent in parallel. */
    static final int LARGE_FILE_SIZE = 3 * 1024 * 1024 + 12345;

    private SampleFiles() {
    }

    public static void writeTo(Path folder) throws IOException {
        Files.writeString(folder.resolve("hello.txt"), "Hello, Tencent Cloud COS!\n", StandardCharsets.UTF_8);
        StringBuilder orders = new StringBuilder("order,customer,amount\n");
        for (int i = 1; i <= 100; i++) {
            orders.append(i).append(",customer-").append(i % 7).append(',').append(i * 3).append(".50\n");
        }
        Files.writeString(folder.resolve("orders.csv"), orders, StandardCharsets.UTF_8);
        Random random = new Random(2024);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(folder.resolve("large.bin"))) {
            for (int left = LARGE_FILE_SIZE; left > 0; left -= block.length) {
                random.nextBytes(block);
                out.write(block, 0, Math.min(left, block.length));
            }
        }
    }
}
