package dev.camelcos.component.yaml;

import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;

/** The object operations of docs/yaml.md against the emulator. */
class YamlObjectOperationsTest extends YamlRouteTestSupport {

    @Override
    protected List<String> documentedRoutes() {
        return List.of("put-object", "get-object", "head-object", "copy-object-to-archive", "delete-object", "delete-prefix", "list-keys");
    }

    @Test
    void putObjectStoresTheBodyWithTheContentTypeTheRouteSets() {
        Exchange result = template.request("direct:putObject", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "put/hello.txt");
            e.getMessage().setBody("Hello from YAML");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();
        assertThat(sdkRead(BUCKET, "put/hello.txt")).isEqualTo("Hello from YAML");
        assertThat(sdk.getObjectMetadata(BUCKET, "put/hello.txt").getContentType())
                .isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void getObjectGivesTheContentAsText() {
        sdkPut(BUCKET, "get/greeting.txt", "Nǐ hǎo, COS");

        String body = template.requestBodyAndHeader("direct:getObject", null, CosConstants.KEY, "get/greeting.txt",
                String.class);

        assertThat(body).isEqualTo("Nǐ hǎo, COS");
    }

    @Test
    void headObjectGivesTheObjectsDetailsAsHeaders() {
        sdkPut(BUCKET, "head/data.bin", "0123456789");

        Exchange result = template.request("direct:headObject",
                e -> e.getMessage().setHeader(CosConstants.KEY, "head/data.bin"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.CONTENT_LENGTH, Long.class)).isEqualTo(10L);
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();
    }

    @Test
    void copyObjectCopiesTheKeyIntoTheOtherBucket() {
        sdkPut(BUCKET, "copy/report.csv", "a,b\n1,2\n");

        Exchange result = template.request("direct:copyObject",
                e -> e.getMessage().setHeader(CosConstants.KEY, "copy/report.csv"));

        assertThat(result.getException()).isNull();
        assertThat(sdkRead(OTHER_BUCKET, "copy/report.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(sdkRead(BUCKET, "copy/report.csv")).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void deleteObjectRemovesTheKey() {
        sdkPut(BUCKET, "delete/old.txt", "old");

        Exchange result = template.request("direct:deleteObject",
                e -> e.getMessage().setHeader(CosConstants.KEY, "delete/old.txt"));

        assertThat(result.getException()).isNull();
        assertThat(sdk.doesObjectExist(BUCKET, "delete/old.txt")).isFalse();
    }

    @Test
    void deleteObjectsRemovesEveryObjectUnderThePrefixAndNoOther() {
        for (int i = 0; i < 5; i++) {
            sdkPut(BUCKET, "batch/" + i + ".txt", "batch " + i);
        }
        sdkPut(BUCKET, "batch-kept/keep.txt", "keep");

        Exchange result = template.request("direct:deletePrefix",
                e -> e.getMessage().setHeader(CosConstants.PREFIX, "batch/"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.DELETED_KEYS, List.class)).hasSize(5);
        assertThat(sdkKeys(BUCKET, "batch")).containsExactly("batch-kept/keep.txt");
    }

    @Test
    void listObjectsSplitsTheListingIntoKeys() {
        for (int i = 0; i < 5; i++) {
            sdkPut(BUCKET, "list/" + i + ".txt", "item " + i);
        }
        sdkPut(BUCKET, "other/x.txt", "not listed");

        List<?> listed = template.requestBodyAndHeader("direct:listObjects", null, CosConstants.PREFIX, "list/", List.class);
        List<Object> keys = List.copyOf(listed);

        assertThat(keys).containsExactly("list/0.txt", "list/1.txt", "list/2.txt", "list/3.txt", "list/4.txt");
    }
}
