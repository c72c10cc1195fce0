package dev.camelcos.component.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A bad consumer option fails the route at start, before any request, with a message naming the option. */
class CosConsumerValidationTest {

    private static final String BASE = "examplebucket-1250000000?secretId=AKIDx&secretKey=k";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cos:?region=ap-guangzhou                                  | bucketName",
            "cos:examplebucket-1250000000?secretId=AKIDx&secretKey=k   | region",
            "cos:" + BASE + "&region=ap-guangzhou&prefix=/incoming/    | prefix",
            "cos:" + BASE + "&region=ap-guangzhou&include=([a-z        | include",
            "cos:" + BASE + "&region=ap-guangzhou&exclude=*.tmp        | exclude",
            "cos:" + BASE + "&region=ap-guangzhou&maxMessagesPerPoll=-1 | maxMessagesPerPoll",
            "cos:" + BASE + "&region=ap-guangzhou&listPageSize=0       | listPageSize",
            "cos:" + BASE + "&region=ap-guangzhou&listPageSize=1001    | listPageSize",
            "cos:" + BASE + "&region=ap-guangzhou&minAge=-5000         | minAge",
            "cos:" + BASE + "&region=ap-guangzhou&readAhead=-1         | readAhead",
            "cos:" + BASE + "&region=ap-guangzhou&readAhead=65         | readAhead",
            "cos:" + BASE + "&region=ap-guangzhou&maxConnections=8&readAhead=5 | readAhead",
            "cos:" + BASE + "&region=ap-guangzhou&claimLease=-1        | claimLease",
            "cos:" + BASE + "&region=ap-guangzhou&claimLease=500       | claimLease",
            "cos:" + BASE + "&region=ap-guangzhou&restoreArchived=true&restoreArchivedDays=0 | restoreArchivedDays",
            "cos:" + BASE + "&region=ap-guangzhou&restoreArchivedTier=Fast | restoreArchivedTier",
            "cos:" + BASE + "&region=ap-guangzhou&destinationPrefix=done/ | destinationPrefix",
            "cos:" + BASE + "&region=ap-guangzhou&moveAfterRead=true&destinationBucket=Not_A_Bucket | destinationBucket",
            "cos:" + BASE + "&region=ap-guangzhou&moveAfterRead=true&destinationPrefix=/done/ | destinationPrefix",
            "cos:" + BASE + "&region=ap-guangzhou&moveAfterRead=true    | destinationPrefix",
            "cos:" + BASE + "&region=ap-guangzhou&moveAfterRead=true&prefix=in/&destinationPrefix=in/done/ | destinationPrefix",
    })
    void badConsumerOptionFailsTheRouteAtStart(String uri, String option) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).to("mock:out");
                }
            });
            Throwable failure = catchThrowable(context::start);
            assertThat(failure).as("starting a route from " + uri).isNotNull();
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(IllegalArgumentException.class);
            assertThat(root.getMessage()).contains("cos option " + option);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "prefix=in/&delimiter=/&moveAfterRead=true&destinationPrefix=in/done/",
            "prefix=in/&moveAfterRead=true&destinationPrefix=done/",
            "prefix=in/&moveAfterRead=true&destinationBucket=otherbucket-1250000000",
            "endpoint=http://127.0.0.1:9&include=.*\\.csv&exclude=tmp/.*&minAge=5m&maxMessagesPerPoll=0",
            "endpoint=http://127.0.0.1:9&claimLease=1s",
    })
    void goodConsumerOptionsStart(String options) throws Exception {
        String region = options.contains("endpoint=") ? "" : "&region=ap-guangzhou";
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // a long initial delay: the route must start, it need not reach any server
                    from("cos:" + BASE + region + "&initialDelay=600000&" + options).to("mock:out");
                }
            });
            context.start();
            assertThat(context.getRouteController().getRouteStatus(context.getRoutes().get(0).getId()).isStarted())
                    .isTrue();
        }
    }
}
