package dev.camelcos.client.transfer;

/**
 * Told how a multipart transfer advances: once as it starts, after each part, and once as it ends. Called from the
 * transfer's threads, one call at a time per transfer: keep it quick.
 */
@FunctionalInterface
public interface TransferProgressListener {

    void onProgress(TransferProgress progress);
}
