package dev.camelcos.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component JSON generated at build time by camel-component-maven-plugin documents every option and header.
 */
class CosComponentJsonTest {

    static final String JSON_PATH = "META-INF/dev/camelcos/component/cos.json";

    static final List<String> OPTIONS = List.of(
            "bucketName", "region", "endpoint", "autoCreateBucket",
            "secretId", "secretKey", "sessionToken",
            "operation", "keyName", "storageClass", "acl", "serverSideEncryption", "kmsKeyId",
            "kmsEncryptionContext", "customerSecretKey",
            "multipartThreshold", "partSize", "uploadConcurrency", "multipartCopyThreshold", "copyPartSize",
            "downloadConcurrency", "adaptiveConcurrency", "maxConcurrency",
            "connectTimeout", "readTimeout", "writeTimeout", "maxConnections", "maxRetries");

    static final List<String> SECRET_OPTIONS = List.of("secretId", "secretKey", "sessionToken", "customerSecretKey");

    static final List<String> HEADERS = List.of(
            // in
            "CamelCosOperation", "CamelCosKey", "CamelCosBucketName", "CamelCosContentType", "CamelCosContentLength",
            "CamelCosContentMD5", "CamelCosCacheControl", "CamelCosContentDisposition", "CamelCosContentEncoding",
            "CamelCosExpires", "CamelCosMetadata", "CamelCosStorageClass", "CamelCosAcl", "CamelCosRange",
            "CamelCosIfMatch", "CamelCosIfNoneMatch", "CamelCosIfModifiedSince", "CamelCosIfUnmodifiedSince",
            "CamelCosVersionId", "CamelCosCopySourceBucketName", "CamelCosCopySourceRegion", "CamelCosCopySourceKey",
            "CamelCosCopySourceVersionId", "CamelCosCopySourceRange", "CamelCosMetadataDirective", "CamelCosUploadId",
            "CamelCosPartNumber", "CamelCosParts", "CamelCosPrefix", "CamelCosDelimiter", "CamelCosMarker",
            "CamelCosMaxKeys", "CamelCosKeysToDelete", "CamelCosRestoreDays", "CamelCosRestoreTier", "CamelCosOrigin",
            "CamelCosAccessControlRequestMethod", "CamelCosAccessControlRequestHeaders", "CamelCosLinkExpiration",
            "CamelCosDownloadPath", "CamelCosUploadIdMarker", "CamelCosOverrideBucketName", "CamelCosBodyLength",
            "CamelCosOverrideStorageClass",
            // out
            "CamelCosETag", "CamelCosLastModified", "CamelCosCrc64", "CamelCosRequestId", "CamelCosNextMarker",
            "CamelCosIsTruncated", "CamelCosAccessControlAllowOrigin", "CamelCosAccessControlAllowMethods",
            "CamelCosAccessControlAllowHeaders", "CamelCosAccessControlExposeHeaders", "CamelCosAccessControlMaxAge",
            "CamelCosCommonPrefixes", "CamelCosDeletedKeys", "CamelCosFailedKeys", "CamelCosContentRange",
            "CamelCosRestore", "CamelCosNextUploadIdMarker",
            "CamelCosFormExpiration", "CamelCosFormMinSize", "CamelCosFormMaxSize", "CamelCosFormSuccessActionStatus",
            "CamelCosFormSuccessActionRedirect");

    static JsonObject json;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CosComponentJsonTest.class.getClassLoader().getResourceAsStream(JSON_PATH)) {
            assertThat(in).as("generated " + JSON_PATH + " on the classpath").isNotNull();
            json = (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static JsonObject obj(JsonObject parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(JsonObject.class);
        return (JsonObject) value;
    }

    @Test
    void describesTheComponent() {
        JsonObject component = obj(json, "component");
        assertThat(component.getString("scheme")).isEqualTo("cos");
        assertThat(component.getString("syntax")).isEqualTo("cos:bucketName");
        assertThat(component.getString("title")).isEqualTo("Tencent Cloud COS");
        assertThat(component.getString("javaType")).isEqualTo(CosComponent.class.getName());
        assertThat(component.getString("label")).isEqualTo("cloud,file");
        assertThat(component.getString("description")).isNotBlank();
    }

    @Test
    void everyEndpointOptionIsListedWithADescription() {
        JsonObject properties = obj(json, "properties");
        assertThat(properties.keySet()).containsAll(OPTIONS);
        properties.forEach((name, value) -> assertThat(((Map<?, ?>) value).get("description"))
                .as("description of option " + name).asString().isNotBlank());
        JsonObject bucket = obj(properties, "bucketName");
        assertThat(bucket.getString("kind")).isEqualTo("path");
        assertThat(bucket.getBoolean("required")).isTrue();
        assertThat(obj(properties, "operation").getString("defaultValue")).isEqualTo("upload");
        assertThat((java.util.Collection<Object>) obj(properties, "operation").getCollection("enum")).hasSize(CosOperation.values().length);
        assertThat((java.util.Collection<Object>) obj(properties, "storageClass").getCollection("enum")).hasSize(8);
        assertThat((java.util.Collection<Object>) obj(properties, "acl").getCollection("enum"))
                .containsExactly("private", "public-read", "public-read-write", "default");
    }

    @Test
    void everyConfigurationOptionIsAlsoAComponentOption() {
        JsonObject componentProperties = obj(json, "componentProperties");
        assertThat(componentProperties.keySet()).contains("configuration");
        assertThat(componentProperties.keySet()).containsAll(OPTIONS.subList(1, OPTIONS.size()));
        componentProperties.forEach((name, value) -> assertThat(((Map<?, ?>) value).get("description"))
                .as("description of component option " + name).asString().isNotBlank());
    }

    @Test
    void secretOptionsAreMarkedSecret() {
        JsonObject properties = obj(json, "properties");
        for (String option : SECRET_OPTIONS) {
            assertThat(obj(properties, option).getBoolean("secret")).as(option + " secret").isTrue();
        }
        assertThat(obj(properties, "region").getBoolean("secret")).isFalse();
    }

    @Test
    void everyHeaderIsListedWithADescriptionAndType() {
        JsonObject headers = obj(json, "headers");
        assertThat(headers.keySet()).containsExactlyInAnyOrderElementsOf(HEADERS);
        headers.forEach((name, value) -> {
            Map<?, ?> header = (Map<?, ?>) value;
            assertThat(header.get("description")).as("description of header " + name).asString().isNotBlank();
            assertThat(header.get("javaType")).as("javaType of header " + name).asString().isNotBlank();
        });
    }
}
