package dev.camelcos.examples.main;

import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import dev.camelcos.component.CosConstants;

/**
 * The Java half of the examples: picks up each new object under the run's prefix, writes it to the output folder
 * under its name without the prefix, and deletes it from the bucket once written.
 */
public final class ReceiveRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("cos:{{example.bucket}}?prefix={{example.prefix}}&deleteAfterRead=true&delay=200")
                .routeId("receive-objects")
                .setHeader(Exchange.FILE_NAME,
                        header(CosConstants.KEY).regexReplaceAll("^" + Pattern.quote(prefix()), ""))
                .to("file:{{example.output}}")
                .log(LoggingLevel.INFO, ExampleRun.LOG_NAME,
                        "Received ${header.CamelCosKey} (${header.CamelCosContentLength} bytes)")
                .bean(Transfers.BEAN_NAME, "received");
    }

    private String prefix() {
        return getContext().resolvePropertyPlaceholders("{{example.prefix}}");
    }
}
