package dev.camelcos.component.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.component.CosConstants;

/**
 * The parts a completeMultipartUpload assembles, from {@value CosConstants#PARTS}: a List of {@link PartETag}, or of
 * Map with the keys {@code partNumber} and {@code etag} (what a route can build with the simple language or
 * collect from the headers of uploadPart results).
 */
final class PartETags {

    static final String PART_NUMBER = "partNumber";
    static final String ETAG = "etag";

    private PartETags() {
    }

    /** The parts the header names, or null when it is absent (COS's listing of the upload's parts then decides). */
    static List<PartETag> fromHeader(CosExchange exchange) {
        Object given = exchange.header(CosConstants.PARTS, Object.class);
        if (given == null) {
            return null;
        }
        if (!(given instanceof List<?> elements)) {
            throw invalid("is a " + given.getClass().getName() + ", not a List");
        }
        List<PartETag> parts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            parts.add(part(exchange, i, elements.get(i)));
        }
        return parts;
    }

    private static PartETag part(CosExchange exchange, int index, Object element) {
        if (element instanceof PartETag part) {
            return part;
        }
        if (!(element instanceof Map<?, ?> map)) {
            throw invalid("element " + index + " is a " + (element == null ? "null" : element.getClass().getName()));
        }
        Integer partNumber = exchange.exchange().getContext().getTypeConverter().tryConvertTo(Integer.class,
                map.get(PART_NUMBER));
        Object etag = map.get(ETAG);
        if (partNumber == null || etag == null) {
            throw invalid("element " + index + " (" + map + ") has no usable "
                          + (partNumber == null ? PART_NUMBER : ETAG));
        }
        return new PartETag(exchange.checked(CosConstants.PARTS, partNumber, CosValidation::partNumber),
                etag.toString());
    }

    private static IllegalArgumentException invalid(String what) {
        return new IllegalArgumentException("header " + CosConstants.PARTS + " " + what + ": give a List of PartETag"
                                            + " or of Map with the keys " + PART_NUMBER + " and " + ETAG);
    }
}
