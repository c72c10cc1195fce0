package dev.camelcos.component.producer;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.support.ExchangeHelper;

import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.client.transfer.FileUpload;
import dev.camelcos.client.transfer.FileUploadResult;
import dev.camelcos.client.transfer.UploadRequest;
import dev.camelcos.client.transfer.UploadSource;
import dev.camelcos.component.CosConstants;

/**
 * The upload operation: the body as one object (one PUT, or a parallel multipart upload from the multipartThreshold
 * on), or, for a directory or a collection of files, each file as an object.
 * <p>
 * A byte[], String, File, Path or local file message (from the file component) is read without copying it; an
 * InputStream is read once, in parts, with the length {@link RequestBodies#stream} finds, if any. For a
 * batch, {@value CosConstants#KEY} (or keyName) is a key prefix used as given (end it with / for a folder): a
 * directory's files get the prefix + their path under the directory, a collection's files the prefix + their name;
 * the body becomes the list of {@link FileUploadResult}, one per file, failures included.
 */
final class UploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        Object body = RequestBodies.fileOrBody(exchange.message().getBody());
        if (body instanceof Path directory && Files.isDirectory(directory)) {
            uploadBatch(exchange, FileUpload.ofDirectory(directory, keyPrefix(exchange)));
        } else if (body instanceof Collection<?> files) {
            uploadBatch(exchange, FileUpload.ofFiles(paths(files), keyPrefix(exchange)));
        } else {
            UploadRequest request = new UploadRequest(exchange.bucket(), exchange.key(), source(exchange, body))
                    .setMetadata(ObjectWriteHeaders.metadata(exchange))
                    .setOptions(ObjectWriteHeaders.writeOptions(exchange));
            try (CosTransferManager transfers = Transfers.manager(exchange)) {
                Transfers.setResultHeaders(exchange, transfers.upload(request));
            }
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

    private static void uploadBatch(CosExchange exchange, List<FileUpload> files) {
        List<FileUploadResult> results;
        try (CosTransferManager transfers = Transfers.manager(exchange)) {
            results = transfers.uploadFiles(exchange.bucket(), files, ObjectWriteHeaders.metadata(exchange),
                    ObjectWriteHeaders.writeOptions(exchange));
        }
        exchange.setHeader(CosConstants.BUCKET_NAME, exchange.bucket());
        exchange.message().setBody(results);
    }

    /** For a batch the key is a prefix, and only the header or keyName gives one (never a file's own name). */
    private static String keyPrefix(CosExchange exchange) {
        String prefix = exchange.header(CosConstants.KEY, String.class);
        return prefix != null ? prefix : exchange.configuration().getKeyName();
    }

    private static List<Path> paths(Collection<?> files) {
        List<Path> paths = new ArrayList<>(files.size());
        for (Object file : files) {
            if (RequestBodies.fileOrBody(file) instanceof Path path) {
                paths.add(path);
            } else {
                throw new IllegalArgumentException("a collection body is uploaded as a batch of files, but it holds a "
                        + (file == null ? "null" : file.getClass().getName()) + "; only File, Path and file messages"
                        + " are accepted");
            }
        }
        return paths;
    }
}
