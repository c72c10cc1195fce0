package dev.camelcos.component;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CosProducerTest extends CamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("cos:examplebucket-1250000000?region=ap-guangzhou&operation=getObject");
            }
        };
    }

    @Test
    void unknownOperationHeaderFailsTheExchangeListingTheValidValues() {
        Exchange result = template.send("direct:start", e -> e.getMessage().setHeader(CosConstants.OPERATION, "fetch"));
        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fetch")
                .hasMessageContaining(CosOperation.validValues());
    }

    @Test
    void operationHeaderOverridesEndpointOption() {
        Exchange result = template.send("direct:start",
                e -> e.getMessage().setHeader(CosConstants.OPERATION, CosOperation.headObject));
        assertThat(result.getException()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("headObject").hasMessageContaining("not wired yet");

        result = template.send("direct:start", e -> e.getMessage().setHeader(CosConstants.OPERATION, "deleteObject"));
        assertThat(result.getException()).hasMessageContaining("deleteObject");
    }

    @Test
    void endpointOperationIsUsedWithoutHeader() {
        assertThatThrownBy(() -> template.sendBody("direct:start", "hello"))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(UnsupportedOperationException.class)
                .cause().hasMessageContaining("getObject").hasMessageContaining("not wired yet");
    }
}
