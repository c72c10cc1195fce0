package dev.camelcos.client.transfer;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelcos.client.CosClientException;

/**
 * The target files downloads of this JVM are writing. A second download to a file already being written is refused
 * before it sends anything: two downloads racing to the same file would each report success for a file that holds
 * only one of the objects.
 */
final class DownloadTargets {

    private static final Map<Path, String> WRITING = new ConcurrentHashMap<>();

    private DownloadTargets() {
    }

    /** A target claimed for one download; closing it frees the target. */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @param what the download, as its messages name it
     * @throws CosClientException when another download of this JVM is writing the same target
     */
    static Claim claim(DownloadFiles files, String what) {
        Path target = files.target().normalize();
        String other = WRITING.putIfAbsent(target, what);
        if (other != null) {
            throw new CosClientException(what + " was refused: another download is writing that file (" + other
                    + "); nothing was written (download different objects to different files)", null, false);
        }
        return () -> WRITING.remove(target, what);
    }
}
