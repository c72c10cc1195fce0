package dev.camelcos.examples.main;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of each regular file directly in a folder, by file name. */
public final class FolderChecksums {

    private FolderChecksums() {
    }

    /** The regular files directly in the folder (what the upload route picks up). */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(FolderChecksums::isVisible).sorted().toList();
        }
    }

    public static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            for (Path file : files(folder)) {
                checksums.put(file.getFileName().toString(), sha256(file));
            }
        }
        return checksums;
    }

    // the file component skips hidden files (and the example's own lock and marker files start with '.')
    private static boolean isVisible(Path file) {
        return !file.getFileName().toString().startsWith(".");
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
