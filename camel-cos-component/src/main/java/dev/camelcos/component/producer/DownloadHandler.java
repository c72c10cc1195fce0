package dev.camelcos.component.producer;

import java.io.File;
import java.nio.file.Path;

import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.transfer.DownloadResult;
import dev.camelcos.component.CosConstants;

/**
 * The download operation: the object written to the file named by {@value CosConstants#DOWNLOAD_PATH} (by parallel
 * ranged GETs from the multipartThreshold on), replacing it only once complete and checked. The body becomes the
 * file's Path. It reads the object, version and conditions as getObject does (a range is refused: a download takes
 * the whole object). A failed download leaves no file under the target name, and the next download of the same object
 * to the same file resumes it.
 */
final class DownloadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) {
        GetObjectRequest request = ObjectReadHeaders.request(exchange);
        DownloadResult result = exchange.transfers().download(request, target(exchange));
        exchange.setHeader(CosConstants.BUCKET_NAME, result.bucket());
        exchange.setHeader(CosConstants.KEY, result.key());
        exchange.setHeader(CosConstants.E_TAG, result.etag());
        exchange.setHeader(CosConstants.CRC64, result.crc64());
        exchange.setHeader(CosConstants.VERSION_ID, result.versionId());
        exchange.setHeader(CosConstants.CONTENT_LENGTH, result.size());
        exchange.message().setBody(result.file());
    }

    /** The header's value as a path; a File or Path is taken as it is (converting one to String would read it). */
    private static Path target(CosExchange exchange) {
        Object value = exchange.message().getHeader(CosConstants.DOWNLOAD_PATH);
        if (value instanceof Path path) {
            return path;
        }
        if (value instanceof File file) {
            return file.toPath();
        }
        if (value instanceof CharSequence text && !text.toString().isBlank()) {
            return Path.of(text.toString());
        }
        throw new IllegalArgumentException("header " + CosConstants.DOWNLOAD_PATH + " is "
                + (value == null ? "missing" : "a " + value.getClass().getName())
                + ": the download operation needs the file (a path as String, File or Path) to write the object to");
    }
}
