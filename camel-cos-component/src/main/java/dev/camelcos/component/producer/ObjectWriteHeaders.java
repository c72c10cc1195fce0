package dev.camelcos.component.producer;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.ServerSideEncryption;
import dev.camelcos.client.model.StorageClass;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;

/**
 * What a message says about an object to write: its content headers and user metadata, and how it is stored (storage
 * class and ACL from the headers, else the endpoint's options; encryption from the endpoint's options).
 */
final class ObjectWriteHeaders {

    private ObjectWriteHeaders() {
    }

    static ObjectMetadata metadata(CosExchange exchange) {
        ObjectMetadata metadata = new ObjectMetadata()
                .setContentType(exchange.header(CosConstants.CONTENT_TYPE, String.class))
                .setContentMd5(exchange.header(CosConstants.CONTENT_MD5, String.class))
                .setCacheControl(exchange.header(CosConstants.CACHE_CONTROL, String.class))
                .setContentDisposition(exchange.header(CosConstants.CONTENT_DISPOSITION, String.class))
                .setContentEncoding(exchange.header(CosConstants.CONTENT_ENCODING, String.class))
                .setExpires(exchange.header(CosConstants.EXPIRES, String.class));
        Map<?, ?> user = exchange.header(CosConstants.METADATA, Map.class);
        if (user != null) {
            Map<String, String> names = new LinkedHashMap<>();
            user.forEach((name, value) -> names.put(String.valueOf(name), String.valueOf(value)));
            metadata.setUserMetadata(names);
        }
        return metadata;
    }

    static ObjectWriteOptions writeOptions(CosExchange exchange) {
        CosConfiguration configuration = exchange.configuration();
        String storageClass = exchange.header(CosConstants.STORAGE_CLASS, String.class);
        String acl = exchange.header(CosConstants.ACL, String.class);
        return new ObjectWriteOptions()
                .setStorageClass(StorageClass.parse(storageClass != null ? storageClass
                        : configuration.getStorageClass()))
                .setAcl(acl != null ? acl : configuration.getAcl())
                .setEncryption(ServerSideEncryption.of(configuration.getServerSideEncryption(),
                        configuration.getKmsKeyId(), configuration.getKmsEncryptionContext(),
                        configuration.getCustomerKey()));
    }
}
