package dev.camelcos.emulator.store;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListMap;

/** An upload's parts, guarded by the instance's monitor while a part is replaced or the upload completes. */
final class UploadState {
    final UploadRecord record;
    final Path dir;
    final ConcurrentSkipListMap<Integer, PartRecord> parts = new ConcurrentSkipListMap<>();
    boolean finished;

    UploadState(UploadRecord record, Path dir) {
        this.record = record;
        this.dir = dir;
    }

    Path partData(int number) {
        return dir.resolve("part-" + number + ".data");
    }

    Path partMeta(int number) {
        return dir.resolve("part-" + number + ".properties");
    }
}
