package dev.camelcos.emulator.store;

import java.nio.file.Path;

/** A request body already written to a private temp file, with the digests computed on the way. */
public record StagedBody(Path file, long size, byte[] md5, long crc64) {
}
