package dev.camelcos.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multipart object's parts are opened as a read reaches them; deleting it must not pull them away mid-read. */
class BlobFilesTest {
    static final String BUCKET = "blobs-1250000000";

    @Test
    void aReadInProgressOutlivesDeletionAndTheFilesGoWhenItCloses(@TempDir Path root) throws Exception {
        Store store = new Store(root, Clock.systemUTC());
        store.createBucket(BUCKET);
        ObjectAttributes attributes = ObjectAttributes.of(Map.of(), "STANDARD", Map.of());
        String uploadId = store.uploads().initiate(BUCKET, "k", attributes).uploadId();
        byte[] first = bytes(1000, 1);
        byte[] second = bytes(500, 2);
        PartRecord p1 = store.uploads().putPart(BUCKET, uploadId, "k", 1, store.stage(new ByteArrayInputStream(first)));
        PartRecord p2 = store.uploads().putPart(BUCKET, uploadId, "k", 2, store.stage(new ByteArrayInputStream(second)));
        store.uploads().complete(BUCKET, uploadId, "k", List.of(p1, p2), "etag-2");

        Path blobs = root.resolve("buckets").resolve(BUCKET).resolve("blobs");
        try (OpenObject open = store.openLatest(BUCKET, "k")) {
            InputStream in = open.in();
            assertThat(in.readNBytes(10)).isEqualTo(java.util.Arrays.copyOf(first, 10));
            store.delete(BUCKET, "k");
            assertThat(store.object(BUCKET, "k")).isNull();
            assertThat(in.readNBytes(first.length - 10)).isEqualTo(java.util.Arrays.copyOfRange(first, 10, first.length));
            assertThat(in.readAllBytes()).isEqualTo(second);
            assertThat(filesIn(blobs)).isNotEmpty();
        }
        assertThat(filesIn(blobs)).isEmpty();
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
