package com.example.routes;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelcos.component.CosConstants;
import dev.camelcos.test.CosEmulatorExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test of docs/testing.md ("In-process: CosEmulatorExtension"), as a user copies it. */
class UploadRouteTest extends CamelTestSupport {

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket("test-1250000000");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to(cos.uri("test-1250000000", "operation=putObject"));
                from("direct:download").to(cos.uri("test-1250000000", "operation=getObject"))
                        .convertBodyTo(String.class);
            }
        };
    }

    @Test
    void uploadsAndReadsBack() {
        template.sendBodyAndHeader("direct:upload", "hello", CosConstants.KEY, "greetings/hello.txt");

        assertEquals("hello", template.requestBodyAndHeader("direct:download", null,
                CosConstants.KEY, "greetings/hello.txt", String.class));
        // every request the emulator received: method, bucket, key, query
        assertEquals("PUT", cos.emulator().requests().get(0).method());
    }
}
