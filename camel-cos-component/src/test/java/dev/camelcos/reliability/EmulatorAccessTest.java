package dev.camelcos.reliability;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Stream;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static dev.camelcos.reliability.FaultBench.SECRET_ID;
import static dev.camelcos.reliability.FaultBench.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the emulator lets in, seen from this client: only loopback unless told otherwise, no expired key times or
 * links, no bucket name that walks out of its data directory. (Unsigned requests, wrong signatures, traversal keys
 * and the header and XML size limits are covered by the emulator's own tests.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorAccessTest {

    private FaultBench bench;

    @BeforeAll
    void start() throws IOException {
        bench = new FaultBench();
    }

    @AfterAll
    void stop() {
        bench.close();
    }

    @Test
    void listensOnLoopbackOnlyUnlessToldOtherwise() throws IOException {
        assertThat(bench.emulator().endpoint()).startsWith("http://127.0.0.1:");
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertThat(canConnect(outside.get(), bench.emulator().port())).as("reachable from " + outside.get()).isFalse();
        try (CosEmulator everywhere = CosEmulator.builder().host("0.0.0.0").start()) {
            assertThat(canConnect(outside.get(), everywhere.port())).isTrue();
        }
    }

    @Test
    void anExpiredKeyTimeIsRefused() {
        // signed 2 minutes ago for 1 second: the Date is within the allowed skew, the key time is not
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2));
        try (CosClient stale = new CosClient(bench.throughProxy(Duration.ofSeconds(5), 0)
                .endpoint(bench.emulator().endpoint()).clock(past).signatureValidity(Duration.ofSeconds(1))
                .build())) {
            assertThatThrownBy(() -> stale.headBucket(BUCKET)).isInstanceOfSatisfying(CosServiceException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> stale.putObject(new PutObjectRequest(BUCKET, "access/stale",
                    CosRequestBody.of(new byte[] { 1 })))).hasMessageContaining("403 AccessDenied")
                    .hasMessageContaining("expired");
        }
        assertThat(bench.assertIntact("access/", Collections.emptyMap())).isEmpty();
    }

    @Test
    void anExpiredDownloadLinkIsRefusedAndAFreshOneWorks() throws Exception {
        bench.direct().putObject(new PutObjectRequest(BUCKET, "access/linked", CosRequestBody.of(new byte[] { 7 })));
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        try (CosClient oldClock = new CosClient(bench.throughProxy(Duration.ofSeconds(5), 0)
                .endpoint(bench.emulator().endpoint()).clock(past).build())) {
            String expired = oldClock.createDownloadLink(BUCKET, "access/linked", Duration.ofMinutes(10), null);
            HttpResponse<String> refused = get(expired);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("<Code>AccessDenied</Code>").contains("expired");
        }
        String fresh = bench.direct().createDownloadLink(BUCKET, "access/linked", Duration.ofMinutes(10), null);
        assertThat(get(fresh).statusCode()).isEqualTo(200);
        assertThat(fresh).doesNotContain(SECRET_KEY);
    }

    @Test
    void bucketNamesCannotWalkOutOfTheDataDirectory(@TempDir Path root) throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        try (CosEmulator emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).dataDir(data).start();
                CosClient client = new CosClient(bench.throughProxy(Duration.ofSeconds(5), 0)
                        .endpoint(emulator.endpoint()).build())) {
            // the client refuses such names itself, so the requests are sent raw, signed by nobody
            for (String bucket : new String[] { "%2e%2e", "..%2f..%2fescaped-1250000000", "%2e%2e%2fx-1" }) {
                HttpResponse<String> create = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator.endpoint() + "/" + bucket)).PUT(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(create.statusCode()).as(bucket).isBetween(400, 499);
            }
            assertThatThrownBy(() -> client.headObject(new GetObjectRequest("escaped-1250000000", "k")))
                    .isInstanceOf(CosServiceException.class).hasMessageContaining("404");
        }
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(p -> !p.startsWith(data) && !p.equals(root))).isEmpty();
        }
        try (Stream<Path> all = Files.walk(data)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("escaped"));
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(EmulatorAccessTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
