package dev.camelcos.examples.springboot;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import dev.camelcos.component.CosConstants;
import dev.camelcos.examples.main.ExampleRun;
import dev.camelcos.examples.main.Transfers;

/**
 * Uploads every file of the input folder under the run's prefix. The upload operation (the default) sends small
 * files in one request and large ones as parts in parallel.
 */
@Component
final class UploadRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{example.input}}?noop=true")
                .routeId("upload-files")
                .setHeader(CosConstants.KEY, simple("{{example.prefix}}${header.CamelFileName}"))
                .to("cos:{{example.bucket}}")
                .log(LoggingLevel.INFO, ExampleRun.LOG_NAME,
                        "Uploaded ${header.CamelFileName} as ${header.CamelCosKey}")
                .bean(Transfers.BEAN_NAME, "uploaded");
    }
}
