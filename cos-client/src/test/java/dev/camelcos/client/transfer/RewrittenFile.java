package dev.camelcos.client.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** What a writer does to a file while it is uploaded, for the tests that check an upload notices it. */
public final class RewrittenFile {

    private RewrittenFile() {
    }

    /** New bytes of the same size, with a modification time clearly after the old one. */
    public static void rewrite(Path file, byte[] content) {
        try {
            FileTime before = Files.getLastModifiedTime(file);
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
