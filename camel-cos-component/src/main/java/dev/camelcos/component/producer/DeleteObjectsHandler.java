package dev.camelcos.component.producer;

import java.util.ArrayList;
import java.util.List;

import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosConstants;

/**
 * deleteObjects: DELETE Multiple Objects of the keys in {@value CosConstants#KEYS_TO_DELETE}. The body becomes the
 * {@link DeleteResult}; the keys deleted and the keys that failed are also headers. Keys COS could not delete do not
 * fail the exchange: the route decides what a partial failure means.
 */
final class DeleteObjectsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        DeleteResult result = exchange.client().deleteObjects(bucket, keys(exchange), false);
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
        exchange.setHeader(CosConstants.DELETED_KEYS, result.getDeletedKeys());
        exchange.setHeader(CosConstants.FAILED_KEYS,
                result.getErrors().stream().map(DeleteResult.Failed::getKey).toList());
        exchange.setBody(result);
    }

    private static List<String> keys(CosExchange exchange) {
        Object given = exchange.requiredHeader(CosConstants.KEYS_TO_DELETE, Object.class,
                "deleteObjects needs the keys to delete, as a Collection of String or of ObjectSummary");
        if (!(given instanceof Iterable<?> elements)) {
            throw new IllegalArgumentException("header " + CosConstants.KEYS_TO_DELETE + " is a "
                                               + given.getClass().getName()
                                               + ": it must be a Collection of String keys or of ObjectSummary");
        }
        List<String> keys = new ArrayList<>();
        elements.forEach(element -> keys.add(key(element)));
        return keys;
    }

    private static String key(Object element) {
        if (element instanceof CharSequence key) {
            return key.toString();
        }
        if (element instanceof ObjectSummary summary) {
            return summary.getKey();
        }
        throw new IllegalArgumentException("header " + CosConstants.KEYS_TO_DELETE + " holds a "
                                           + (element == null ? "null" : element.getClass().getName())
                                           + ": its elements must be String keys or ObjectSummary");
    }
}
