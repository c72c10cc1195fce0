package dev.camelcos.component.producer;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.apache.camel.support.ExchangeHelper;

import dev.camelcos.client.transfer.UploadRequest;
import dev.camelcos.client.transfer.UploadSource;

/**
 * The upload operation: the body as one object (one PUT, or a parallel multipart upload from the multipartThreshold
 * on), or, for a directory or a collection of files, each file as an object.
 * <p>
 * A byte[], String, File, Path or local file message (from the file component) is read without copying it; an
 * InputStream is read once, in parts, with the length {@link RequestBodies#stream} finds, if any. For a
 * directory or a collection the files are sent as {@link BatchUploadHandler batchUpload} sends them.
 */
final class UploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        Object body = RequestBodies.fileOrBody(exchange.message().getBody());
        if (body instanceof Path directory && Files.isDirectory(directory)) {
            BatchUploadHandler.uploadFolder(exchange, directory);
        } else if (body instanceof Collection<?> files) {
            BatchUploadHandler.uploadFiles(exchange, files);
        } else {
            UploadRequest request = new UploadRequest(exchange.bucket(), exchange.key(), source(exchange, body))
                    .setMetadata(ObjectWriteHeaders.metadata(exchange))
                    .setOptions(ObjectWriteHeaders.writeOptions(exchange));
            Transfers.setResultHeaders(exchange, exchange.transfers().upload(request));
        }
    }

    private static UploadSource source(CosExchange exchange, Object body) throws Exception {
        if (body instanceof Path file) {
            return UploadSource.of(file);
        }
        if (body instanceof byte[] bytes) {
            return UploadSource.of(bytes);
        }
        if (body instanceof String text) {
            return UploadSource.of(text.getBytes(Charset.forName(ExchangeHelper.getCharsetName(exchange.exchange()))));
        }
        if (body == null) {
            throw new IllegalArgumentException("the upload operation needs a body (bytes, text, a stream or a file)");
        }
        RequestBodies.StreamBody stream = RequestBodies.stream(exchange, body);
        return UploadSource.of(stream.in(), stream.length());
    }
}
