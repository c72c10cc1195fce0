package dev.camelcos.component.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object operations of routes/object-operations.yaml against the emulator. */
class YamlObjectOperationsTest extends EmulatorRouteTestSupport {

    @Override
    protected List<String> routeFiles() {
        return List.of("object-operations.yaml");
    }

    @Test
    void putObjectStoresTheBodyWithTheContentTypeTheRouteSets() throws IOException {
        Exchange result = template.request("direct:putObject", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "put/hello.txt");
            e.getMessage().setBody("Hello from YAML");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();
        try (CosObject object = cos.getObject(new GetObjectRequest(BUCKET, "put/hello.txt"))) {
            assertThat(object.getContent().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("Hello from YAML");
            assertThat(object.getMetadata().getContentType()).isEqualTo("text/plain; charset=utf-8");
        }
    }

    @Test
    void getObjectGivesTheContentAsText() {
        putText(BUCKET, "get/greeting.txt", "Nǐ hǎo, COS");

        String body = template.requestBodyAndHeader("direct:getObject", null, CosConstants.KEY, "get/greeting.txt",
                String.class);

        assertThat(body).isEqualTo("Nǐ hǎo, COS");
    }

    @Test
    void headObjectGivesTheObjectsDetailsAsHeaders() {
        putText(BUCKET, "head/data.bin", "0123456789");

        Exchange result = template.request("direct:headObject",
                e -> e.getMessage().setHeader(CosConstants.KEY, "head/data.bin"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.CONTENT_LENGTH, Long.class)).isEqualTo(10L);
        assertThat(result.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();
    }

    @Test
    void copyObjectCopiesTheKeyIntoTheOtherBucket() throws IOException {
        putText(BUCKET, "copy/report.csv", "a,b\n1,2\n");

        Exchange result = template.request("direct:copyObject",
                e -> e.getMessage().setHeader(CosConstants.KEY, "copy/report.csv"));

        assertThat(result.getException()).isNull();
        assertThat(readText(OTHER_BUCKET, "copy/report.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(readText(BUCKET, "copy/report.csv")).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void deleteObjectRemovesTheKey() {
        putText(BUCKET, "delete/old.txt", "old");

        template.sendBodyAndHeader("direct:deleteObject", null, CosConstants.KEY, "delete/old.txt");

        assertThatThrownBy(() -> readText(BUCKET, "delete/old.txt")).isInstanceOf(CosServiceException.class)
                .satisfies(e -> assertThat(((CosServiceException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void deleteObjectsRemovesEveryListedKeyAndNoOther() {
        putText(BUCKET, "batch/1.txt", "1");
        putText(BUCKET, "batch/2.txt", "2");
        putText(BUCKET, "batch/keep.txt", "keep");

        Exchange result = template.request("direct:deleteObjects", e -> e.getMessage().setBody("batch/1.txt\nbatch/2.txt"));

        assertThat(result.getException()).isNull();
        assertThat(keys(BUCKET, "batch/")).containsExactly("batch/keep.txt");
    }

    @Test
    void listObjectsSplitsTheListingIntoKeys() {
        for (int i = 0; i < 5; i++) {
            putText(BUCKET, "list/" + i + ".txt", "item " + i);
        }
        putText(BUCKET, "other/x.txt", "not listed");

        List<?> listed = template.requestBodyAndHeader("direct:listObjects", null, CosConstants.PREFIX, "list/", List.class);
        List<Object> keys = List.copyOf(listed);

        assertThat(keys).containsExactly("list/0.txt", "list/1.txt", "list/2.txt", "list/3.txt", "list/4.txt");
    }
}
