package dev.camelcos.client.network;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosProxy;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.CosTrustStore;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import okhttp3.Credentials;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client behind a proxy on loopback (HTTP, with and without Basic credentials, and SOCKS5), and against an
 * HTTPS endpoint whose self-signed certificate only the configured trust store vouches for.
 */
class ProxyAndTrustStoreTest {

    private static final String BUCKET = "proxied-1250000000";
    private static final String PROXY_PASSWORD = "proxy-pa55word";

    @TempDir
    static Path keys;

    private static CosEmulator emulator;
    private static Path serverKeyStore;
    private static Path trustStore;

    @BeforeAll
    static void start() throws Exception {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        serverKeyStore = keys.resolve("server.p12");
        trustStore = keys.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", serverKeyStore.toString(),
                "-storetype", "PKCS12", "-storepass", "server-pass", "-keypass", "server-pass");
        Path certificate = keys.resolve("server.cer");
        keytool("-exportcert", "-alias", "server", "-keystore", serverKeyStore.toString(), "-storepass",
                "server-pass", "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(), "-keystore",
                trustStore.toString(), "-storetype", "PKCS12", "-storepass", "trust-pass");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** The JDK's own keytool: a self-signed certificate for 127.0.0.1, made on the spot. */
    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private static CosClientConfig.Builder config(String endpoint) {
        return CosClientConfig.builder().region(emulator.region()).endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(emulator.secretId(), emulator.secretKey()))
                .retryPolicy(RetryPolicy.NONE);
    }

    private static void roundTrip(CosClient client, String key) throws IOException {
        byte[] data = ("through the proxy: " + key).getBytes(StandardCharsets.UTF_8);
        client.putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
        // a one-shot stream too, which could not be sent again after a 407
        client.putObject(new PutObjectRequest(BUCKET, key + ".stream",
                CosRequestBody.of(new ByteArrayInputStream(data), data.length)));
        for (String k : List.of(key, key + ".stream")) {
            try (InputStream in = client.getObject(new GetObjectRequest(BUCKET, k)).getContent()) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
        }
    }

    @Test
    void everyRequestGoesThroughAnHttpProxy() throws Exception {
        try (ForwardProxy proxy = new ForwardProxy(ForwardProxy.Kind.HTTP, null);
             CosClient client = new CosClient(config(emulator.endpoint())
                     .proxy(new CosProxy(Proxy.Type.HTTP, "127.0.0.1", proxy.port(), null, null)).build())) {
            roundTrip(client, "plain.txt");

            assertThat(proxy.asked()).isNotEmpty().allSatisfy(asked -> assertThat(asked.requestLine())
                    .contains(" " + emulator.endpoint() + "/" + BUCKET + "/plain.txt"));
        }
    }

    @Test
    void anAuthenticatingProxyIsRefusedWithoutCredentialsAndPassedWithThem() throws Exception {
        String expected = Credentials.basic("camel", PROXY_PASSWORD);
        try (ForwardProxy proxy = new ForwardProxy(ForwardProxy.Kind.HTTP, expected)) {
            try (CosClient anonymous = new CosClient(config(emulator.endpoint())
                    .proxy(new CosProxy(Proxy.Type.HTTP, "127.0.0.1", proxy.port(), null, null)).build())) {
                assertThatThrownBy(() -> anonymous.headBucket(BUCKET)).isInstanceOfSatisfying(
                        CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(407));
            }
            CosClientConfig config = config(emulator.endpoint())
                    .proxy(new CosProxy(Proxy.Type.HTTP, "127.0.0.1", proxy.port(), "camel", PROXY_PASSWORD)).build();
            try (CosClient client = new CosClient(config)) {
                roundTrip(client, "authenticated.txt");
            }
            assertThat(proxy.asked()).filteredOn(a -> a.requestLine().contains("authenticated.txt"))
                    .isNotEmpty().allSatisfy(a -> assertThat(a.proxyAuthorization()).isEqualTo(expected));
            assertThat(config.toString()).contains("password ***").doesNotContain(PROXY_PASSWORD);
        }
    }

    @Test
    void aSocksProxyCarriesTheRequests() throws Exception {
        try (ForwardProxy proxy = new ForwardProxy(ForwardProxy.Kind.SOCKS, null);
             CosClient client = new CosClient(config(emulator.endpoint())
                     .proxy(new CosProxy(Proxy.Type.SOCKS, "127.0.0.1", proxy.port(), null, null)).build())) {
            roundTrip(client, "socks.txt");

            assertThat(proxy.socksTargets()).isNotEmpty()
                    .allSatisfy(target -> assertThat(target).isEqualTo("127.0.0.1:" + emulator.port()));
        }
    }

    @Test
    void aPrivateEndpointIsTrustedOnlyThroughTheTrustStoreAndTheProxyCredentialsNeverReachIt() throws Exception {
        try (MockWebServer https = httpsServer();
             ForwardProxy proxy = new ForwardProxy(ForwardProxy.Kind.HTTP, Credentials.basic("camel", PROXY_PASSWORD))) {
            String endpoint = "https://127.0.0.1:" + https.getPort();
            try (CosClient jvmTrust = new CosClient(config(endpoint).build())) {
                assertThatThrownBy(() -> jvmTrust.headBucket(BUCKET)).isInstanceOf(CosClientException.class)
                        .hasMessageContaining("SSLHandshakeException");
            }

            https.enqueue(new MockResponse());
            try (CosClient client = new CosClient(config(endpoint)
                    .trustStore(new CosTrustStore(trustStore, "trust-pass"))
                    .proxy(new CosProxy(Proxy.Type.HTTP, "127.0.0.1", proxy.port(), "camel", PROXY_PASSWORD))
                    .build())) {
                client.headBucket(BUCKET);
            }

            assertThat(proxy.asked()).extracting(ForwardProxy.Asked::requestLine)
                    .contains("CONNECT 127.0.0.1:" + https.getPort() + " HTTP/1.1");
            okhttp3.mockwebserver.RecordedRequest head = https.takeRequest();
            assertThat(head.getMethod()).isEqualTo("HEAD");
            assertThat(head.getHeader("Proxy-Authorization")).isNull();
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadIsRejectedNamingTheFile() throws IOException {
        Path notAStore = Files.writeString(keys.resolve("not-a-store.p12"), "plain text");

        assertThatThrownBy(() -> new CosClient(config(emulator.endpoint())
                .trustStore(new CosTrustStore(notAStore, "x")).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(notAStore.toString());
    }

    @Test
    void badProxySettingsAreRejected() {
        assertThatThrownBy(() -> new CosProxy(Proxy.Type.SOCKS, "127.0.0.1", 1080, "u", "p"))
                .hasMessageContaining("HTTP proxies only");
        assertThatThrownBy(() -> new CosProxy(Proxy.Type.HTTP, "127.0.0.1", 0, null, null))
                .hasMessageContaining("proxyPort 0");
        assertThatThrownBy(() -> CosProxy.type("https")).hasMessageContaining("HTTP or SOCKS");
    }

    private static MockWebServer httpsServer() throws Exception {
        KeyStore store = KeyStore.getInstance(serverKeyStore.toFile(), "server-pass".toCharArray());
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, "server-pass".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        MockWebServer server = new MockWebServer();
        server.useHttps(context.getSocketFactory(), false);
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        return server;
    }
}
