package dev.camelcos.examples.main;

import java.nio.file.Path;

/**
 * What one run of the example did.
 *
 * @param title           the example's name, the report's first words
 * @param cos             where the objects went (the emulator's address or the bucket and region)
 * @param input           the folder that was uploaded
 * @param output          the folder the objects were written to
 * @param filesInInput    how many files the input folder holds
 * @param filesUploaded   how many files the upload route sent
 * @param bytesUploaded   their total size
 * @param objectsReceived how many objects the consumer route wrote to the output folder
 * @param bytesReceived   their total size
 * @param checksumsEqual  whether every input file has an output file with the same SHA-256
 */
public record ExampleSummary(String title, String cos, Path input, Path output, int filesInInput, int filesUploaded,
        long bytesUploaded, int objectsReceived, long bytesReceived, boolean checksumsEqual) {

    /** Every file went up and came back unchanged. */
    public boolean succeeded() {
        return filesUploaded == filesInInput && objectsReceived == filesUploaded && bytesReceived == bytesUploaded
               && checksumsEqual;
    }

    public String report() {
        return String.join(System.lineSeparator(),
                title + " " + (succeeded() ? "finished" : "FAILED"),
                "  COS:              " + cos,
                "  files uploaded:   " + filesUploaded + " of " + filesInInput + " (" + bytesUploaded + " bytes) from "
                                      + input,
                "  objects received: " + objectsReceived + " (" + bytesReceived + " bytes) into " + output,
                "  checksums equal:  " + (checksumsEqual ? "yes" : "NO") + " (SHA-256 of every file)");
    }
}
