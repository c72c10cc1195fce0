package dev.camelcos.component;

import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route whose URI alone says where COS is and how to sign in, as a user would write it, with nothing configured on
 * the component.
 */
class CosUriEndToEndTest extends CamelTestSupport {

    static CosEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = CosEmulator.builder().credentials("AKIDendToEnd", "endToEndSecret")
                .bucket("examplebucket-1250000000").start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cos")
                        .to("cos:examplebucket-1250000000?region=ap-guangzhou&endpoint=http://127.0.0.1:" + emulator.port()
                            + "&secretId=AKIDendToEnd&secretKey=endToEndSecret");
                from("direct:read")
                        .to("cos:examplebucket-1250000000?region=ap-guangzhou&endpoint=http://127.0.0.1:" + emulator.port()
                            + "&secretId=AKIDendToEnd&secretKey=endToEndSecret&operation=getObject")
                        .convertBodyTo(String.class);
            }
        };
    }

    private Object send(CosOperation operation, Object body, String key) {
        return template.requestBodyAndHeaders("direct:cos", body,
                Map.of(CosConstants.OPERATION, operation.name(), CosConstants.KEY, key));
    }

    @Test
    void writesReadsListsCopiesAndDeletesThroughTheUriAlone() {
        send(CosOperation.putObject, "end to end", "e2e/original.txt");
        assertThat(template.requestBodyAndHeader("direct:read", null, CosConstants.KEY, "e2e/original.txt"))
                .isEqualTo("end to end");

        template.requestBodyAndHeaders("direct:cos", null, Map.of(CosConstants.OPERATION, "copyObject",
                CosConstants.KEY, "e2e/copy.txt", CosConstants.COPY_SOURCE_KEY, "e2e/original.txt"));
        List<?> listed = template.requestBodyAndHeaders("direct:cos", null, Map.of(
                CosConstants.OPERATION, "listObjects", CosConstants.PREFIX, "e2e/", CosConstants.MAX_KEYS, 10),
                List.class);
        assertThat(listed).extracting(o -> ((ObjectSummary) o).getKey())
                .containsExactly("e2e/copy.txt", "e2e/original.txt");

        send(CosOperation.deleteObject, null, "e2e/original.txt");
        send(CosOperation.deleteObject, null, "e2e/copy.txt");
        assertThat(emulator.requests()).extracting(r -> r.method() + " " + r.key()).containsSubsequence(
                "PUT e2e/original.txt", "GET e2e/original.txt", "PUT e2e/copy.txt", "GET null",
                "DELETE e2e/original.txt", "DELETE e2e/copy.txt");
    }
}
