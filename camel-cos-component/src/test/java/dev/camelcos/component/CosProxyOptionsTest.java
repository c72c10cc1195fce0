package dev.camelcos.component;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.network.ForwardProxy;
import dev.camelcos.emulator.CosEmulator;
import okhttp3.Credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proxy and trust store options of an endpoint, as a route sets them. */
class CosProxyOptionsTest {

    private static final String BUCKET = "proxyroute-1250000000";
    private static final String PASSWORD = "route-proxy-pa55";

    @TempDir
    Path dir;

    private CosEmulator emulator;
    private ForwardProxy proxy;
    private CamelContext context;

    @BeforeEach
    void start() throws IOException {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        proxy = new ForwardProxy(ForwardProxy.Kind.HTTP, Credentials.basic("routes", PASSWORD));
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() throws IOException {
        context.stop();
        proxy.close();
        emulator.close();
    }

    private String uri(String options) {
        return "cos:" + BUCKET + "?endpoint=RAW(" + emulator.endpoint() + ")&region=" + emulator.region()
               + "&secretId=RAW(" + emulator.secretId() + ")&secretKey=RAW(" + emulator.secretKey() + ")"
               + "&operation=putObject&keyName=via-proxy.txt" + options;
    }

    @Test
    void aRouteWritesThroughTheAuthenticatingProxyAndNeverShowsItsPassword() {
        String uri = uri("&proxyHost=127.0.0.1&proxyPort=" + proxy.port() + "&proxyUsername=routes"
                         + "&proxyPassword=RAW(" + PASSWORD + ")");

        context.createProducerTemplate().sendBody(uri, "via the proxy");

        assertThat(proxy.asked()).anySatisfy(a -> assertThat(a.requestLine()).startsWith("PUT ")
                .contains("/" + BUCKET + "/via-proxy.txt"));
        assertThat(context.getEndpoint(uri).toString()).doesNotContain(PASSWORD);
        assertThat(emulator.requests()).anySatisfy(r -> assertThat(r.key()).isEqualTo("via-proxy.txt"));
    }

    @Test
    void incompleteOrContradictoryProxyOptionsFailTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> start(uri("&proxyPort=3128"))).hasStackTraceContaining("proxyPort=3128: needs proxyHost");
        assertThatThrownBy(() -> start(uri("&proxyHost=127.0.0.1")))
                .hasStackTraceContaining("proxyPort=null: must be from 1 to 65535");
        assertThatThrownBy(() -> start(uri("&proxyHost=127.0.0.1&proxyPort=1080&proxyProtocol=SOCKS"
                                            + "&proxyUsername=u&proxyPassword=RAW(" + PASSWORD + ")")))
                .hasStackTraceContaining("proxyProtocol=HTTP only").satisfies(e -> assertThat(
                        org.apache.camel.util.ObjectHelper.getException(Exception.class, e).toString())
                        .doesNotContain(PASSWORD));
        assertThatThrownBy(() -> start(uri("&proxyHost=127.0.0.1&proxyPort=3128&proxyProtocol=HTTPS")))
                .hasStackTraceContaining("proxyProtocol=HTTPS: must be one of HTTP, SOCKS");
        assertThatThrownBy(() -> start(uri("&trustStore=" + dir.resolve("missing.p12"))))
                .hasStackTraceContaining("trustStore=" + dir.resolve("missing.p12"));
        assertThat(emulator.requests()).isEmpty();
    }

    private void start(String uri) throws Exception {
        context.getEndpoint(uri).createProducer().start();
    }
}
