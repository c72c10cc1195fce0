package dev.camelcos.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A bucket's object bytes on disk: a file per object written whole, a directory of part files per completed
 * multipart upload (hard links to the uploaded parts, so completing copies no byte). A blob deleted while it is
 * being read goes when its last reader closes, as an unlinked file would: an overwrite never cuts off a download
 * that is still walking through the parts.
 */
final class BlobFiles {
    private static final String DELETED = ".deleted";

    private final Path dir;
    /** Open readers per blob name, and the blobs to delete once their last reader closes; guarded by this. */
    private final Map<String, Integer> readers = new HashMap<>();
    private final Set<String> deleteWhenClosed = new HashSet<>();

    BlobFiles(Path dir) {
        this.dir = dir;
    }

    /** Takes over a staged body's file. */
    Blob adopt(StagedBody body) throws IOException {
        Blob blob = new Blob(UUID.randomUUID().toString(), List.of());
        Files.move(body.file(), dir.resolve(blob.name()), StandardCopyOption.ATOMIC_MOVE);
        return blob;
    }

    /** Links part files, in order, into a new blob; the parts stay where they are until their upload is removed. */
    Blob link(List<Path> parts, List<Long> sizes) throws IOException {
        Blob blob = new Blob(UUID.randomUUID().toString(), sizes);
        Path partsDir = Files.createDirectory(dir.resolve(blob.name()));
        try {
            for (int i = 0; i < parts.size(); i++) {
                Files.createLink(partsDir.resolve(Integer.toString(i)), parts.get(i));
            }
        } catch (IOException | RuntimeException e) {
            DataDirectory.deleteTree(partsDir);
            throw e;
        }
        return blob;
    }

    /** Opens an object's bytes; NoSuchFileException when its blob was deleted since the record was read. */
    InputStream open(ObjectRecord object) throws NoSuchFileException {
        Blob blob = object.blob();
        synchronized (this) {
            if (!Files.exists(dir.resolve(blob.name()))) {
                throw new NoSuchFileException(blob.name());
            }
            readers.merge(blob.name(), 1, Integer::sum);
        }
        Path path = dir.resolve(blob.name());
        List<Path> files = blob.multipart()
                ? IntStream.range(0, blob.partSizes().size()).mapToObj(i -> path.resolve(Integer.toString(i))).toList()
                : List.of(path);
        List<Long> sizes = blob.multipart() ? blob.partSizes() : List.of(object.size());
        return new PartsStream(files, sizes, () -> closed(blob));
    }

    private void closed(Blob blob) throws IOException {
        Path gone = null;
        synchronized (this) {
            readers.computeIfPresent(blob.name(), (name, n) -> n == 1 ? null : n - 1);
            if (!readers.containsKey(blob.name()) && deleteWhenClosed.remove(blob.name())) {
                gone = hide(blob);
            }
        }
        remove(gone);
    }

    void delete(Blob blob) throws IOException {
        Path gone;
        synchronized (this) {
            if (readers.containsKey(blob.name())) {
                deleteWhenClosed.add(blob.name());
                return;
            }
            gone = hide(blob);
        }
        remove(gone);
    }

    /** Renames the blob away under the lock, so no reader can open it while its files are being removed. */
    private Path hide(Blob blob) throws IOException {
        Path hidden = dir.resolve(blob.name() + DELETED);
        try {
            Files.move(dir.resolve(blob.name()), hidden, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException alreadyGone) {
            return null;
        }
        return hidden;
    }

    private static void remove(Path hidden) throws IOException {
        if (hidden != null) {
            DataDirectory.deleteTree(hidden);
        }
    }

    /** At start: removes blobs no record names, left by a stop while a deleted blob was still being read. */
    void removeAllBut(Set<String> kept) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.filter(p -> !kept.contains(p.getFileName().toString())).toList()) {
                DataDirectory.deleteTree(p);
            }
        }
    }
}
