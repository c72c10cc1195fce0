package dev.camelcos.component;

import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CosEndpointSecretsAndConfigurationTest extends CamelTestSupport {

    static final String SECRET_ID = "AKIDsecretIdValue123";
    static final String SECRET_KEY = "topSecretKeyValue456";
    static final String SESSION_TOKEN = "sessionTokenValue789";
    static final String CUSTOMER_SECRET_KEY = "customerSecretKeyValueABC";

    static final String SECRET_URI = "cos:examplebucket-1250000000?region=ap-guangzhou&secretId=" + SECRET_ID
                                     + "&secretKey=" + SECRET_KEY + "&sessionToken=" + SESSION_TOKEN
                                     + "&customerSecretKey=RAW(" + CUSTOMER_SECRET_KEY + ")&keyName=a.txt";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        // getEndpoint starts endpoints in a started context, and an endpoint needs a region and credentials to start
        CamelContext context = super.createCamelContext();
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setRegion("ap-guangzhou");
        defaults.setSecretId("AKIDcomponentId");
        defaults.setSecretKey("componentSecret");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret").to(SECRET_URI);
            }
        };
    }

    @Test
    void toStringAndRouteDumpDoNotShowSecrets() {
        CosEndpoint endpoint = context.getEndpoint(SECRET_URI, CosEndpoint.class);
        // the endpoint keeps the real values
        assertThat(endpoint.getConfiguration().getSecretKey()).isEqualTo(SECRET_KEY);
        assertThat(endpoint.getConfiguration().getCustomerSecretKey()).isEqualTo(CUSTOMER_SECRET_KEY);

        Route route = context.getRoute("secret");
        String dump = endpoint + "\n" + route + "\n" + route.getProcessor() + "\n" + context.getEndpoints();
        assertThat(dump).contains("cos://examplebucket-1250000000").contains("keyName=a.txt")
                .contains("secretKey=xxxxxx");
        for (String secret : new String[] { SECRET_ID, SECRET_KEY, SESSION_TOKEN, CUSTOMER_SECRET_KEY }) {
            assertThat(dump).doesNotContain(secret);
        }
    }

    @Test
    void everySecretOptionIsMaskedByCamel() {
        // the endpoint relies on Camel's sanitizer, which masks an option only if its name contains a sensitive word
        Set<String> secretOptions = new CosEndpointUriFactory().secretPropertyNames();
        assertThat(secretOptions)
                .containsExactlyInAnyOrder("secretId", "secretKey", "sessionToken", "customerSecretKey", "proxyUsername",
                        "proxyPassword", "trustStorePassword");
        for (String option : secretOptions) {
            // a proxy to authenticate with, so that the proxy credentials are valid options
            String partner = switch (option) {
                case "proxyUsername" -> "&proxyPassword=other";
                case "proxyPassword" -> "&proxyUsername=other";
                default -> "";
            };
            String uri = "cos:examplebucket-1250000000?keyName=a.txt&proxyHost=proxy.internal&proxyPort=3128&" + option
                         + "=RAW(v4lue&with=specials)" + partner;
            assertThat(URISupport.sanitizeUri(uri)).as(option).contains(option + "=xxxxxx").doesNotContain("v4lue");
            assertThat(context.getEndpoint(uri).toString()).as(option).contains(option + "=xxxxxx")
                    .contains("keyName=a.txt").doesNotContain("v4lue");
        }
    }

    @Test
    void componentOptionsAreCopiedIntoEndpointsAndCanBeOverridden() throws Exception {
        CosComponent component = context.getComponent("cos", CosComponent.class);
        // set through the generated configurer, as camel.component.cos.* properties would
        CosComponentConfigurer configurer = new CosComponentConfigurer();
        configurer.configure(context, component, "region", "ap-beijing", true);
        configurer.configure(context, component, "partSize", "2097152", true);
        configurer.configure(context, component, "secretKey", "componentKey", true);
        configurer.configure(context, component, "operation", "copy", true);

        CosEndpoint inherits = context.getEndpoint("cos:bucketa-1250000000", CosEndpoint.class);
        assertThat(inherits.getConfiguration().getBucketName()).isEqualTo("bucketa-1250000000");
        assertThat(inherits.getConfiguration().getRegion()).isEqualTo("ap-beijing");
        assertThat(inherits.getConfiguration().getPartSize()).isEqualTo(2097152L);
        assertThat(inherits.getConfiguration().getSecretKey()).isEqualTo("componentKey");
        assertThat(inherits.getConfiguration().getOperation()).isEqualTo(CosOperation.copy);

        CosEndpoint overrides = context.getEndpoint(
                "cos:bucketb-1250000000?region=ap-shanghai&partSize=4194304&operation=download", CosEndpoint.class);
        assertThat(overrides.getConfiguration().getRegion()).isEqualTo("ap-shanghai");
        assertThat(overrides.getConfiguration().getPartSize()).isEqualTo(4194304L);
        assertThat(overrides.getConfiguration().getOperation()).isEqualTo(CosOperation.download);
        assertThat(overrides.getConfiguration().getSecretKey()).isEqualTo("componentKey");

        // endpoints got copies: the component configuration and the other endpoint are unchanged
        assertThat(overrides.getConfiguration()).isNotSameAs(component.getConfiguration());
        assertThat(component.getConfiguration().getRegion()).isEqualTo("ap-beijing");
        assertThat(component.getConfiguration().getBucketName()).isNull();
        assertThat(inherits.getConfiguration().getRegion()).isEqualTo("ap-beijing");
    }

    @Test
    void defaults() {
        CosEndpoint endpoint = context.getEndpoint("cos:bucketc-1250000000", CosEndpoint.class);
        CosConfiguration c = endpoint.getConfiguration();
        assertThat(c.getOperation()).isEqualTo(CosOperation.upload);
        assertThat(c.getMultipartThreshold()).isEqualTo(16L * 1024 * 1024);
        assertThat(c.getPartSize()).isEqualTo(8L * 1024 * 1024);
        assertThat(c.getUploadConcurrency()).isEqualTo(4);
        assertThat(c.getMultipartCopyThreshold()).isEqualTo(5L * 1024 * 1024 * 1024);
        assertThat(c.getCopyPartSize()).isEqualTo(64L * 1024 * 1024);
        assertThat(c.getDownloadConcurrency()).isEqualTo(4);
        assertThat(c.getConnectTimeout()).isEqualTo(10000);
        assertThat(c.getReadTimeout()).isEqualTo(60000);
        assertThat(c.getWriteTimeout()).isEqualTo(60000);
        assertThat(c.getMaxConnections()).isEqualTo(64);
        assertThat(c.getMaxRetries()).isEqualTo(3);
        assertThat(c.isAutoCreateBucket()).isFalse();
    }
}
