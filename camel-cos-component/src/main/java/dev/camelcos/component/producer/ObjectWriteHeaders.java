package dev.camelcos.component.producer;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.ServerSideEncryption;
import dev.camelcos.client.model.StorageClass;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;

/**
 * How a new object is described and stored, from the message headers over the endpoint options: shared by every
 * operation that writes an object (putObject, copyObject, initiateMultipartUpload).
 */
final class ObjectWriteHeaders {

    private ObjectWriteHeaders() {
    }

    /** Content headers and user metadata ({@value CosConstants#METADATA}, sent as x-cos-meta-*). */
    static ObjectMetadata metadata(CosExchange exchange) {
        return new ObjectMetadata()
                .setContentType(exchange.header(CosConstants.CONTENT_TYPE, String.class))
                .setContentMd5(exchange.header(CosConstants.CONTENT_MD5, String.class))
                .setCacheControl(exchange.header(CosConstants.CACHE_CONTROL, String.class))
                .setContentDisposition(exchange.header(CosConstants.CONTENT_DISPOSITION, String.class))
                .setContentEncoding(exchange.header(CosConstants.CONTENT_ENCODING, String.class))
                .setExpires(exchange.header(CosConstants.EXPIRES, String.class))
                .setUserMetadata(userMetadata(exchange));
    }

    /**
     * Storage class and ACL (instruction headers over options) and the endpoint's encryption. The storage class a
     * read described ({@value CosConstants#STORAGE_CLASS}) is never taken: an archived object moved by a route lands
     * in the class the destination asks for.
     */
    static ObjectWriteOptions writeOptions(CosExchange exchange) {
        CosConfiguration configuration = exchange.configuration();
        String storageClass = headerOrOption(exchange, CosConstants.OVERRIDE_STORAGE_CLASS,
                configuration.getStorageClass());
        return new ObjectWriteOptions()
                .setStorageClass(exchange.checked(CosConstants.OVERRIDE_STORAGE_CLASS, storageClass,
                        StorageClass::parse))
                .setAcl(acl(exchange))
                .setEncryption(ServerSideEncryption.of(configuration.getServerSideEncryption(),
                        configuration.getKmsKeyId(), configuration.getKmsEncryptionContext(),
                        configuration.getCustomerSecretKey()));
    }

    /** The canned ACL: header over option, checked before anything is sent. */
    static String acl(CosExchange exchange) {
        String acl = headerOrOption(exchange, CosConstants.ACL, exchange.configuration().getAcl());
        // the option was checked when the endpoint started, so a value refused here came from the header
        exchange.checked(CosConstants.ACL, acl, new ObjectWriteOptions()::setAcl);
        return acl;
    }

    private static String headerOrOption(CosExchange exchange, String header, String option) {
        String value = exchange.header(header, String.class);
        return value != null ? value : option;
    }

    private static Map<String, String> userMetadata(CosExchange exchange) {
        Map<?, ?> given = exchange.header(CosConstants.METADATA, Map.class);
        if (given == null) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        given.forEach((name, value) -> metadata.put(String.valueOf(name), value == null ? "" : value.toString()));
        return exchange.checked(CosConstants.METADATA, metadata, CosValidation::metadata);
    }
}
