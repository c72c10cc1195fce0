package dev.camelcos.component;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CosProducerTest extends EmulatorRouteTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("cos:examplebucket-1250000000?region=ap-guangzhou&operation=getObject")
                        .convertBodyTo(String.class);
            }
        };
    }

    @Test
    void unknownOperationHeaderFailsTheExchangeListingTheValidValues() {
        emulator.clearRequests();

        Exchange result = template.send("direct:start", e -> e.getMessage().setHeader(CosConstants.OPERATION, "fetch"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fetch")
                .hasMessageContaining(CosOperation.validValues());
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void operationHeaderOverridesEndpointOption() {
        sdkPut(BUCKET, "producer/headed.txt", "content");

        Exchange result = template.send("direct:start", e -> {
            e.getMessage().setHeader(CosConstants.OPERATION, CosOperation.headObject);
            e.getMessage().setHeader(CosConstants.KEY, "producer/headed.txt");
            e.getMessage().setBody("body before");
        });
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).as("headObject, not getObject, ran").isEqualTo("body before");
        assertThat(result.getMessage().getHeader(CosConstants.CONTENT_LENGTH)).isEqualTo(7L);

        result = template.send("direct:start", e -> {
            e.getMessage().setHeader(CosConstants.OPERATION, "deleteObject");
            e.getMessage().setHeader(CosConstants.KEY, "producer/headed.txt");
        });
        assertThat(result.getException()).isNull();
        assertThat(sdk.doesObjectExist(BUCKET, "producer/headed.txt")).isFalse();
    }

    @Test
    void endpointOperationIsUsedWithoutHeader() {
        sdkPut(BUCKET, "producer/read.txt", "hello");

        assertThat(template.requestBodyAndHeader("direct:start", null, CosConstants.KEY, "producer/read.txt"))
                .isEqualTo("hello");
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:start", null, CosConstants.KEY, "producer/none"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().hasMessageContaining("NoSuchKey");
    }
}
