package dev.camelcos.component;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bad option fails the route at start, with a message that names the option.
 */
class CosEndpointValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cos:examplebucket-1250000000?partSize=-1                  | partSize",
            "cos:examplebucket-1250000000?partSize=1000                | partSize",
            "cos:examplebucket-1250000000?copyPartSize=1               | copyPartSize",
            "cos:examplebucket-1250000000?multipartThreshold=-5        | multipartThreshold",
            "cos:examplebucket-1250000000?multipartCopyThreshold=-5    | multipartCopyThreshold",
            "cos:examplebucket-1250000000?uploadConcurrency=0          | uploadConcurrency",
            "cos:examplebucket-1250000000?downloadConcurrency=0        | downloadConcurrency",
            "cos:examplebucket-1250000000?connectTimeout=-1            | connectTimeout",
            "cos:examplebucket-1250000000?maxConnections=0             | maxConnections",
            "cos:examplebucket-1250000000?maxRetries=-1                | maxRetries",
            "cos:ExampleBucket-1250000000                              | bucketName",
            "cos:examplebucket                                         | bucketName",
            "cos:-examplebucket-1250000000                             | bucketName",
            "cos:examplebucket--1250000000                             | bucketName",
            "cos:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1250000000 | bucketName",
            "cos:examplebucket-1250000000?region=AP_Guangzhou          | region",
            "cos:examplebucket-1250000000?endpoint=ftp://127.0.0.1:9000 | endpoint",
            "cos:examplebucket-1250000000?endpoint=127.0.0.1:9000      | endpoint",
            "cos:examplebucket-1250000000?storageClass=COLD            | storageClass",
            "cos:examplebucket-1250000000?acl=public                   | acl",
            "cos:examplebucket-1250000000?serverSideEncryption=SM4     | serverSideEncryption",
            "cos:examplebucket-1250000000?kmsKeyId=abc                 | kmsKeyId",
    })
    void badOptionFailsTheRouteAtStart(String uri, String option) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to(uri);
                }
            });
            Throwable failure = catchThrowable(context::start);
            assertThat(failure).as("starting a route to " + uri).isNotNull();
            Throwable root = rootCause(failure);
            assertThat(root).isInstanceOf(IllegalArgumentException.class);
            assertThat(root.getMessage()).contains("cos option " + option);
        }
    }

    @Test
    void goodOptionsStart() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("cos:examplebucket-1250000000?region=ap-guangzhou"
                                            + "&endpoint=http://127.0.0.1:9000&partSize=1048576&storageClass=STANDARD_IA"
                                            + "&acl=public-read&serverSideEncryption=cos/kms&kmsKeyId=k1"
                                            + "&secretId=AKIDexample&secretKey=exampleKey");
                }
            });
            context.start();
            assertThat(context.getRouteController().getRouteStatus(context.getRoutes().get(0).getId()).isStarted())
                    .isTrue();
        }
    }

    @Test
    void validateNamesTheRule() {
        CosConfiguration configuration = new CosConfiguration();
        configuration.setBucketName("examplebucket-1250000000");
        configuration.validate();

        configuration.setPartSize(-1);
        assertThatThrownBy(configuration::validate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partSize").hasMessageContaining("must be between 1 MiB");
        configuration.setPartSize(6L * 1024 * 1024 * 1024);
        assertThatThrownBy(configuration::validate).hasMessageContaining("partSize").hasMessageContaining("5 GiB");
        configuration.setPartSize(8L * 1024 * 1024);

        configuration.setCustomerSecretKey("c2VjcmV0");
        configuration.setServerSideEncryption("AES256");
        assertThatThrownBy(configuration::validate).hasMessageContaining("customerSecretKey")
                .hasMessageNotContaining("c2VjcmV0");

        configuration.setServerSideEncryption(null);
        configuration.validate();
        configuration.setBucketName(null);
        assertThatThrownBy(configuration::validate).hasMessageContaining("bucketName").hasMessageContaining("required");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
