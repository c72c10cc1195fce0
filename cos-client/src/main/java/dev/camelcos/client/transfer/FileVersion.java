package dev.camelcos.client.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import dev.camelcos.client.CosClientException;

/**
 * What tells one version of a file from the next: its size, modification time and file key (the inode, where the
 * file system has one, so that a file replaced by another of the same size and time is seen too). A file upload
 * takes it before reading and compares it before Complete: a file rewritten meanwhile would give an object made of
 * parts of two versions.
 */
record FileVersion(long size, FileTime modified, Object fileKey) {

    static FileVersion of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileVersion(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /**
     * @param what the upload, as its messages name it
     * @throws CosClientException when the file is no longer this version, or cannot be looked at
     */
    void checkStill(Path file, String what) {
        FileVersion now;
        try {
            now = of(file);
        } catch (IOException e) {
            throw changed(file, what, "it cannot be read any more (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
        if (now.size != size || !now.modified.equals(modified) || !Objects.equals(now.fileKey, fileKey)) {
            throw changed(file, what, "size " + size + " -> " + now.size + " bytes, modified " + modified + " -> "
                    + now.modified + (Objects.equals(now.fileKey, fileKey) ? "" : ", replaced by another file"), null);
        }
    }

    private static CosClientException changed(Path file, String what, String how, Exception cause) {
        return new CosClientException(what + " failed: " + file + " changed while it was uploaded (" + how
                + "); the upload was aborted and nothing was stored: upload the file again once it is no longer"
                + " being written", cause, false);
    }
}
