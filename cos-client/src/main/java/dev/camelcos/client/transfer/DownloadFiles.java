package dev.camelcos.client.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.camelcos.client.model.GetObjectRequest;

/**
 * The files of one download beside its target: the temporary file the object is written into and the journal of the
 * ranges written. Their names carry a tag of the object (bucket, key and version asked for), so that downloads of
 * different objects to the same target never share them, while the next download of the same object to the same
 * target finds them and resumes.
 */
record DownloadFiles(Path target, Path temp, Path journal) {

    static final String JOURNAL_SUFFIX = ".cosdownload";
    static final String TEMP_SUFFIX = ".cosdownload.tmp";

    static DownloadFiles of(Path target, GetObjectRequest request) {
        Path file = target.toAbsolutePath();
        String base = file.getFileName() + "." + tag(request);
        return new DownloadFiles(file, file.resolveSibling(base + TEMP_SUFFIX), file.resolveSibling(base + JOURNAL_SUFFIX));
    }

    /** 16 hex digits of the SHA-256 of the object's name: short enough for a file name, long enough to differ. */
    private static String tag(GetObjectRequest request) {
        String object = request.getBucket() + "/" + request.getKey()
                + (request.getVersionId() == null ? "" : "?versionId=" + request.getVersionId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(object.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
