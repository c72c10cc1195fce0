package dev.camelcos.component.producer;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.camelcos.client.transfer.FileUpload;
import dev.camelcos.client.transfer.FileUploadResult;
import dev.camelcos.component.CosConstants;

/**
 * The batchUpload operation: every file under a local folder, or every file of a collection, as an object,
 * {@code fileConcurrency} files at a time. The folder is named by the body: a String or Path, a File, or a file
 * message, so that a route that only has the folder's name as text (a YAML route, a property) can upload it.
 * {@value CosConstants#KEY} (or keyName) is a key prefix used as given (end it with / for a folder): a folder's files
 * get the prefix + their path under the folder, a collection's files the prefix + their name. The body becomes the
 * list of {@link FileUploadResult}, one per file, failures included, so that one failed file does not hide the others.
 * The upload operation sends a folder or a collection of files the same way.
 */
final class BatchUploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) {
        Object body = RequestBodies.fileOrBody(exchange.message().getBody());
        if (body instanceof Collection<?> files) {
            uploadFiles(exchange, files);
        } else {
            uploadFolder(exchange, folder(body));
        }
    }

    /** Every file under the folder, keyed by its path under it. */
    static void uploadFolder(CosExchange exchange, Path folder) {
        upload(exchange, FileUpload.ofDirectory(folder, keyPrefix(exchange)));
    }

    /** Every file of the collection (File, Path or file messages), keyed by its name. */
    static void uploadFiles(CosExchange exchange, Collection<?> files) {
        upload(exchange, FileUpload.ofFiles(paths(files), keyPrefix(exchange)));
    }

    private static void upload(CosExchange exchange, List<FileUpload> files) {
        List<FileUploadResult> results;
        results = exchange.transfers().uploadFiles(exchange.bucket(), files, ObjectWriteHeaders.metadata(exchange),
                ObjectWriteHeaders.writeOptions(exchange));
        exchange.setHeader(CosConstants.BUCKET_NAME, exchange.bucket());
        exchange.message().setBody(results);
    }

    /** The folder the body names, checked before anything is sent. */
    private static Path folder(Object body) {
        Path folder;
        if (body instanceof Path path) {
            folder = path;
        } else if (body instanceof String name && !name.isBlank()) {
            try {
                folder = Path.of(name.strip());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("batchUpload: the body '" + name + "' is not a folder path: "
                                                   + e.getReason(), e);
            }
        } else {
            throw new IllegalArgumentException("batchUpload needs a body naming a local folder (a String, Path, File"
                                               + " or file message) or a collection of files, not "
                                               + (body == null ? "a null body" : "a " + body.getClass().getName()));
        }
        if (!Files.exists(folder)) {
            throw new IllegalArgumentException("batchUpload: the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("batchUpload: " + folder + " is a file, not a folder; the upload"
                                               + " operation sends one file");
        }
        return folder;
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
