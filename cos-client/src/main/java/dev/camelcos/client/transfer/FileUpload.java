package dev.camelcos.client.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One file of a batch upload and the key it is stored under. */
public record FileUpload(Path file, String key) {

    public FileUpload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Every regular file under {@code directory}, sorted, each keyed {@code keyPrefix} + its path relative to the
     * directory with {@code /} between names. The prefix is used as given: end it with {@code /} to put the files
     * under a folder.
     */
    public static List<FileUpload> ofDirectory(Path directory, String keyPrefix) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory");
        }
        String prefix = keyPrefix == null ? "" : keyPrefix;
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(file -> new FileUpload(file, prefix + relativeKey(directory, file)))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files under " + directory, e);
        }
    }

    /** The files, each keyed {@code keyPrefix} + its file name. */
    public static List<FileUpload> ofFiles(Collection<Path> files, String keyPrefix) {
        String prefix = keyPrefix == null ? "" : keyPrefix;
        return files.stream().map(file -> new FileUpload(file, prefix + file.getFileName())).toList();
    }

    private static String relativeKey(Path directory, Path file) {
        Path relative = directory.relativize(file);
        StringBuilder key = new StringBuilder();
        for (Path name : relative) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(name);
        }
        return key.toString();
    }
}
